package org.annals.search;

import java.time.Duration;
import java.util.Objects;

/**
 * What one {@link SearchIndex#refresh} changed.
 *
 * @param articlesAdded articles (latest versions) newly indexed
 * @param articlesRemoved articles dropped from the index: replaced by a newer version, or gone
 * @param events real events indexed; 0 when they had not changed since the last refresh
 * @param actors actors (coded and candidate) indexed; 0 when they had not changed
 * @param articlesInIndex articles in the index afterwards
 * @param elapsed how long the refresh took
 */
public record RefreshReport(
    int articlesAdded,
    int articlesRemoved,
    int events,
    int actors,
    int articlesInIndex,
    Duration elapsed) {
  public RefreshReport {
    if (articlesAdded < 0 || articlesRemoved < 0 || events < 0 || actors < 0) {
      throw new IllegalArgumentException(
          "refresh counts cannot be negative, got added="
              + articlesAdded
              + ", removed="
              + articlesRemoved
              + ", events="
              + events
              + ", actors="
              + actors);
    }
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Whether the refresh changed the index at all. */
  public boolean changed() {
    return articlesAdded + articlesRemoved + events + actors > 0;
  }
}
