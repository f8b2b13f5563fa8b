package org.annals.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.coder.extract.Coding;
import org.annals.coder.extract.EventExtractor;
import org.annals.ingest.ArticleCleaner;
import org.annals.model.AnnotatedText;
import org.annals.model.CleanArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Problem;
import org.annals.model.RawArticle;
import org.annals.model.Stage;
import org.annals.store.ArticleRecord;

/**
 * CLEAN → ANNOTATE → CODE → PLACE for one article at a time, without a store: what {@link
 * IngestPipeline} does to each article, for callers that keep the results elsewhere (the Spark job
 * runs one per executor inside {@code mapPartitions}). Never throws for bad content: a bad article
 * comes back as a problem with its reason, never silently dropped.
 *
 * <p>Thread-safe: the annotator, the coder and the gazetteer are shared and immutable.
 */
public final class ArticleProcessor {
  /**
   * What processing one article gave.
   *
   * @param record the article to store, with its annotation and events; empty when it failed
   * @param problems why it failed, or warnings about an article that was stored after repair
   */
  public record Outcome(Optional<ArticleRecord> record, List<Problem> problems) {
    public Outcome {
      Objects.requireNonNull(record, "record");
      problems = List.copyOf(problems);
    }
  }

  private final TextAnnotator annotator;
  private final EventExtractor coder;
  private final IngestOptions options;
  private final ArticleCleaner cleaner;

  public ArticleProcessor(TextAnnotator annotator, EventExtractor coder, IngestOptions options) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.options = Objects.requireNonNull(options, "options");
    this.cleaner = new ArticleCleaner(options.today());
    EventPlaces.preload(options);
  }

  /** The name of the coder, as stored with every event. */
  public String coderName() {
    return coder.name();
  }

  public Outcome process(RawArticle raw) {
    ArticleCleaner.Outcome cleaned;
    try {
      cleaned = cleaner.clean(raw);
    } catch (RuntimeException e) {
      return failed(raw, Stage.CLEAN, "cleaning failed: " + e);
    }
    if (cleaned.problem().isPresent()) {
      return new Outcome(Optional.empty(), List.of(cleaned.problem().get()));
    }
    CleanArticle article = cleaned.article().orElseThrow();
    List<Problem> warnings = new ArrayList<>();
    for (String warning : article.raw().warnings()) {
      warnings.add(
          new Problem(
              raw.source(),
              Stage.DECODE,
              Problem.Severity.WARNING,
              "stored after repair: " + warning,
              raw.rawSha256()));
    }
    if (!article.language().mayBeEnglish()) {
      return new Outcome(
          Optional.of(new ArticleRecord(article, AnnotatedText.NONE)), List.copyOf(warnings));
    }
    Outcome done = complete(article);
    if (warnings.isEmpty()) {
      return done;
    }
    warnings.addAll(done.problems());
    return new Outcome(done.record(), warnings);
  }

  /**
   * ANNOTATE → CODE → PLACE for an article already cleaned: the selective annotation when the
   * options ask for the sentence filter (the default), else the full one.
   */
  public Outcome complete(CleanArticle article) {
    RawArticle raw = article.raw();
    AnnotatedText annotation;
    try {
      String text = article.clean().text();
      annotation =
          options.sentenceFilter()
              ? annotator.annotate(
                  text, article.published().date(), coder::mayYieldEvent, coder::worthParsing)
              : annotator.annotate(text, article.published().date());
    } catch (RuntimeException e) {
      return failed(
          raw,
          Stage.ANNOTATE,
          "annotation failed: "
              + e.getMessage()
              + "; the article was not stored, re-run the ingest to retry");
    }
    if (annotation.sentences().isEmpty()) {
      return new Outcome(Optional.of(new ArticleRecord(article, annotation)), List.of());
    }
    try {
      LocalDate date = article.published().date().orElseGet(options.today());
      Coding coding = coder.codeWithCandidates(article.clean().text(), annotation, date, true);
      List<CodedEvent> events = coding.events();
      if (!events.isEmpty()) {
        events = options.places().locate(article.clean().text(), annotation, events);
      }
      return new Outcome(
          Optional.of(
              new ArticleRecord(article, annotation, events, coder.name(), coding.candidates())),
          List.of());
    } catch (RuntimeException e) {
      return failed(
          raw,
          Stage.CODE,
          "event coding failed: " + e + "; the article was not stored; report this as a bug");
    }
  }

  private static Outcome failed(RawArticle raw, Stage stage, String reason) {
    return new Outcome(
        Optional.empty(),
        List.of(new Problem(raw.source(), stage, Problem.Severity.ERROR, reason, raw.rawSha256())));
  }
}
