package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks, without touching any CoreNLP class, that CoreNLP and its models are on the classpath, so
 * a missing jar gives an actionable message instead of a {@link NoClassDefFoundError} or a "Unable
 * to open ... as class path, filename or URL" deep inside model loading.
 */
final class CoreNlpClasspath {
  static final String CORENLP_CLASS = "edu.stanford.nlp.pipeline.StanfordCoreNLP";
  static final String POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  static final List<String> NER_MODELS =
      List.of(
          "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
  static final String SUTIME_RULES = "edu/stanford/nlp/models/sutime/english.sutime.txt";
  static final String DEPPARSE_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private static final String CODE_DEPENDENCY =
      "<dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId>"
          + "<version>4.5.10</version></dependency>";
  private static final String MODELS_DEPENDENCY =
      "<dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId>"
          + "<version>4.5.10</version><classifier>models</classifier></dependency>";

  private CoreNlpClasspath() {}

  /**
   * @throws IllegalStateException naming the artifact to add when CoreNLP classes or a model the
   *     configuration needs are missing
   */
  static void require(NlpConfig config) {
    require(config, CoreNlpClasspath.class.getClassLoader());
  }

  /**
   * @param loader the loader that will load CoreNLP (and, through CoreNLP's IOUtils, its models)
   */
  static void require(NlpConfig config, ClassLoader loader) {
    try {
      Class.forName(CORENLP_CLASS, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "annals-nlp needs Stanford CoreNLP 4.5.10 on the classpath ("
              + CORENLP_CLASS
              + " not found). Add\n  "
              + CODE_DEPENDENCY
              + "\nand its models jar\n  "
              + MODELS_DEPENDENCY,
          e);
    }
    List<String> missing = new ArrayList<>();
    for (String resource : requiredModels(config)) {
      if (loader.getResource(resource) == null) {
        missing.add(resource);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "annals-nlp found CoreNLP but not its English models "
              + missing
              + ". Add the models jar (about 475 MB; the 'models-english' jar is not needed):\n  "
              + MODELS_DEPENDENCY);
    }
  }

  static List<String> requiredModels(NlpConfig config) {
    List<String> models = new ArrayList<>();
    models.add(POS_MODEL);
    models.addAll(NER_MODELS);
    if (config.sutime()) {
      models.add(SUTIME_RULES);
    }
    if (config.depparse()) {
      models.add(DEPPARSE_MODEL);
    }
    return models;
  }
}
