package org.annals.spark;

import org.annals.coder.extract.EventExtractor;
import org.annals.engine.ArticleProcessor;
import org.annals.engine.CoreNlp;
import org.annals.engine.IngestOptions;

/**
 * The pipeline of this JVM (a Spark executor, or the driver in local mode): CoreNLP's models, the
 * dictionaries and the gazetteer load once, on first use, and every task of the JVM shares them.
 */
final class ExecutorModels {
  private static volatile ArticleProcessor processor;

  private ExecutorModels() {}

  static ArticleProcessor processor() {
    ArticleProcessor p = processor;
    if (p == null) {
      synchronized (ExecutorModels.class) {
        p = processor;
        if (p == null) {
          p =
              new ArticleProcessor(
                  CoreNlp.annotator(), EventExtractor.standard(), IngestOptions.defaults());
          processor = p;
        }
      }
    }
    return p;
  }
}
