package org.annals.ingest.read;

import org.annals.model.Problem;
import org.annals.model.RawArticle;

/**
 * Receives what readers find: articles, and problems with the input (never both for one record).
 */
public interface ArticleSink {
  void article(RawArticle article);

  void problem(Problem problem);
}
