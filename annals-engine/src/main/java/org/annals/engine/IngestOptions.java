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
 * @param sentenceFilter when coding events, run NER, SUTime and the parser only on the sentences
 *     that can yield events (see {@link
 *     org.annals.coder.extract.EventExtractor#mayYieldEvent(java.util.List)}) and the sentence
 *     before each; the rest keep tokens, POS and lemmas ({@code parsed=false}). On by default
 * @param maxQueuedResults how many processed articles may wait for the store writer before the
 *     workers block (bounds memory when the store is slower than annotation)
 */
public record IngestOptions(
    int threads,
    int batchSize,
    IngestLimits limits,
    Supplier<LocalDate> today,
    java.util.Optional<java.nio.file.Path> gazetteerDir,
    boolean sentenceFilter,
    int maxQueuedResults) {
  /** Options with the sentence filter on and the default writer queue. */
  public IngestOptions(
      int threads,
      int batchSize,
      IngestLimits limits,
      Supplier<LocalDate> today,
      java.util.Optional<java.nio.file.Path> gazetteerDir) {
    this(threads, batchSize, limits, today, gazetteerDir, true, defaultQueue(batchSize));
  }

  private static int defaultQueue(int batchSize) {
    return Math.max(256, batchSize * 4);
  }

  public IngestOptions {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be 1..256, got " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
    }
    if (maxQueuedResults < 1) {
      throw new IllegalArgumentException(
          "maxQueuedResults must be positive, got " + maxQueuedResults);
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
    return new IngestOptions(
        n, batchSize, limits, today, gazetteerDir, sentenceFilter, maxQueuedResults);
  }

  public IngestOptions withLimits(IngestLimits l) {
    return new IngestOptions(
        threads, batchSize, l, today, gazetteerDir, sentenceFilter, maxQueuedResults);
  }

  /** Places events with the gazetteer imported into this data directory, if it has one. */
  public IngestOptions withGazetteerOf(java.nio.file.Path dataDir) {
    return new IngestOptions(
        threads,
        batchSize,
        limits,
        today,
        java.util.Optional.of(dataDir),
        sentenceFilter,
        maxQueuedResults);
  }

  /**
   * With the sentence filter on (the default) or off: off runs NER, SUTime and the parser on every
   * sentence, as before.
   */
  public IngestOptions withSentenceFilter(boolean on) {
    return new IngestOptions(threads, batchSize, limits, today, gazetteerDir, on, maxQueuedResults);
  }

  /** The event placer these options call for (loaded once per gazetteer). */
  EventPlaces places() {
    return gazetteerDir.map(EventPlaces::forData).orElseGet(EventPlaces::standard);
  }
}
