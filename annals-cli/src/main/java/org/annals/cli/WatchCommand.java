package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.coder.extract.EventExtractor;
import org.annals.engine.CoreNlp;
import org.annals.engine.IngestListener;
import org.annals.engine.IngestOptions;
import org.annals.engine.TextAnnotator;
import org.annals.engine.watch.Backoff;
import org.annals.engine.watch.FeedFetcher;
import org.annals.engine.watch.FeedList;
import org.annals.engine.watch.Watcher;
import org.annals.ingest.read.IngestLimits;
import org.annals.model.Problem;
import org.annals.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Poll RSS/Atom feeds and ingest their new items as they appear: conditional GETs, items"
          + " already ingested are skipped, failing feeds back off. Each round codes the new items"
          + " and updates stories, then prints one line. Holds the data directory while it runs"
          + " (annals serve cannot use it meanwhile). Stop with Ctrl-C. Exit code 3: a feed"
          + " failed or items were quarantined in the last round.",
    },
    footer = ExitCodes.FOOTER)
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(
      paramLabel = "FEEDS",
      description = "A text file with one feed URL per line; '#' starts a comment.")
  Path feedsFile;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      defaultValue = "15m",
      description = "Time between rounds: 90s, 15m, 2h or ISO-8601 (default ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--once", description = "Run one round and exit (for cron and tests).")
  boolean once;

  @Option(
      names = "--max-rounds",
      paramLabel = "N",
      defaultValue = "0",
      description = "Stop after N rounds (default: run until stopped).")
  int maxRounds;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      description = "Per request: connecting and the whole response (default ${DEFAULT-VALUE}).")
  String timeout;

  @Option(
      names = "--fetch-pages",
      description =
          "For items that carry only a summary, fetch the linked page and ingest its text.")
  boolean fetchPages;

  @Option(
      names = "--page-delay",
      paramLabel = "DURATION",
      defaultValue = "2s",
      description = "Least time between two page requests to one host (default ${DEFAULT-VALUE}).")
  String pageDelay;

  @Option(
      names = "--no-annotate",
      description = "Store cleaned items without running CoreNLP or coding events (fast).")
  boolean noAnnotate;

  @Option(
      names = "--threads",
      description = "Worker threads for the ingest (default: number of cores).",
      defaultValue = "0")
  int threads;

  @Option(
      names = "--max-feed-bytes",
      description = "Largest feed or page response in bytes (default 64 MB).",
      defaultValue = "67108864")
  long maxFeedBytes;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Duration every;
    Duration requestTimeout;
    Duration politeness;
    try {
      every = duration("--interval", interval);
      requestTimeout = duration("--timeout", timeout);
      politeness = duration("--page-delay", pageDelay);
      if (requestTimeout.isZero()) {
        throw new IllegalArgumentException("--timeout must be more than 0");
      }
    } catch (IllegalArgumentException e) {
      err.println("annals watch: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (maxRounds < 0 || threads < 0 || threads > 256 || maxFeedBytes < 1) {
      err.println("annals watch: --max-rounds, --threads and --max-feed-bytes must be positive");
      return ExitCodes.USAGE;
    }
    FeedList list;
    try {
      list = FeedList.read(feedsFile);
    } catch (NoSuchFileException e) {
      err.println("annals watch: no such file: " + feedsFile);
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("annals watch: cannot read " + feedsFile + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    list.problems().forEach(p -> err.println("annals watch: " + p));
    if (list.feeds().isEmpty()) {
      err.println(
          "annals watch: no feed URL in "
              + feedsFile
              + "; write one http(s) URL per line ('#' starts a comment)");
      return ExitCodes.USAGE;
    }
    IngestOptions options =
        IngestOptions.defaults()
            .withLimits(new IngestLimits(IngestLimits.DEFAULT.maxArticleBytes(), maxFeedBytes))
            .withGazetteerOf(data.data);
    if (threads > 0) {
      options = options.withThreads(threads);
    }
    Optional<TextAnnotator> annotator = Optional.empty();
    if (!noAnnotate) {
      long t0 = System.nanoTime();
      annotator = Optional.of(CoreNlp.annotator());
      err.printf(Locale.ROOT, "loaded CoreNLP models in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
    int rounds = once ? 1 : maxRounds;
    ArticleStore store = ArticleStore.open(data.data);
    AtomicBoolean stopping = new AtomicBoolean();
    CountDownLatch wake = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stopping.set(true);
              wake.countDown();
              try {
                // let the round in progress finish its batch; the store commits per batch
                finished.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "annals-watch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean failuresInLastRound = false;
    try {
      Optional<EventExtractor> coder =
          annotator.isPresent()
              ? Optional.of(IngestCommand.coder(data.data, err))
              : Optional.empty();
      Clock clock = Clock.systemUTC();
      Watcher watcher =
          new Watcher(
              store,
              list.feeds(),
              annotator,
              coder,
              options,
              new Watcher.Options(every, fetchPages, politeness),
              new FeedFetcher(requestTimeout, maxFeedBytes, clock),
              Backoff.forInterval(every, new Random()),
              clock,
              Watcher.Pause.SLEEP);
      out.println(
          "watching "
              + list.feeds().size()
              + " feed"
              + (list.feeds().size() == 1 ? "" : "s")
              + " into "
              + data.data
              + (rounds == 1 ? "" : ", every " + human(every))
              + (rounds > 1 ? ", " + rounds + " rounds" : "")
              + (rounds == 1 ? " (one round)" : "; stop with Ctrl-C"));
      out.flush();
      for (int round = 1; rounds == 0 || round <= rounds; round++) {
        long started = System.nanoTime();
        Watcher.RoundReport r = watcher.round(IngestListener.NONE);
        out.println(r.summary());
        r.failures().forEach(f -> err.println("failed: " + f.describe()));
        r.warnings().forEach(w -> err.println("warning: " + w));
        r.ingest()
            .ifPresent(
                report ->
                    report.problems().stream()
                        .filter(p -> p.severity() == Problem.Severity.ERROR)
                        .limit(20)
                        .forEach(p -> err.println("quarantined: " + p.describe())));
        out.flush();
        err.flush();
        failuresInLastRound = !r.failures().isEmpty() || r.counts().quarantined() > 0;
        if (stopping.get() || (rounds > 0 && round >= rounds)) {
          break;
        }
        long left = every.toNanos() - (System.nanoTime() - started);
        if (left > 0 && wake.await(left, TimeUnit.NANOSECONDS)) {
          break;
        }
      }
      if (stopping.get()) {
        out.println(
            "stopped; state saved in " + org.annals.engine.watch.WatchState.file(data.data));
      }
    } finally {
      store.close();
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook is running and waits for us
      }
      out.flush();
      err.flush();
    }
    return failuresInLastRound ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  /** 90s, 15m, 2h, 1d, 500ms, or ISO-8601 (PT15M). */
  static Duration duration(String option, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      Duration d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
      if (d.isNegative()) {
        throw new IllegalArgumentException(option + " must not be negative, got " + value);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " takes a duration like 90s, 15m, 2h or PT15M, got '" + value + "'", e);
    }
  }

  private static String human(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
