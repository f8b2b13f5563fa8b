package org.annals.engine;

/**
 * Running totals of an ingest, updated as batches commit.
 *
 * @param added new articles stored
 * @param unchanged articles already stored with the same content (nothing written)
 * @param newVersions changed content at a known URL, stored as a new version
 * @param quarantined inputs that could not be stored, each with a quarantine record
 * @param warnings inputs stored after a repair, or skipped files, each recorded
 * @param notEnglish stored articles marked with another language and not annotated
 * @param tokens tokens annotated
 */
public record IngestCounts(
    long added,
    long unchanged,
    long newVersions,
    long quarantined,
    long warnings,
    long notEnglish,
    long tokens,
    long events) {
  public static final IngestCounts ZERO = new IngestCounts(0, 0, 0, 0, 0, 0, 0, 0);

  public long articles() {
    return added + unchanged + newVersions;
  }

  public String summary() {
    return "added "
        + added
        + ", unchanged "
        + unchanged
        + ", new versions "
        + newVersions
        + ", quarantined "
        + quarantined
        + (warnings > 0 ? ", warnings " + warnings : "")
        + (notEnglish > 0 ? " (" + notEnglish + " not English: stored, not annotated)" : "")
        + (events > 0 ? "; coded " + events + " events" : "");
  }
}
