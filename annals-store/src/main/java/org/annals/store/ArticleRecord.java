package org.annals.store;

import java.util.List;
import java.util.Objects;
import org.annals.model.AnnotatedText;
import org.annals.model.CleanArticle;
import org.annals.model.CodedEvent;

/**
 * One article to store with its annotation ({@link AnnotatedText#NONE} when it was not annotated,
 * e.g. because it is not English or is already stored) and the events coded from it.
 *
 * @param coder which coder and dictionaries produced the events (empty when none ran)
 */
public record ArticleRecord(
    CleanArticle article, AnnotatedText annotation, List<CodedEvent> events, String coder) {
  public ArticleRecord {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotation, "annotation");
    events = List.copyOf(events);
    Objects.requireNonNull(coder, "coder");
  }

  /** An article without events. */
  public ArticleRecord(CleanArticle article, AnnotatedText annotation) {
    this(article, annotation, List.of(), "");
  }
}
