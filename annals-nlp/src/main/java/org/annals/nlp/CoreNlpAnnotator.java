package org.annals.nlp;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.AnnotatedText;

/**
 * Annotates clean article text with Stanford CoreNLP 4.5.10: sentences, tokens, lemmas, POS, coarse
 * NER, entity mentions, SUTime time expressions and, on the sentences that can yield events,
 * enhanced++ UD dependencies.
 *
 * <p>Thread-safe. The models load once per JVM, on the first {@link #shared} call that needs them
 * (about 5 s for tokenize…ner with SUTime and 3–4 s for the parser; about 620 MB of live heap, so
 * give the JVM at least 1 GB, 2 GB when several threads annotate), and are shared by every
 * instance.
 */
public final class CoreNlpAnnotator {
  /** The {@link AnnotatedText#annotator()} this annotator writes. */
  public static final String NAME = "corenlp-4.5.10";

  private final NlpConfig config;
  private final CoreNlpEngine engine;

  private CoreNlpAnnotator(NlpConfig config, CoreNlpEngine engine) {
    this.config = config;
    this.engine = engine;
  }

  /**
   * An annotator for {@code config}, backed by the JVM-wide CoreNLP models (loaded now if this is
   * the first call that needs them).
   *
   * @throws IllegalStateException naming the Maven artifact to add when CoreNLP or its models jar
   *     is missing from the classpath
   */
  public static CoreNlpAnnotator shared(NlpConfig config) {
    Objects.requireNonNull(config, "config");
    CoreNlpClasspath.require(config);
    return new CoreNlpAnnotator(config, CoreNlpEngine.shared(config));
  }

  public NlpConfig config() {
    return config;
  }

  /** {@value #NAME} */
  public String name() {
    return NAME;
  }

  /**
   * Annotates one article.
   *
   * @param cleanText the clean text, one paragraph per line; all spans in the result are offsets
   *     into it
   * @param publicationDate anchors relative time expressions ("on Wednesday"); when absent, only
   *     absolute time values are kept and every time expression has {@code anchored=false}
   * @throws AnnotationException when CoreNLP fails, saying on which sentence when known
   */
  public AnnotatedText annotate(String cleanText, Optional<LocalDate> publicationDate) {
    Objects.requireNonNull(cleanText, "cleanText");
    Objects.requireNonNull(publicationDate, "publicationDate");
    return engine.annotate(cleanText, publicationDate);
  }

  /**
   * Annotates one article selectively, for speed: a cheap pass (tokenize, ssplit, pos, lemma) over
   * the whole text, then NER, SUTime and the dependency parser only where events can be: on the
   * sentences {@code selector} accepts (NER also on the sentence before each). The other sentences
   * keep tokens, POS and lemmas, with NER {@code O} and {@code parsed=false}; the config's {@code
   * parseFilter} is not applied, the selector replaces it.
   *
   * @param selector sees each sentence's tokens with NER {@code O}; thread-safe
   * @param parse of the sentences {@code selector} accepts, those to parse (same tokens);
   *     thread-safe
   * @throws AnnotationException when CoreNLP fails, saying on which sentence when known
   */
  public AnnotatedText annotate(
      String cleanText,
      Optional<LocalDate> publicationDate,
      java.util.function.Predicate<java.util.List<org.annals.model.Token>> selector,
      java.util.function.Predicate<java.util.List<org.annals.model.Token>> parse) {
    Objects.requireNonNull(cleanText, "cleanText");
    Objects.requireNonNull(publicationDate, "publicationDate");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(parse, "parse");
    return engine.annotate(cleanText, publicationDate, selector, parse);
  }

  @Override
  public String toString() {
    return NAME + " " + config;
  }
}
