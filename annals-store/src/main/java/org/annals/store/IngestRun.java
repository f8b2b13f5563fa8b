package org.annals.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One ingest run as recorded.
 *
 * @param finishedAt absent while running, or when the process died before finishing
 * @param status {@code running}, {@code finished} or {@code failed}
 */
public record IngestRun(
    long id,
    Instant startedAt,
    Optional<Instant> finishedAt,
    List<String> inputs,
    RunCounts counts,
    String status) {
  public IngestRun {
    inputs = List.copyOf(inputs);
  }
}
