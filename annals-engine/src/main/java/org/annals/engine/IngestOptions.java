package org.annals.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.annals.ingest.read.IngestLimits;

/**
 * How to run an ingest.
 *
 * @param threads worker threads for cleaning and annotation
 * @param batchSize articles per store transaction
 * @param limits input size limits
 * @param today upper bound for inferred publication dates
 * @param gazetteerDir a data directory whose imported gazetteer ({@code annals gazetteer import})
 *     places events instead of the bundled one, when it has one
 */
public record IngestOptions(
    int threads,
    int batchSize,
    IngestLimits limits,
    Supplier<LocalDate> today,
    java.util.Optional<java.nio.file.Path> gazetteerDir) {
  public IngestOptions {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be 1..256, got " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        32,
        IngestLimits.DEFAULT,
        // the furthest-ahead time zone: no article anywhere can be dated after this day
        () -> LocalDate.now(ZoneOffset.ofHours(14)),
        java.util.Optional.empty());
  }

  public IngestOptions withThreads(int n) {
    return new IngestOptions(n, batchSize, limits, today, gazetteerDir);
  }

  public IngestOptions withLimits(IngestLimits l) {
    return new IngestOptions(threads, batchSize, l, today, gazetteerDir);
  }

  /** Places events with the gazetteer imported into this data directory, if it has one. */
  public IngestOptions withGazetteerOf(java.nio.file.Path dataDir) {
    return new IngestOptions(threads, batchSize, limits, today, java.util.Optional.of(dataDir));
  }

  /** The event placer these options call for (loaded once per gazetteer). */
  EventPlaces places() {
    return gazetteerDir.map(EventPlaces::forData).orElseGet(EventPlaces::standard);
  }
}
