package org.annals.store;

import java.util.Objects;
import org.annals.model.ArticleId;

/**
 * The outcome for one article of a batch.
 *
 * @param version the version stored, or for {@code UNCHANGED} the version already stored
 */
public record ArticleOutcome(ArticleId id, StoreOutcome outcome, int version) {
  public ArticleOutcome {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
  }
}
