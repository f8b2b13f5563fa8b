package org.annals.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.annals.coder.extract.EventExtractor;
import org.annals.ingest.ArticleCleaner;
import org.annals.ingest.read.ArticleSink;
import org.annals.ingest.read.InputScanner;
import org.annals.model.AnnotatedText;
import org.annals.model.ArticleId;
import org.annals.model.CleanArticle;
import org.annals.model.Problem;
import org.annals.model.RawArticle;
import org.annals.model.Stage;
import org.annals.model.Threads;
import org.annals.store.ArticleRecord;
import org.annals.store.ArticleStore;
import org.annals.store.RunCounts;

/**
 * Runs INGEST → CLEAN → ANNOTATE → STORE over files and directories. The calling thread reads;
 * {@code threads} workers clean and annotate; one writer thread commits batches. Re-running over
 * the same inputs adds nothing. Use one pipeline per ingest.
 */
public final class IngestPipeline {
  private final ArticleStore store;
  private final Optional<TextAnnotator> annotator;
  private final Optional<EventExtractor> coder;
  private final IngestOptions options;
  private final ArticleCleaner cleaner;
  private final Optional<ArticleProcessor> processor; // when it codes

  /** A pipeline that annotates (when given an annotator) but codes no events. */
  public IngestPipeline(
      ArticleStore store, Optional<TextAnnotator> annotator, IngestOptions options) {
    this(store, annotator, Optional.empty(), options);
  }

  /**
   * A pipeline that also codes events from annotated articles (coding needs the annotator's
   * dependency parses). Events are stored flagged, negated and hypothetical ones included.
   */
  public IngestPipeline(
      ArticleStore store,
      Optional<TextAnnotator> annotator,
      Optional<EventExtractor> coder,
      IngestOptions options) {
    this.store = store;
    this.annotator = annotator;
    this.coder = coder;
    this.options = options;
    this.cleaner = new ArticleCleaner(options.today());
    this.processor =
        annotator.isPresent() && coder.isPresent()
            ? Optional.of(new ArticleProcessor(annotator.get(), coder.get(), options))
            : Optional.empty();
  }

  /**
   * What an ingest did.
   *
   * @param resolution what the RESOLVE stage did after storing (copies, merged reports, stories);
   *     empty when the ingest codes no events
   */
  public record Report(
      long runId,
      IngestCounts counts,
      Duration elapsed,
      List<Problem> problems,
      Optional<Resolution.Report> resolution) {
    public double articlesPerSecond() {
      double s = Math.max(1e-3, elapsed.toNanos() / 1e9);
      return (counts.articles() + counts.quarantined()) / s;
    }
  }

  /** One unit of work for the writer. */
  private sealed interface Result {}

  private record Stored(ArticleRecord record, long bytes) implements Result {}

  private record Skipped(long bytes) implements Result {}

  /**
   * The same URL and content as an article earlier in this run that may not be stored yet: counts
   * as unchanged and writes nothing (storing it bare could beat the annotated first one to the
   * store, which would then keep the bare one).
   */
  private record Repeated(ArticleId id, long bytes) implements Result {}

  private record Failed(Problem problem, long bytes) implements Result {}

  private record Done() implements Result {}

