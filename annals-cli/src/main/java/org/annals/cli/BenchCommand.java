package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.annals.coder.extract.EventExtractor;
import org.annals.engine.CoreNlp;
import org.annals.engine.IngestCounts;
import org.annals.engine.IngestListener;
import org.annals.engine.IngestOptions;
import org.annals.engine.IngestPipeline;
import org.annals.engine.TextAnnotator;
import org.annals.ingest.ArticleCleaner;
import org.annals.ingest.read.ArticleSink;
import org.annals.ingest.read.InputScanner;
import org.annals.model.AnnotatedText;
import org.annals.model.CleanArticle;
import org.annals.model.Problem;
import org.annals.model.RawArticle;
import org.annals.model.Sentence;
import org.annals.model.Threads;
import org.annals.nlp.CoreNlpBaseline;
import org.annals.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annals bench}: on the same articles, (a) CoreNLP's full annotation alone and (b) Annals
 * end to end into a fresh store; or, with {@code --synthetic}, a long ingest that prints how the
 * heap after garbage collection develops.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure throughput on the same articles, in one run: (a) CoreNLP's full annotation alone"
          + " (tokenize, ssplit, pos, lemma, ner with SUTime, depparse on every sentence), the work"
          + " a PETRARCH-style coder needs before coding; (b) Annals end to end (clean, annotate"
          + " with the sentence filter, code, place, store, resolve) into a fresh temporary data"
          + " directory. Both use the same number of threads; the models load and warm up before"
          + " timing. Prints articles/s, tokens/s and peak heap of each; the last line is"
          + " ratio=<(b) articles/s divided by (a) articles/s>.",
      "With --synthetic N: writes N varied articles (mixed from the --input articles) as JSON"
          + " Lines and ingests them as (b) does, forcing a garbage collection every --heap-every"
          + " articles and printing the heap still used; the last lines compare the first and last"
          + " quarter of those samples (a flat trend means memory does not grow with the input)."
    },
    footer = ExitCodes.FOOTER)
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      required = true,
      description = "Files or directories of articles (any input format).")
  List<Path> inputs;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "200",
      description = "Use the first N input files (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "0",
      description = "Threads for both (a) and (b) (default: number of cores).")
  int threads;

  @Option(
      names = "--baseline",
      paramLabel = "KIND",
      defaultValue = "coarse",
      description =
          "coarse (default): (a) with coarse NER, as Annals runs CoreNLP; stock: CoreNLP's own"
              + " NER settings (fine-grained KBP types, much slower).")
  Baseline baseline;

  @Option(names = "--skip-baseline", description = "Measure (b) only (no ratio).")
  boolean skipBaseline;

  @Option(
      names = "--no-sentence-filter",
      description = "(b) annotates every sentence fully (see annals ingest --no-sentence-filter).")
  boolean noSentenceFilter;

  @Option(
      names = "--synthetic",
      paramLabel = "N",
      description = "Memory run: ingest N synthetic articles made from the --input articles.")
  Integer synthetic;

  @Option(
      names = "--heap-every",
      paramLabel = "N",
      defaultValue = "500",
      description = "With --synthetic: sample the heap after a forced GC every N articles.")
  int heapEvery;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description = "Use this directory for the store and synthetic input (kept), not a temp one.")
  Path keep;

  enum Baseline {
    coarse,
    stock
  }

  /** One article as read and cleaned. */
  private record Text(String text, Optional<LocalDate> date) {}

  @Override
  public Integer call() throws IOException, InterruptedException, ExecutionException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    if (limit < 1 || heapEvery < 1 || synthetic != null && synthetic < 1) {
      err.println("annals bench: --limit, --heap-every and --synthetic must be positive");
      return ExitCodes.USAGE;
    }
    InputScanner scanner = new InputScanner(IngestOptions.defaults().limits());
    List<InputScanner.InputFile> files = scanner.expand(inputs, ignoreProblems());
    files = files.subList(0, Math.min(limit, files.size()));
    List<Path> chosen = files.stream().map(InputScanner.InputFile::path).toList();
    List<CleanArticle> articles = read(scanner, files);
    if (articles.isEmpty()) {
      err.println("annals bench: no articles in " + inputs);
      return ExitCodes.USAGE;
    }
    Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("bench");
    out.printf(
        Locale.ROOT,
        "input: %d file(s), %d article(s), %d threads, max heap %s, work dir %s%n",
        files.size(),
        articles.size(),
        n,
        HeapWatch.mb(HeapWatch.maxHeapBytes()),
        work);
    IngestOptions options =
        IngestOptions.defaults().withThreads(n).withSentenceFilter(!noSentenceFilter);
    try (HeapWatch heap = new HeapWatch()) {
      if (synthetic != null) {
        return memoryRun(out, articles, options, work, heap);
      }
      // each phase warms up (models, gazetteer, JIT) right before it is timed, until the JIT
      // compiles little: on 2 cores the compiler threads would otherwise take a quarter of the
      // CPU from the timed run, and the other phase's code, run in between, makes the JIT
      // recompile (seen: 10 CPU s of C2 in (b) when (a) warmed up between)
      TextAnnotator annotator = CoreNlp.annotator();
      EventExtractor coder = EventExtractor.standard();
      // both phases run with both pipelines' models in the heap, so the garbage collector works
      // alike for both (with twice the live models, G1's marking costs (a) several CPU seconds)
      CoreNlpBaseline full = skipBaseline ? null : CoreNlpBaseline.load(baseline == Baseline.stock);
      List<Path> warmFiles = chosen.subList(0, warmup(chosen.size()));
      warmUp(
          "(b)",
          () -> {
            Path warm = Files.createTempDirectory(work, "warmup");
            try (ArticleStore store = ArticleStore.open(warm.resolve("data"))) {
              new IngestPipeline(store, Optional.of(annotator), Optional.of(coder), options)
                  .run(warmFiles, IngestListener.NONE);
            }
          },
          err);
      Phase b = endToEnd(annotator, coder, chosen, options, work, heap);
      out.printf(
          Locale.ROOT,
          "(b) Annals end to end%s: %d articles in %.1f s (%.1f CPU s, JIT compiling %.1f s): %.2f"
              + " articles/s, %.0f tokens/s, %d events, peak heap %s%n",
          noSentenceFilter ? " (no sentence filter)" : "",
          b.articles,
          b.seconds,
          b.cpuSeconds,
          b.jitSeconds,
          b.articles / b.seconds,
          b.tokens / b.seconds,
          b.events,
          HeapWatch.mb(b.peakHeap));
      out.flush();
      if (skipBaseline) {
        return ExitCodes.OK;
      }
      List<CleanArticle> warmArticles = articles.subList(0, warmup(articles.size()));
      warmUp("(a)", () -> coreNlpAlone(full, warmArticles, n, heap), err);
      Phase a = coreNlpAlone(full, articles, n, heap);
      err.printf(
          Locale.ROOT, "(a) CPU s of all threads as the OS names them: %s%n", heap.cpuByOsThread());
      AtomicLong sentences = new AtomicLong();
      AtomicLong parsedSentences = new AtomicLong();
      AtomicLong parsedTokens = new AtomicLong();
      Phase c =
          timeTexts(
              articles,
              n,
              heap,
              t -> {
                AnnotatedText text =
                    noSentenceFilter
                        ? annotator.annotate(t.text(), t.date())
                        : annotator.annotate(
                            t.text(), t.date(), coder::mayYieldEvent, coder::worthParsing);
                for (Sentence s : text.sentences()) {
                  sentences.incrementAndGet();
                  if (s.parsed()) {
                    parsedSentences.incrementAndGet();
                    parsedTokens.addAndGet(s.tokens().size());
                  }
                }
                return text.tokenCount();
              });
      err.printf(
          Locale.ROOT, "(c) CPU s of all threads as the OS names them: %s%n", heap.cpuByOsThread());
      out.printf(
          Locale.ROOT,
          "(a) CoreNLP full annotation (%s NER): %d articles in %.1f s (%.1f CPU s, JIT compiling"
              + " %.1f s): %.2f articles/s, %.0f tokens/s, peak heap %s%n",
          baseline,
          a.articles,
          a.seconds,
          a.cpuSeconds,
          a.jitSeconds,
          a.articles / a.seconds,
          a.tokens / a.seconds,
          HeapWatch.mb(a.peakHeap));
      if (a.cpuSeconds > 0 && b.cpuSeconds > 0) {
        // other processes on the machine slow both phases unevenly; CPU time per article is not
        // affected by them
        out.printf(
            Locale.ROOT,
            "cpu ratio=%.2f (CPU s per article: (a) %.3f, (b) %.3f); load average now %.1f%n",
            (a.cpuSeconds / a.articles) / (b.cpuSeconds / b.articles),
            a.cpuSeconds / a.articles,
            b.cpuSeconds / b.articles,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // on 2 cores the JIT compiler is still busy after hundreds of articles of warm-up (C2
        // compiles CoreNLP's and Annals' large methods one at a time); on a long input that
        // cost is paid once, so this is the ratio of a long run
        out.printf(
            Locale.ROOT,
            "cpu ratio without JIT compiling=%.2f (CPU s per article: (a) %.3f, (b) %.3f)%n",
            a.cpuPerArticleWithoutJit() / b.cpuPerArticleWithoutJit(),
            a.cpuPerArticleWithoutJit(),
            b.cpuPerArticleWithoutJit());
      }
      out.printf(
          Locale.ROOT,
          "(c) Annals annotation alone (cheap pass, filter, NER and parser where selected): %d"
              + " articles in %.1f s (%.1f CPU s, JIT compiling %.1f s): %.2f articles/s, %.0f"
              + " tokens/s; nlp ratio=%.2f (c)/(a)%n",
          c.articles,
          c.seconds,
          c.cpuSeconds,
          c.jitSeconds,
          c.articles / c.seconds,
          c.tokens / c.seconds,
          (c.articles / c.seconds) / (a.articles / a.seconds));
      out.printf(
          Locale.ROOT,
          "(c) parsed %d of %d sentences (%.1f%%), %d of %d tokens (%.1f%%)%n",
          parsedSentences.get(),
          sentences.get(),
          100.0 * parsedSentences.get() / Math.max(1, sentences.get()),
          parsedTokens.get(),
          c.tokens,
          100.0 * parsedTokens.get() / Math.max(1, c.tokens));
      out.printf(Locale.ROOT, "ratio=%.2f%n", (b.articles / b.seconds) / (a.articles / a.seconds));
      return ExitCodes.OK;
    } finally {
      if (keep == null) {
        deleteTree(work);
      }
    }
  }

  /** What one measured phase did. */
  private record Phase(
      long articles,
      long tokens,
      long events,
      double seconds,
      double cpuSeconds,
      double jitSeconds,
      long peakHeap) {
    /** CPU s per article, without the JIT compiler's: the steady-state cost. */
    double cpuPerArticleWithoutJit() {
      return (cpuSeconds - jitSeconds) / articles;
    }
  }

  /**
   * Seconds of JIT compiling since the JVM started: the compiler threads' CPU time where the
   * operating system tells it (Linux), else the JVM's own count, which is elapsed time and so
   * overstates it when the compiler threads wait for a core.
   */
  private static double jitSeconds() {
    double cpu = HeapWatch.compilerCpuSeconds();
    if (cpu >= 0) {
      return cpu;
    }
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime() / 1000.0
        : 0;
  }

  /** A warm-up round of a phase. */
  private interface Round {
    void run() throws IOException, InterruptedException, ExecutionException;
  }

  /**
   * Runs a phase's warm-up round until the JIT spends less than a tenth of a round compiling, at
   * most {@link #WARM_ROUNDS} times.
   */
  private static void warmUp(String phase, Round round, PrintWriter err)
      throws IOException, InterruptedException, ExecutionException {
    for (int i = 1; i <= WARM_ROUNDS; i++) {
      double c0 = jitSeconds();
      long t0 = System.nanoTime();
      round.run();
      double wall = (System.nanoTime() - t0) / 1e9;
      double compiling = Math.max(0, jitSeconds() - c0);
      err.printf(
          Locale.ROOT,
          "%s warm-up round %d: %.1f s, of which the JIT compiled %.1f s%n",
          phase,
          i,
          wall,
          compiling);
      if (compiling < wall / 10) {
        return;
      }
    }
  }

  static final int WARM_ROUNDS = 8;

  /** Articles each phase runs untimed first, so the JIT has compiled its code (2 cores). */
  static int warmup(int n) {
    return Math.min(n, Math.max(1, Math.min(50, n / 4)));
  }

  private Phase endToEnd(
      TextAnnotator annotator,
      EventExtractor coder,
      List<Path> chosen,
      IngestOptions options,
      Path work,
      HeapWatch heap)
      throws InterruptedException {
    heap.reset();
    try (ArticleStore store = ArticleStore.open(work.resolve("data"))) {
      double cpu0 = HeapWatch.processCpuSeconds();
      double jit0 = jitSeconds();
      long t0 = System.nanoTime();
      IngestPipeline.Report r =
          new IngestPipeline(store, Optional.of(annotator), Optional.of(coder), options)
              .run(chosen, IngestListener.NONE);
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = HeapWatch.processCpuSeconds() - cpu0;
      double jit = Math.max(0, jitSeconds() - jit0); // a compiler thread may have ended
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "(b) CPU s of Java threads: %s; of all threads as the OS names them: %s;"
                  + " resolution took %.1f s%n",
              heap.cpuByThread(),
              heap.cpuByOsThread(),
              r.resolution().map(x -> x.elapsed().toMillis() / 1000.0).orElse(0.0));
      IngestCounts c = r.counts();
      return new Phase(
          c.added() + c.newVersions(), c.tokens(), c.events(), s, cpu, jit, heap.peakBytes());
    }
  }

  private static Phase coreNlpAlone(
      CoreNlpBaseline full, List<CleanArticle> articles, int n, HeapWatch heap)
      throws InterruptedException, ExecutionException {
    return timeTexts(articles, n, heap, t -> full.annotate(t.text(), t.date()));
  }

  /** Runs {@code work} over the articles' clean texts on {@code n} threads, longest first. */
  private static Phase timeTexts(
      List<CleanArticle> articles,
      int n,
      HeapWatch heap,
      java.util.function.ToIntFunction<Text> work)
      throws InterruptedException, ExecutionException {
    List<Text> texts =
        articles.stream()
            .map(a -> new Text(a.clean().text(), a.published().date()))
            .sorted(Comparator.comparingInt((Text t) -> -t.text().length()))
            .toList();
    ExecutorService pool = Executors.newFixedThreadPool(n, Threads.named("bench-corenlp-%d"));
    heap.reset();
    AtomicLong tokens = new AtomicLong();
    double cpu0 = HeapWatch.processCpuSeconds();
    double jit0 = jitSeconds();
    long t0 = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Text t : texts) { // longest first, so no thread idles at the end
        done.add(pool.submit(() -> tokens.addAndGet(work.applyAsInt(t))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = HeapWatch.processCpuSeconds() - cpu0;
    return new Phase(
        texts.size(), tokens.get(), 0, s, cpu, Math.max(0, jitSeconds() - jit0), heap.peakBytes());
  }

  private Integer memoryRun(
      PrintWriter out,
      List<CleanArticle> articles,
      IngestOptions options,
      Path work,
      HeapWatch heap)
      throws IOException, InterruptedException {
    List<SyntheticCorpus.Base> bases =
        articles.stream()
            .map(a -> SyntheticCorpus.base(a.title().orElse("Report"), a.clean().text()))
            .toList();
    Path input = work.resolve("synthetic.jsonl");
    long chars = SyntheticCorpus.write(bases, synthetic, 42, input);
    out.printf(
        Locale.ROOT,
        "wrote %d synthetic articles (%d MB of text) to %s%n",
        synthetic,
        chars >> 20,
        input);
    out.flush();
    TextAnnotator annotator = CoreNlp.annotator();
    EventExtractor coder = EventExtractor.standard();
    List<long[]> samples = new ArrayList<>();
    long[] next = {heapEvery};
    long t0 = System.nanoTime();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void progressed(long doneBytes, IngestCounts counts) {
            long done = counts.added() + counts.unchanged() + counts.quarantined();
            if (done >= next[0]) {
              next[0] = done + heapEvery;
              ManagementFactory.getMemoryMXBean().gc();
              long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
              samples.add(new long[] {done, used});
              out.printf(
                  Locale.ROOT,
                  "%d articles, %.0f s: heap after GC %s, peak so far %s%n",
                  done,
                  (System.nanoTime() - t0) / 1e9,
                  HeapWatch.mb(used),
                  HeapWatch.mb(heap.peakBytes()));
              out.flush();
            }
          }
        };
    heap.reset();
    IngestPipeline.Report r;
    try (ArticleStore store = ArticleStore.open(work.resolve("data"))) {
      r =
          new IngestPipeline(store, Optional.of(annotator), Optional.of(coder), options)
              .run(List.of(input), listener);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    IngestCounts c = r.counts();
    out.printf(
        Locale.ROOT,
        "ingested %d articles in %.1f s (%.2f articles/s, %.0f tokens/s), %d events, peak heap"
            + " %s%n",
        c.added(),
        s,
        c.added() / s,
        c.tokens() / s,
        c.events(),
        HeapWatch.mb(heap.peakBytes()));
    printTrend(out, samples);
    return ExitCodes.OK;
  }

  /** First vs last quarter of the post-GC samples, and a least-squares slope. */
  static void printTrend(PrintWriter out, List<long[]> samples) {
    if (samples.size() < 4) {
      out.println("trend: too few heap samples (" + samples.size() + "); lower --heap-every");
      return;
    }
    int q = samples.size() / 4;
    double first = samples.subList(0, q).stream().mapToLong(x -> x[1]).average().orElse(0);
    double last =
        samples.subList(samples.size() - q, samples.size()).stream()
            .mapToLong(x -> x[1])
            .average()
            .orElse(0);
    double mx = samples.stream().mapToLong(x -> x[0]).average().orElse(0);
    double my = samples.stream().mapToLong(x -> x[1]).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (long[] x : samples) {
      sxy += (x[0] - mx) * (x[1] - my);
      sxx += (x[0] - mx) * (x[0] - mx);
    }
    double slope = sxx == 0 ? 0 : sxy / sxx; // bytes per article
    out.printf(
        Locale.ROOT,
        "heap after GC: first quarter %.0f MB, last quarter %.0f MB (%d samples)%n",
        first / 1048576.0,
        last / 1048576.0,
        samples.size());
    out.printf(Locale.ROOT, "slope=%.2f MB per 10,000 articles%n", slope * 10_000 / 1048576.0);
  }

  private static List<CleanArticle> read(InputScanner scanner, List<InputScanner.InputFile> files) {
    ArticleCleaner cleaner = new ArticleCleaner(() -> LocalDate.now(ZoneOffset.ofHours(14)));
    List<CleanArticle> out = new ArrayList<>();
    for (InputScanner.InputFile f : files) {
      scanner.read(
          f,
          new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
              cleaner.clean(raw).article().ifPresent(out::add);
            }

            @Override
            public void problem(Problem problem) {}
          });
    }
    return out;
  }

  private static ArticleSink ignoreProblems() {
    return new ArticleSink() {
      @Override
      public void article(RawArticle article) {}

      @Override
      public void problem(Problem problem) {}
    };
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dir, e);
    }
  }
}
