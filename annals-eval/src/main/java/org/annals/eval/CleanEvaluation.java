package org.annals.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.annals.ingest.ArticleCleaner;
import org.annals.ingest.read.ArticleSink;
import org.annals.ingest.read.IngestLimits;
import org.annals.ingest.read.InputScanner;
import org.annals.model.CleanArticle;
import org.annals.model.Problem;
import org.annals.model.RawArticle;

/**
 * Cleaning against annotated samples: a directory with an {@value #EXPECTED} (format in {@code
 * samples/README.md}) and the inputs it names. Every named file is read with {@link InputScanner}
 * and cleaned with {@link ArticleCleaner}; each expected article is then found by file (and record
 * URL for multi-article files) and checked: boilerplate snippets gone, must-keep snippets kept,
 * publication date, title, outlet, language and URL as expected (absent expected values must be
 * absent). No models beyond the language identifier.
 */
public final class CleanEvaluation {
  public static final String EXPECTED = "expected.json";

  private CleanEvaluation() {}

  /**
   * @param samples the directory holding {@value #EXPECTED}
   * @param today the cleaner's upper bound for dates inferred from the text
   * @throws GoldFormatException when {@value #EXPECTED} is not in the format
   */
  public static CleanReport run(Path samples, Supplier<LocalDate> today) throws IOException {
    long start = System.nanoTime();
    Path expectedJson = samples.resolve(EXPECTED);
    List<ExpectedArticle> expected = ExpectedArticle.read(expectedJson);
    Set<Path> files = new LinkedHashSet<>();
    expected.forEach(e -> files.add(samples.resolve(e.file())));

    ArticleCleaner cleaner = new ArticleCleaner(today);
    InputScanner scanner = new InputScanner(IngestLimits.DEFAULT);
    List<CleanArticle> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void article(RawArticle raw) {
            ArticleCleaner.Outcome outcome = cleaner.clean(raw);
            outcome.article().ifPresent(articles::add);
            outcome.problem().ifPresent(problems::add);
          }

          @Override
          public void problem(Problem problem) {
            problems.add(problem);
          }
        };
    for (InputScanner.InputFile file : scanner.expand(List.copyOf(files), sink)) {
      scanner.read(file, sink);
    }

    List<ArticleCheck> checks = new ArrayList<>();
    for (ExpectedArticle e : expected) {
      Path file = samples.resolve(e.file()).normalize();
      Optional<CleanArticle> found =
          articles.stream()
              .filter(a -> Path.of(a.raw().source().path()).normalize().equals(file))
              .filter(
                  a ->
                      e.record().isEmpty()
                          || a.raw().declared().url().equals(e.record())
                          || a.canonicalUrl().equals(e.record().get()))
              .findFirst();
      checks.add(
          found
              .map(a -> ArticleCheck.of(e, a))
              .orElseGet(() -> ArticleCheck.missing(e, why(file, problems))));
    }
    return new CleanReport(
        expectedJson.toString(), checks, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Whether {@code samples} holds an {@value #EXPECTED}. */
  public static boolean isSampleDirectory(Path samples) {
    return Files.isRegularFile(samples.resolve(EXPECTED));
  }

  private static String why(Path file, List<Problem> problems) {
    return problems.stream()
        .filter(p -> Path.of(p.source().path()).normalize().equals(file))
        .filter(p -> p.severity() == Problem.Severity.ERROR)
        .map(Problem::describe)
        .findFirst()
        .orElse("no article with this file and record was read");
  }
}
