package org.annals.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.annals.model.AnnotatedText;
import org.annals.model.Token;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.NlpConfig;

/** The CoreNLP annotator as a {@link TextAnnotator}; models load once per JVM. */
public final class CoreNlp {
  private CoreNlp() {}

  public static TextAnnotator annotator() {
    return annotator(NlpConfig.from(Map.of()));
  }

  /** The CoreNLP annotator with these settings; it supports sentence selection. */
  public static TextAnnotator annotator(NlpConfig config) {
    CoreNlpAnnotator a = CoreNlpAnnotator.shared(config);
    return new TextAnnotator() {
      @Override
      public AnnotatedText annotate(String cleanText, Optional<LocalDate> publicationDate) {
        return a.annotate(cleanText, publicationDate);
      }

      @Override
      public AnnotatedText annotate(
          String cleanText, Optional<LocalDate> publicationDate, Predicate<List<Token>> selector) {
        return a.annotate(cleanText, publicationDate, selector, t -> true);
      }

      @Override
      public AnnotatedText annotate(
          String cleanText,
          Optional<LocalDate> publicationDate,
          Predicate<List<Token>> selector,
          Predicate<List<Token>> parse) {
        return a.annotate(cleanText, publicationDate, selector, parse);
      }

      @Override
      public String toString() {
        return a.toString();
      }
    };
  }
}
