package org.annals.store;

import java.util.List;
import org.annals.model.ArticleId;

/**
 * What one committed batch did.
 *
 * @param outcomes one per article of the batch, in batch order
 * @param quarantined problems of severity {@code ERROR} recorded
 * @param warnings problems of severity {@code WARNING} recorded
 */
public record BatchResult(List<ArticleOutcome> outcomes, int quarantined, int warnings) {
  public BatchResult {
    outcomes = List.copyOf(outcomes);
  }

  public int added() {
    return count(StoreOutcome.ADDED);
  }

  public int newVersions() {
    return count(StoreOutcome.NEW_VERSION);
  }

  public int unchanged() {
    return count(StoreOutcome.UNCHANGED);
  }

  /**
   * The outcome of the first article in the batch with this id (a later duplicate in the same batch
   * is {@code UNCHANGED}).
   *
   * @throws IllegalArgumentException if the batch had no article with this id
   */
  public StoreOutcome outcomeOf(ArticleId id) {
    return outcomes.stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .map(ArticleOutcome::outcome)
        .orElseThrow(
            () -> new IllegalArgumentException("article " + id + " was not in this batch"));
  }

  private int count(StoreOutcome outcome) {
    return (int) outcomes.stream().filter(o -> o.outcome() == outcome).count();
  }
}
