package org.annals.engine;

import org.annals.model.ArticleId;
import org.annals.model.Problem;
import org.annals.store.StoreOutcome;

/** Hears how an ingest goes; used by front ends for progress bars and messages. */
public interface IngestListener {
  IngestListener NONE = new IngestListener() {};

  /** Called once, before reading, with the total size of the input files in bytes. */
  default void started(long totalBytes, int files) {}

  /** Called after each committed batch, with input bytes accounted for so far. */
  default void progressed(long doneBytes, IngestCounts counts) {}

  /**
   * Called for each article of a committed batch: added, a new version, or unchanged (already
   * stored with the same content, under this id).
   */
  default void stored(ArticleId id, StoreOutcome outcome) {}

  /** Called for each problem as it is recorded. */
  default void problem(Problem problem) {}
}