  public Report run(List<Path> inputs, IngestListener listener) throws InterruptedException {
    if (coder.isPresent()) {
      EventPlaces.preload(options);
    }
    long started = System.nanoTime();
    long runId = store.beginRun(inputs.stream().map(Path::toString).toList());
    InputScanner scanner = new InputScanner(options.limits());
    // bounded: when the store falls behind, workers wait instead of piling up annotated articles
    LinkedBlockingQueue<Result> results = new LinkedBlockingQueue<>(options.maxQueuedResults());
    // articles being processed or waiting for the writer; once stored, store.contains sees them,
    // so the writer takes them out: the set stays small however long the input
    Set<String> seenThisRun = ConcurrentHashMap.newKeySet();
    Writer writer = new Writer(runId, results, listener, seenThisRun);
    Thread writerThread = Threads.named("store-writer-%d").newThread(writer);
    writerThread.start();
    ExecutorService workers =
        Executors.newFixedThreadPool(options.threads(), Threads.named("annotate-%d"));
    Semaphore inFlight = new Semaphore(options.threads() * 4);
    String status = "failed";
    try {
      ArticleSink readerProblems =
          new ArticleSink() {
            @Override
            public void article(RawArticle article) {
              throw new IllegalStateException("expand() yields no articles");
            }

            @Override
            public void problem(Problem problem) {
              put(results, new Failed(problem, 0));
            }
          };
      List<InputScanner.InputFile> files = scanner.expand(inputs, readerProblems);
      listener.started(files.stream().mapToLong(InputScanner.InputFile::size).sum(), files.size());
      List<Future<?>> pending = new ArrayList<>();
      for (InputScanner.InputFile file : files) {
        if (writer.failure != null) {
          break;
        }
        long[] attributed = {0};
        scanner.read(
            file,
            new ArticleSink() {
              @Override
              public void article(RawArticle raw) {
                long bytes = Math.min(raw.byteLength(), file.size() - attributed[0]);
                attributed[0] += Math.max(0, bytes);
                acquire(inFlight);
                if (pending.size() >= PRUNE_PENDING) {
                  pending.removeIf(Future::isDone); // a JSONL or WARC file may hold 100,000s
                }
                pending.add(
                    workers.submit(
                        () -> {
                          try {
                            put(results, process(raw, Math.max(0, bytes), seenThisRun, results));
                          } finally {
                            inFlight.release();
                          }
                        }));
              }

              @Override
              public void problem(Problem problem) {
                put(results, new Failed(problem, 0));
              }
            });
        put(results, new Skipped(Math.max(0, file.size() - attributed[0])));
        pending.removeIf(Future::isDone);
      }
      for (Future<?> f : pending) {
        f.get();
      }
      status = "finished";
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "a worker failed unexpectedly: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdown();
      workers.awaitTermination(1, TimeUnit.MINUTES);
      results.put(new Done());
      writerThread.join();
      IngestCounts c = writer.counts;
      store.finishRun(
          runId,
          new RunCounts(c.added(), c.unchanged(), c.newVersions(), c.quarantined(), c.warnings()),
          status);
    }
    if (writer.failure != null) {
      throw new IllegalStateException(
          "storing failed: " + writer.failure.getMessage(), writer.failure);
    }
    // RESOLVE: copies, stories and merged reports, over everything the store has not resolved
    Optional<Resolution.Report> resolution =
        coder.isPresent() ? Optional.of(new Resolution(store).run()) : Optional.empty();
    return new Report(
        runId,
        writer.counts,
        Duration.ofNanos(System.nanoTime() - started),
        writer.problems,
        resolution);
  }

  /** An article's URL and content: the same twice in a run is stored once. */
  private static String key(CleanArticle article) {
    return article.canonicalUrl() + "\n" + article.contentSha256();
  }

  /** Futures kept before finished ones are dropped. */
  private static final int PRUNE_PENDING = 4096;

  /** Problems kept for the report; all of them are stored in the quarantine table. */
  static final int MAX_REPORTED_PROBLEMS = 10_000;

