package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
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
import java.util.function.Predicate;
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
  /**
   * NER also on the sentence before each selected one: without it, events placed through a place
   * named there move ("Washington, D.C." becomes "United States" in the samples); see
   * docs/eval-results.md.
   */
  static final boolean CONTEXT = true;

  private final NlpConfig config;
  private final StanfordCoreNLP tagger;
  private final DependencyParseAnnotator parser; // null when config.depparse() is false

  CoreNlpEngine(NlpConfig config, StanfordCoreNLP tagger, DependencyParseAnnotator parser) {
    this.config = config;
    this.tagger = tagger;
    this.parser = parser;
  }

  static CoreNlpEngine shared(NlpConfig config) {
    // the selective pipeline's parts: CoreNLP pools the annotators, so these load little more
    SharedModels.cheapTagger();
    SharedModels.ner(false);
    if (config.sutime()) {
      SharedModels.ner(true);
    }
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
   * The selective pipeline: tokenize, ssplit, pos and lemma over the whole text; NER (with SUTime
   * when configured) only on the sentences {@code selector} accepts and the sentence before each
   * (names and dates are introduced there, and the coder resolves "he" or "the Venezuelan leader"
   * against them); the parser only on the accepted sentences. The other sentences keep their
   * tokens, POS and lemmas, with NER {@code O} and {@code parsed=false}. Spans and sentence indices
   * are those of the whole text.
   */
  AnnotatedText annotate(
      String text,
      Optional<LocalDate> publication,
      Predicate<List<Token>> selector,
      Predicate<List<Token>> parseSelector) {
    Annotation document = new Annotation(text);
    try {
      SharedModels.cheapTagger().annotate(document);
    } catch (RuntimeException e) {
      throw AnnotationException.forDocument(text.length(), e);
    }
    List<CoreMap> coreSentences = orEmpty(document.get(CoreAnnotations.SentencesAnnotation.class));
    int n = coreSentences.size();
    List<List<Token>> cheap = new ArrayList<>(n);
    boolean[] selected = new boolean[n];
    boolean[] tagged = new boolean[n];
    for (int i = 0; i < n; i++) {
      List<Token> tokens = TokenConverter.tokens(coreSentences.get(i));
      cheap.add(tokens);
      selected[i] = !tokens.isEmpty() && selector.test(tokens);
      if (selected[i]) {
        tagged[i] = true;
        if (i > 0 && CONTEXT) {
          tagged[i - 1] = true;
        }
      }
    }
    // SUTime (most of NER's cost) only where a time expression can be
    boolean[] timed = new boolean[n];
    boolean[] untimed = new boolean[n];
    for (int i = 0; i < n; i++) {
      // an event's date comes from its own sentence only (EventDates), so never the context's
      boolean time = config.sutime() && selected[i] && TimeCues.any(cheap.get(i));
      timed[i] = time;
      untimed[i] = tagged[i] && !time;
    }
    List<CoreMap> mentions = new ArrayList<>();
    mentions.addAll(tagSelected(text, publication, coreSentences, timed, config.sutime()));
    mentions.addAll(tagSelected(text, publication, coreSentences, untimed, false));
    mentions.sort(
        java.util.Comparator.comparingInt(
            m -> m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)));
    List<Sentence> sentences = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreMap coreSentence = coreSentences.get(i);
      CharSpan span = TokenConverter.span(coreSentence);
      List<Token> tokens = tagged[i] ? TokenConverter.tokens(coreSentence) : cheap.get(i);
      boolean parse =
          parser != null
              && selected[i]
              && ParseSelector.parseable(tokens, config)
              && parseSelector.test(cheap.get(i));
      List<Dependency> dependencies =
          parse ? parse(text, coreSentence, i, span.start()) : List.of();
      sentences.add(new Sentence(i, span, tokens, dependencies, parse));
    }
    return new AnnotatedText(
        CoreNlpAnnotator.NAME,
        sentences,
        MentionConverter.entities(mentions, text, sentences),
        config.sutime()
            ? MentionConverter.times(mentions, text, sentences, publication)
            : List.of());
  }

  /** Runs NER on the tagged sentences only; returns the entity and time mentions it found. */
  private List<CoreMap> tagSelected(
      String text,
      Optional<LocalDate> publication,
      List<CoreMap> coreSentences,
      boolean[] tagged,
      boolean sutime) {
    List<CoreMap> chosen = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      if (tagged[i]) {
        chosen.add(coreSentences.get(i));
        tokens.addAll(coreSentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    if (chosen.isEmpty()) {
      return List.of();
    }
    Annotation part = new Annotation(text);
    publication.ifPresent(d -> part.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    try {
      SharedModels.ner(sutime).annotate(part);
    } catch (RuntimeException e) {
      throw AnnotationException.forDocument(text.length(), e);
    }
    return orEmpty(part.get(CoreAnnotations.MentionsAnnotation.class));
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
