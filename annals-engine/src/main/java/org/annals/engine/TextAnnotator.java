package org.annals.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.annals.model.AnnotatedText;
import org.annals.model.Token;

/** The ANNOTATE stage as the engine sees it. Implementations must be thread-safe. */
@FunctionalInterface
public interface TextAnnotator {
  AnnotatedText annotate(String cleanText, Optional<LocalDate> publicationDate);

  /**
   * Annotates fully (NER, time expressions, dependency parses) only the sentences {@code selector}
   * accepts, given their tokens with POS and lemmas, and lightly the rest. An annotator that cannot
   * select annotates everything, as {@link #annotate(String, Optional)} does; that is the default.
   */
  default AnnotatedText annotate(
      String cleanText, Optional<LocalDate> publicationDate, Predicate<List<Token>> selector) {
    return annotate(cleanText, publicationDate);
  }

  /**
   * As {@link #annotate(String, Optional, Predicate)}, and of the sentences {@code selector}
   * accepts, only those {@code parse} accepts too are given dependency parses (the parser costs
   * more than the rest together). The default ignores {@code parse}.
   */
  default AnnotatedText annotate(
      String cleanText,
      Optional<LocalDate> publicationDate,
      Predicate<List<Token>> selector,
      Predicate<List<Token>> parse) {
    return annotate(cleanText, publicationDate, selector);
  }
}
