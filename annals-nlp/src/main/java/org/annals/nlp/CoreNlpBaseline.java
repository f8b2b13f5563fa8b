package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * CoreNLP's full annotation of every sentence, with nothing selected or skipped: tokenize, ssplit,
 * pos, lemma, ner with SUTime, depparse. What a PETRARCH-style coder needs before it can code, and
 * the reference {@code annals bench} measures Annals against. Thread-safe once built.
 */
public final class CoreNlpBaseline {
  private final StanfordCoreNLP pipeline;
  private final boolean fineGrained;

  private CoreNlpBaseline(StanfordCoreNLP pipeline, boolean fineGrained) {
    this.pipeline = pipeline;
    this.fineGrained = fineGrained;
  }

  /**
   * Loads the pipeline (seconds).
   *
   * @param fineGrained CoreNLP's stock NER (with the fine-grained KBP gazetteer, about four times
   *     slower); false for coarse NER, as Annals runs it
   */
  public static CoreNlpBaseline load(boolean fineGrained) {
    Properties p = SharedModels.taggerProperties(true);
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    if (fineGrained) {
      p.remove("ner.applyFineGrained");
    }
    return new CoreNlpBaseline(new StanfordCoreNLP(p), fineGrained);
  }

  /** Annotates a text fully; returns its token count. */
  public int annotate(String text, Optional<LocalDate> publication) {
    Annotation document = new Annotation(text);
    publication.ifPresent(d -> document.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(document);
    List<?> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  @Override
  public String toString() {
    return "CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,ner ("
        + (fineGrained ? "stock, fine-grained" : "coarse")
        + ", SUTime),depparse on every sentence";
  }
}
