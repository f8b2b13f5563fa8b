package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.coder.extract.EventExtractor;
import org.annals.engine.CoreNlp;
import org.annals.engine.IngestOptions;
import org.annals.engine.IngestPipeline;
import org.annals.engine.TextAnnotator;
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
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles from files and directories (.txt, .html, .jsonl, RSS/Atom, WARC), clean,"
          + " annotate and store them. Re-running adds nothing; changed articles become new versions.",
    },
    footer = ExitCodes.FOOTER)
final class IngestCommand implements Callable<Integer> {
  private static final int LISTED_PROBLEMS = 20;

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to read.")
  List<Path> inputs;

  @Option(
      names = "--no-annotate",
      description = "Store cleaned articles without running CoreNLP (fast).")
  boolean noAnnotate;

  @Option(
      names = "--threads",
      description = "Worker threads (default: number of cores, ${DEFAULT-VALUE}).",
      defaultValue = "0")
  int threads;

  @Option(
      names = "--max-article-bytes",
      description = "Largest single article input in bytes (default 10 MB).",
      defaultValue = "10485760")
  long maxArticleBytes;

  @Option(
      names = "--max-feed-bytes",
      description = "Largest feed file in bytes (default 256 MB).",
      defaultValue = "268435456")
  long maxFeedBytes;

  @Option(names = "--no-progress", description = "Never show a progress bar.")
  boolean noProgress;

  @Option(
      names = "--no-sentence-filter",
      description =
          "Run NER, SUTime and the dependency parser on every sentence. By default they run only"
              + " on the sentences that name a known actor and a lexicon verb (and the sentence"
              + " before each), found by a cheap pass (tokens, POS, lemmas); see"
              + " docs/eval-results.md for what that costs in accuracy.")
  boolean noSentenceFilter;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions options =
        IngestOptions.defaults()
            .withLimits(new IngestLimits(maxArticleBytes, maxFeedBytes))
            .withGazetteerOf(data.data);
    if (threads > 0) {
      options = options.withThreads(threads);
    }
    options = options.withSentenceFilter(!noSentenceFilter);
    IngestPipeline.Report report = run(data.data, inputs, options, !noAnnotate, !noProgress, err);
    out.println(summaryLine(report));
    listProblems(err, report);
    out.flush();
    err.flush();
    return report.counts().quarantined() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  static IngestPipeline.Report run(
      Path dataDir,
      List<Path> inputs,
      IngestOptions options,
      boolean annotate,
      boolean progress,
      PrintWriter err)
      throws InterruptedException {
    Optional<TextAnnotator> annotator = Optional.empty();
    if (annotate) {
      long t0 = System.nanoTime();
      annotator = Optional.of(CoreNlp.annotator());
      err.printf(Locale.ROOT, "loaded CoreNLP models in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      err.flush();
    }
    try (ArticleStore store = ArticleStore.open(dataDir);
        ProgressReporter reporter = new ProgressReporter(err, progress)) {
      Optional<EventExtractor> coder =
          annotator.isPresent() ? Optional.of(coder(dataDir, err)) : Optional.empty();
      return new IngestPipeline(store, annotator, coder, options).run(inputs, reporter);
    }
  }

  /** The user actor file of a data directory: promoted candidate actors land here. */
  static java.nio.file.Path userActors(java.nio.file.Path dataDir) {
    return org.annals.engine.DataCoders.userActors(dataDir);
  }

  /** The coder, with the data directory's own actors (promoted candidates) when it has some. */
  static EventExtractor coder(java.nio.file.Path dataDir, PrintWriter err) {
    if (org.annals.engine.DataCoders.hasUserActors(dataDir)) {
      err.println("using the actors in " + userActors(dataDir) + " beside Annals' own");
    }
    return org.annals.engine.DataCoders.forData(dataDir);
  }

  static String summaryLine(IngestPipeline.Report r) {
    double seconds = r.elapsed().toMillis() / 1000.0;
    return String.format(
            Locale.ROOT,
            "%s in %.1f s (%.1f articles/s%s)",
            r.counts().summary(),
            seconds,
            r.articlesPerSecond(),
            r.counts().tokens() > 0
                ? String.format(
                    Locale.ROOT,
                    ", %d tokens annotated, %.0f tokens/s",
                    r.counts().tokens(),
                    r.counts().tokens() / Math.max(1e-3, seconds))
                : "")
        + r.resolution()
            .filter(x -> x.articles() > 0 || !x.failures().isEmpty())
            .map(
                x ->
                    String.format(
                            Locale.ROOT,
                            "%nresolved %d article(s) in %.1f s: %d near-duplicate(s) of earlier"
                                + " ones, %d of %d event report(s) merged into earlier events, %d"
                                + " new stor%s",
                            x.articles(),
                            x.elapsed().toMillis() / 1000.0,
                            x.copies(),
                            x.merged(),
                            x.mentions(),
                            x.newStories(),
                            x.newStories() == 1 ? "y" : "ies")
                        + failures(x))
            .orElse("");
  }

  /** The articles the RESOLVE stage could not resolve, and what to do. */
  static String failures(org.annals.engine.Resolution.Report x) {
    if (x.failures().isEmpty()) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "%n%d article(s) could not be resolved and stay pending ('annals resolve' retries them;"
            + " report a bug if it fails again): %s",
        x.failures().size(),
        String.join("; ", x.failures().subList(0, Math.min(3, x.failures().size()))));
  }

  static void listProblems(PrintWriter err, IngestPipeline.Report report) {
    List<Problem> errors =
        report.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    for (int i = 0; i < Math.min(LISTED_PROBLEMS, errors.size()); i++) {
      err.println("quarantined: " + errors.get(i).describe());
    }
    if (errors.size() > LISTED_PROBLEMS) {
      err.println(
          "… and " + (errors.size() - LISTED_PROBLEMS) + " more: annals quarantine --errors");
    }
    long warnings = report.problems().size() - errors.size();
    if (warnings > 0) {
      err.println(warnings + " warning(s) (skipped files, repaired encodings): annals quarantine");
    }
  }
}
