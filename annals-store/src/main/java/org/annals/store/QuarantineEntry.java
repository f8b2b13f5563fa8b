package org.annals.store;

import java.time.Instant;
import java.util.OptionalLong;
import org.annals.model.Problem;
import org.annals.model.SourceRef;
import org.annals.model.Stage;

/**
 * A bad input, recorded once however often it is seen.
 *
 * @param rawSha256 hash of the offending bytes, or empty when unknown
 * @param timesSeen how many times ingests met it
 * @param lastRunId the run that last met it
 */
public record QuarantineEntry(
    long id,
    SourceRef source,
    Stage stage,
    Problem.Severity severity,
    String reason,
    String rawSha256,
    Instant firstSeen,
    Instant lastSeen,
    int timesSeen,
    OptionalLong lastRunId) {

  /** As a problem, e.g. to print it with {@link Problem#describe()}. */
  public Problem toProblem() {
    return new Problem(source, stage, severity, reason, rawSha256);
  }
}
