package org.annals.engine;

import java.time.LocalDate;
import java.util.Optional;
import org.annals.model.AnnotatedText;

/** The ANNOTATE stage as the engine sees it. Implementations must be thread-safe. */
@FunctionalInterface
public interface TextAnnotator {
  AnnotatedText annotate(String cleanText, Optional<LocalDate> publicationDate);
}
