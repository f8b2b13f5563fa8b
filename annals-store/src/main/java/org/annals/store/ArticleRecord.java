package org.annals.store;

import java.util.List;
import java.util.Objects;
import org.annals.model.AnnotatedText;
import org.annals.model.CandidateActor;
import org.annals.model.CleanArticle;
import org.annals.model.CodedEvent;

/**
 * One article to store with its annotation ({@link AnnotatedText#NONE} when it was not annotated,
 * e.g. because it is not English or is already stored) and the events coded from it.
 *
 * @param coder which coder and dictionaries produced the events (empty when none ran)
 * @param candidates people and organisations that acted in events but are not in the dictionaries
 */
public record ArticleRecord(
    CleanArticle article,
    AnnotatedText annotation,
    List<CodedEvent> events,
    String coder,
    List<CandidateActor> candidates) {
  public ArticleRecord {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotation, "annotation");
    events = List.copyOf(events);
    Objects.requireNonNull(coder, "coder");
    candidates = List.copyOf(candidates);
  }

  /** An article with events and no candidate actors. */
  public ArticleRecord(
      CleanArticle article, AnnotatedText annotation, List<CodedEvent> events, String coder) {
    this(article, annotation, events, coder, List.of());
  }

  /** An article without events. */
  public ArticleRecord(CleanArticle article, AnnotatedText annotation) {
    this(article, annotation, List.of(), "");
  }
}
