package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * The part of {@link CoreNlpAnnotator} that touches CoreNLP types. Immutable; every call builds its
 * own {@link Annotation}, so it is thread-safe as long as the shared CoreNLP annotators are.
 */
final class CoreNlpEngine {
  private final NlpConfig config;
  private final StanfordCoreNLP tagger;
  private final DependencyParseAnnotator parser; // null when config.depparse() is false

  CoreNlpEngine(NlpConfig config, StanfordCoreNLP tagger, DependencyParseAnnotator parser) {
    this.config = config;
    this.tagger = tagger;
    this.parser = parser;
  }

  static CoreNlpEngine shared(NlpConfig config) {
    return new CoreNlpEngine(
        config,
        SharedModels.tagger(config.sutime()),
        config.depparse() ? SharedModels.parser() : null);
  }

  AnnotatedText annotate(String text, Optional<LocalDate> publication) {
    Annotation document = new Annotation(text);
    // SUTime anchors relative expressions on this date. Without a date we set none, so relative
    // expressions stay unresolved and MentionConverter keeps only absolute values.
    publication.ifPresent(d -> document.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    try {
      tagger.annotate(document);
    } catch (RuntimeException e) {
      throw AnnotationException.forDocument(text.length(), e);
    }

    List<CoreMap> coreSentences = orEmpty(document.get(CoreAnnotations.SentencesAnnotation.class));
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap coreSentence = coreSentences.get(i);
      CharSpan span = TokenConverter.span(coreSentence);
      List<Token> tokens = TokenConverter.tokens(coreSentence);
      boolean parse = parser != null && ParseSelector.shouldParse(tokens, config);
      List<Dependency> dependencies =
          parse ? parse(text, coreSentence, i, span.start()) : List.of();
      sentences.add(new Sentence(i, span, tokens, dependencies, parse));
    }

    List<CoreMap> mentions = orEmpty(document.get(CoreAnnotations.MentionsAnnotation.class));
    return new AnnotatedText(
        CoreNlpAnnotator.NAME,
        sentences,
        MentionConverter.entities(mentions, text, sentences),
        config.sutime()
            ? MentionConverter.times(mentions, text, sentences, publication)
            : List.of());
  }

  /**
   * Runs the parser on an annotation that holds just this sentence (the CoreMap is shared, so the
   * graphs land on it). One sentence per call, so a failure names its sentence.
   */
  private List<Dependency> parse(String text, CoreMap sentence, int index, int offset) {
    Annotation single = new Annotation(text);
    single.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    try {
      parser.annotate(single);
    } catch (RuntimeException e) {
      throw AnnotationException.forSentence("depparse", index, offset, e);
    }
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      throw AnnotationException.forSentence(
          "depparse",
          index,
          offset,
          new IllegalStateException("the parser set no enhanced++ dependency graph"));
    }
    return DependencyConverter.dependencies(graph);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list != null ? list : List.of();
  }
}
