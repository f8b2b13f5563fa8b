package org.annals.model;

import java.util.Objects;

/**
 * Something wrong with an input. An {@code ERROR} means the article was not stored (it goes to
 * quarantine); a {@code WARNING} means it was stored after a repair, and the repair is recorded.
 *
 * @param source where: file, record, byte offset
 * @param stage the stage that found it
 * @param reason what is wrong and what to do, fit for a user
 * @param rawSha256 hash of the offending bytes when known, else empty; with the source it makes a
 *     re-run of the same bad input idempotent
 */
public record Problem(
    SourceRef source, Stage stage, Severity severity, String reason, String rawSha256) {
  public enum Severity {
    ERROR,
    WARNING
  }

  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rawSha256, "rawSha256");
  }

  public static Problem error(SourceRef source, Stage stage, String reason) {
    return new Problem(source, stage, Severity.ERROR, reason, "");
  }

  /** One line for a terminal: {@code file: line 3 (byte 120): parse: reason}. */
  public String describe() {
    return source.describe() + ": " + stage.label() + ": " + reason;
  }
}
