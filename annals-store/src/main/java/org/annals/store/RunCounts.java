package org.annals.store;

/**
 * Totals of an ingest run, recorded by {@link ArticleStore#finishRun}.
 *
 * @param added articles stored as version 1
 * @param unchanged articles already stored with the same content
 * @param newVersions changed content at a known URL
 * @param quarantined inputs that could not be stored
 * @param warnings inputs stored after a repair, and other warnings
 */
public record RunCounts(
    long added, long unchanged, long newVersions, long quarantined, long warnings) {
  public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0);

  public RunCounts {
    if (added < 0 || unchanged < 0 || newVersions < 0 || quarantined < 0 || warnings < 0) {
      throw new IllegalArgumentException("run counts must not be negative");
    }
  }

  /** These totals plus what one batch did. */
  public RunCounts plus(BatchResult batch) {
    return new RunCounts(
        added + batch.added(),
        unchanged + batch.unchanged(),
        newVersions + batch.newVersions(),
        quarantined + batch.quarantined(),
        warnings + batch.warnings());
  }
}
