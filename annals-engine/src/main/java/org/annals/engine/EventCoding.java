package org.annals.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annals.coder.extract.EventExtractor;
import org.annals.ingest.ArticleCleaner;
import org.annals.ingest.read.ArticleSink;
import org.annals.ingest.read.InputScanner;
import org.annals.model.AnnotatedText;
import org.annals.model.CleanArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Problem;
import org.annals.model.PublishedDate;
import org.annals.model.RawArticle;
import org.annals.model.Stage;
import org.annals.model.Threads;

/**
 * Codes events from input files without storing them: read, clean, annotate, code, one article at a
 * time, in input order. Used by {@code annals code}; a bad article is reported and skipped.
 */
public final class EventCoding {
  /** What coding produced: an article with its events, or a problem. */
  public interface Listener {
    void coded(CleanArticle article, AnnotatedText annotation, List<CodedEvent> events);

    void problem(Problem problem);
  }

  private final TextAnnotator annotator;
  private final EventExtractor coder;
  private final IngestOptions options;
  private final Optional<LocalDate> dateOverride;
  private final boolean keepUnasserted;
  private final ArticleCleaner cleaner;

  /**
   * @param dateOverride the document date to use when an article declares none (for stdin text)
   */
  public EventCoding(
      TextAnnotator annotator,
      EventExtractor coder,
      IngestOptions options,
      Optional<LocalDate> dateOverride,
      boolean keepUnasserted) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.options = options;
    this.dateOverride = dateOverride;
    this.keepUnasserted = keepUnasserted;
    Supplier<LocalDate> today = options.today();
    this.cleaner = new ArticleCleaner(today);
  }

  /**
   * Codes the inputs on {@code options.threads()} workers; the listener hears about articles and
   * problems in input order, on the calling thread.
   */
  public void run(List<Path> inputs, Listener listener) throws InterruptedException {
    EventPlaces.preload(options);
    InputScanner scanner = new InputScanner(options.limits());
    ExecutorService workers =
        Executors.newFixedThreadPool(options.threads(), Threads.named("code-%d"));
    Deque<Future<Consumer<Listener>>> pending = new ArrayDeque<>();
    int window = options.threads() * 2;
    try {
      ArticleSink sink =
          new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
              pending.add(workers.submit(() -> codeOne(raw)));
              while (pending.size() > window) {
                deliver(pending.poll(), listener);
              }
            }

            @Override
            public void problem(Problem problem) {
              pending.add(CompletableFuture.completedFuture(l -> l.problem(problem)));
            }
          };
      for (InputScanner.InputFile file : scanner.expand(inputs, sink)) {
        scanner.read(file, sink);
      }
      while (!pending.isEmpty()) {
        deliver(pending.poll(), listener);
      }
    } finally {
      workers.shutdownNow();
      workers.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private static void deliver(Future<Consumer<Listener>> f, Listener listener) {
    try {
      f.get().accept(listener);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a coding worker failed: " + e.getCause(), e.getCause());
    }
  }

  /** Codes one article; what to tell the listener, to be told in input order. */
  private Consumer<Listener> codeOne(RawArticle raw) {
    List<Consumer<Listener>> said = new java.util.ArrayList<>();
    Listener collect =
        new Listener() {
          @Override
          public void coded(CleanArticle a, AnnotatedText t, List<CodedEvent> e) {
            said.add(l -> l.coded(a, t, e));
          }

          @Override
          public void problem(Problem p) {
            said.add(l -> l.problem(p));
          }
        };
    codeOne(raw, collect);
    return l -> said.forEach(c -> c.accept(l));
  }

  private void codeOne(RawArticle raw, Listener listener) {
    ArticleCleaner.Outcome outcome;
    try {
      outcome = cleaner.clean(raw);
    } catch (RuntimeException e) {
      listener.problem(problem(raw, Stage.CLEAN, "cleaning failed: " + e));
      return;
    }
    if (outcome.problem().isPresent()) {
      listener.problem(outcome.problem().get());
      return;
    }
    CleanArticle article = outcome.article().orElseThrow();
    if (dateOverride.isPresent() && article.published().date().isEmpty()) {
      article = withDate(article, dateOverride.get());
    }
    if (!article.language().mayBeEnglish()) {
      listener.problem(
          new Problem(
              raw.source(),
              Stage.CODE,
              Problem.Severity.WARNING,
              "not coded: the article's language is "
                  + article.language().code()
                  + "; Annals codes English only for now",
              raw.rawSha256()));
      return;
    }
    AnnotatedText annotation;
    try {
      annotation =
          options.sentenceFilter()
              ? annotator.annotate(
                  article.clean().text(),
                  article.published().date(),
                  IngestPipeline.selector(coder),
                  IngestPipeline.parseSelector(coder))
              : annotator.annotate(article.clean().text(), article.published().date());
    } catch (RuntimeException e) {
      listener.problem(problem(raw, Stage.ANNOTATE, "annotation failed: " + e.getMessage()));
      return;
    }
    LocalDate date = article.published().date().orElseGet(options.today());
    List<CodedEvent> events;
    try {
      events = coder.code(article.clean().text(), annotation, date, keepUnasserted);
      if (!events.isEmpty()) {
        events = options.places().locate(article.clean().text(), annotation, events);
      }
    } catch (RuntimeException e) {
      listener.problem(
          problem(raw, Stage.CODE, "event coding failed: " + e + "; please report this"));
      return;
    }
    listener.coded(article, annotation, events);
  }

  private static CleanArticle withDate(CleanArticle a, LocalDate date) {
    PublishedDate p =
        new PublishedDate(
            Optional.of(date),
            org.annals.model.DatePrecision.DAY,
            "given with --date",
            "option",
            false);
    return new CleanArticle(
        a.id(),
        a.raw(),
        a.canonicalUrl(),
        a.contentSha256(),
        a.clean(),
        a.title(),
        a.outlet(),
        p,
        a.language(),
        a.removals());
  }

  private static Problem problem(RawArticle raw, Stage stage, String reason) {
    return new Problem(raw.source(), stage, Problem.Severity.ERROR, reason, raw.rawSha256());
  }
}
