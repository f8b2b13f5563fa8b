package org.annals.nlp;

import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP models, loaded lazily and at most once per JVM (per class loader), like CoreNLP's own
 * {@code AnnotatorPool}. Loading takes seconds and hundreds of MB, so every {@link
 * CoreNlpAnnotator} shares these instances; CoreNLP's annotators are thread-safe once built.
 */
final class SharedModels {
  private static final Logger LOG = LoggerFactory.getLogger(SharedModels.class);

  private static final Object LOCK = new Object();
  private static StanfordCoreNLP taggerWithSutime;
  private static StanfordCoreNLP taggerWithoutSutime;
  private static DependencyParseAnnotator parser;
  private static StanfordCoreNLP cheapTagger;
  private static StanfordCoreNLP nerWithSutime;
  private static StanfordCoreNLP nerWithoutSutime;

  private SharedModels() {}

  /** tokenize, ssplit, pos, lemma, ner (coarse), with or without SUTime. */
  static StanfordCoreNLP tagger(boolean sutime) {
    synchronized (LOCK) {
      if (sutime) {
        if (taggerWithSutime == null) {
          taggerWithSutime = loadTagger(true);
        }
        return taggerWithSutime;
      }
      if (taggerWithoutSutime == null) {
        taggerWithoutSutime = loadTagger(false);
      }
      return taggerWithoutSutime;
    }
  }

  /** The neural dependency parser (english_UD), run separately on selected sentences. */
  static DependencyParseAnnotator parser() {
    synchronized (LOCK) {
      if (parser == null) {
        long start = System.nanoTime();
        // Same properties the pipeline's "depparse" annotator gets by default: english_UD, one
        // thread, no per-sentence timeout (a timeout would start a thread pool on every call).
        parser = new DependencyParseAnnotator(new Properties());
        LOG.info(
            "CoreNLP depparse (english_UD) loaded in {} ms",
            (System.nanoTime() - start) / 1_000_000);
      }
      return parser;
    }
  }

  /** tokenize, ssplit, pos, lemma: the cheap pass (about ten times faster than NER). */
  static StanfordCoreNLP cheapTagger() {
    synchronized (LOCK) {
      if (cheapTagger == null) {
        Properties p = taggerProperties(false);
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        cheapTagger = new StanfordCoreNLP(p);
      }
      return cheapTagger;
    }
  }

  /**
   * ner (coarse, with or without SUTime) alone, for documents whose selected sentences already
   * carry tokens, POS and lemmas from {@link #cheapTagger()}. The NER models are CoreNLP's pooled
   * ones, shared with {@link #tagger(boolean)}.
   */
  static StanfordCoreNLP ner(boolean sutime) {
    synchronized (LOCK) {
      if (sutime ? nerWithSutime == null : nerWithoutSutime == null) {
        long start = System.nanoTime();
        Properties p = taggerProperties(sutime);
        p.setProperty("annotators", "ner");
        StanfordCoreNLP loaded = new StanfordCoreNLP(p, false);
        LOG.info(
            "CoreNLP ner (coarse, SUTime {}) loaded in {} ms",
            sutime ? "on" : "off",
            (System.nanoTime() - start) / 1_000_000);
        if (sutime) {
          nerWithSutime = loaded;
        } else {
          nerWithoutSutime = loaded;
        }
      }
      return sutime ? nerWithSutime : nerWithoutSutime;
    }
  }

  private static StanfordCoreNLP loadTagger(boolean sutime) {
    long start = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(taggerProperties(sutime));
    LOG.info(
        "CoreNLP tokenize,ssplit,pos,lemma,ner (coarse, SUTime {}) loaded in {} ms",
        sutime ? "on" : "off",
        (System.nanoTime() - start) / 1_000_000);
    return pipeline;
  }

  static Properties taggerProperties(boolean sutime) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // One paragraph per line in the clean text: a line break always ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // Coarse NER only: the fine-grained KBP TokensRegexNER (533k-entry gazetteer) costs 3/4 of the
    // time and splits names ("Latin America" -> Latin + COUNTRY America).
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", Boolean.toString(sutime));
    // No ner.docdate.* key on purpose: any of them installs a DocDateAnnotator that would overwrite
    // the DocDateAnnotation we set from the publication date.
    return p;
  }
}
