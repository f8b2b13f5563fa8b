package org.annals.engine;

import java.util.Map;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.NlpConfig;

/** The CoreNLP annotator as a {@link TextAnnotator}; models load once per JVM. */
public final class CoreNlp {
  private CoreNlp() {}

  public static TextAnnotator annotator() {
    CoreNlpAnnotator a = CoreNlpAnnotator.shared(NlpConfig.from(Map.of()));
    return a::annotate;
  }
}
