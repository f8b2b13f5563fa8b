package org.annals.store;

import java.util.Objects;
import org.annals.model.AnnotatedText;
import org.annals.model.CleanArticle;

/**
 * One article to store with its annotation ({@link AnnotatedText#NONE} when it was not annotated,
 * e.g. because it is not English or is already stored).
 */
public record ArticleRecord(CleanArticle article, AnnotatedText annotation) {
  public ArticleRecord {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotation, "annotation");
  }
}