  private static void put(LinkedBlockingQueue<Result> queue, Result r) {
    try {
      queue.put(r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
  }

  private static void acquire(Semaphore s) {
    try {
      s.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
  }

  /** CLEAN and ANNOTATE one article; never throws for bad content. */
  private Result process(
      RawArticle raw, long bytes, Set<String> seenThisRun, LinkedBlockingQueue<Result> results) {
    ArticleCleaner.Outcome outcome;
    try {
      outcome = cleaner.clean(raw);
    } catch (RuntimeException e) {
      return new Failed(
          new Problem(
              raw.source(),
              Stage.CLEAN,
              Problem.Severity.ERROR,
              "cleaning failed: " + e,
              raw.rawSha256()),
          bytes);
    }
    if (outcome.problem().isPresent()) {
      return new Failed(outcome.problem().get(), bytes);
    }
    CleanArticle article = outcome.article().orElseThrow();
    for (String warning : article.raw().warnings()) {
      put(
          results,
          new Failed(
              new Problem(
                  raw.source(),
                  Stage.DECODE,
                  Problem.Severity.WARNING,
                  "stored after repair: " + warning,
                  raw.rawSha256()),
              0));
    }
    if (!seenThisRun.add(key(article))) {
      return new Repeated(article.id(), bytes);
    }
    if (store.contains(article.canonicalUrl(), article.contentSha256())) {
      return new Stored(new ArticleRecord(article, AnnotatedText.NONE), bytes);
    }
    if (processor.isPresent() && article.language().mayBeEnglish()) {
      // the steps the Spark job runs too, in one place
      ArticleProcessor.Outcome done = processor.get().complete(article);
      if (done.record().isEmpty()) {
        return new Failed(done.problems().get(0), bytes);
      }
      return new Stored(done.record().get(), bytes);
    }
    AnnotatedText annotation = AnnotatedText.NONE;
    if (annotator.isPresent() && article.language().mayBeEnglish()) {
      try {
        annotation = annotator.get().annotate(article.clean().text(), article.published().date());
      } catch (RuntimeException e) {
        return new Failed(
            new Problem(
                raw.source(),
                Stage.ANNOTATE,
                Problem.Severity.ERROR,
                "annotation failed: "
                    + e.getMessage()
                    + "; the article was not stored, re-run"
                    + " the ingest to retry",
                raw.rawSha256()),
            bytes);
      }
    }
    return new Stored(new ArticleRecord(article, annotation), bytes);
  }

  static java.util.function.Predicate<List<org.annals.model.Token>> selector(EventExtractor coder) {
    return coder::mayYieldEvent;
  }

  /** Of the sentences {@link #selector} picks, those the parser sees. */
  static java.util.function.Predicate<List<org.annals.model.Token>> parseSelector(
      EventExtractor coder) {
    return coder::worthParsing;
  }

  /** Commits results in batches; the only thread that writes to the store. */
  private final class Writer implements Runnable {
    private final long runId;
    private final LinkedBlockingQueue<Result> queue;
    private final IngestListener listener;
    private final List<Problem> problems = new ArrayList<>();
    private volatile IngestCounts counts = IngestCounts.ZERO;
    private volatile Throwable failure;
    private long doneBytes;

    private final Set<String> pending;

    Writer(
        long runId,
        LinkedBlockingQueue<Result> queue,
        IngestListener listener,
        Set<String> pending) {
      this.runId = runId;
      this.queue = queue;
      this.listener = listener;
      this.pending = pending;
    }

    @Override
    public void run() {
      List<ArticleRecord> batch = new ArrayList<>();
      List<Problem> batchProblems = new ArrayList<>();
      List<ArticleId> repeated = new ArrayList<>();
      long batchBytes = 0;
      boolean done = false;
      try {
        while (!done) {
          Result r = queue.poll(500, TimeUnit.MILLISECONDS);
          if (r instanceof Stored s) {
            batch.add(s.record());
            batchBytes += s.bytes();
          } else if (r instanceof Failed f) {
            batchProblems.add(f.problem());
            batchBytes += f.bytes();
          } else if (r instanceof Skipped s) {
            batchBytes += s.bytes();
          } else if (r instanceof Repeated rep) {
            repeated.add(rep.id());
            batchBytes += rep.bytes();
          } else if (r instanceof Done) {
            done = true;
          }
          boolean full =
              batch.size() + batchProblems.size() + repeated.size() >= options.batchSize();
          if (full || done || (r == null && (batchBytes > 0 || !batch.isEmpty()))) {
            commit(batch, batchProblems, repeated, batchBytes);
            batch.clear();
            batchProblems.clear();
            repeated.clear();
            batchBytes = 0;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        failure = e;
        drainUntilDone();
      }
    }

    /** After a failure, takes what workers still deliver so none blocks on the full queue. */
    private void drainUntilDone() {
      try {
        while (!(queue.take() instanceof Done)) {
          // dropped: the run has failed and reports it
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void commit(
        List<ArticleRecord> batch,
        List<Problem> batchProblems,
        List<ArticleId> repeated,
        long bytes) {
      if (!batch.isEmpty() || !batchProblems.isEmpty() || !repeated.isEmpty()) {
        var outcome = store.storeBatch(runId, batch, batchProblems);
        for (ArticleRecord rec : batch) {
          pending.remove(key(rec.article()));
        }
        long tokens = 0;
        long notEnglish = 0;
        long events = 0;
        for (ArticleRecord rec : batch) {
          if (outcome.outcomeOf(rec.article().id()) != org.annals.store.StoreOutcome.UNCHANGED) {
            tokens += rec.annotation().tokenCount();
            events += rec.events().stream().filter(e -> e.flags().asserted()).count();
            if (!rec.article().language().mayBeEnglish()) {
              notEnglish++;
            }
          }
        }
        long errors =
            batchProblems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warns =
            batchProblems.size()
                - errors
                + batch.stream().filter(r -> !r.article().raw().warnings().isEmpty()).count();
        IngestCounts c = counts;
        counts =
            new IngestCounts(
                c.added() + outcome.added(),
                c.unchanged() + outcome.unchanged() + repeated.size(),
                c.newVersions() + outcome.newVersions(),
                c.quarantined() + errors,
                c.warnings() + warns,
                c.notEnglish() + notEnglish,
                c.tokens() + tokens,
                c.events() + events);
        for (org.annals.store.ArticleOutcome o : outcome.outcomes()) {
          listener.stored(o.id(), o.outcome());
        }
        for (ArticleId id : repeated) {
          listener.stored(id, org.annals.store.StoreOutcome.UNCHANGED);
        }
        for (Problem p : batchProblems) {
          if (problems.size() < MAX_REPORTED_PROBLEMS) {
            problems.add(p);
          }
          listener.problem(p);
        }
      }
      doneBytes += bytes;
      listener.progressed(doneBytes, counts);
    }
  }
}
