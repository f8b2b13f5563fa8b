package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.model.AnnotatedText;
import org.annals.model.EntityMention;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sentence filter's annotation merges back into one text: same sentences, spans and tokens as
 * the full annotation; NER on the selected sentences and the one before each, SUTime and the parser
 * on the selected ones only.
 */
class SelectiveAnnotationIT {
  private static AnnotatedText full;
  private static AnnotatedText selective;
  private static AnnotatedText metParsedOnly;

  /** Sentences 0 ("met … on Wednesday") and 2 ("will attend … on May 9, 2025"). */
  private static final Predicate<List<Token>> MET_OR_ATTEND =
      tokens -> tokens.stream().anyMatch(t -> Set.of("met", "attend").contains(t.word()));

  @BeforeAll
  static void annotateBothWays() {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared(NlpConfig.DEFAULTS);
    full = annotator.annotate(CoreNlpAnnotatorIT.NEWS, CoreNlpAnnotatorIT.PUBLISHED);
    selective =
        annotator.annotate(
            CoreNlpAnnotatorIT.NEWS, CoreNlpAnnotatorIT.PUBLISHED, MET_OR_ATTEND, t -> true);
    metParsedOnly =
        annotator.annotate(
            CoreNlpAnnotatorIT.NEWS,
            CoreNlpAnnotatorIT.PUBLISHED,
            MET_OR_ATTEND,
            tokens -> tokens.stream().anyMatch(t -> t.word().equals("met")));
  }

  @Test
  void sentencesSpansAndTokensAreThoseOfTheFullAnnotation() {
    assertThat(selective.sentences()).hasSize(4).hasSameSizeAs(full.sentences());
    for (int i = 0; i < full.sentences().size(); i++) {
      Sentence f = full.sentences().get(i);
      Sentence s = selective.sentences().get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.span()).isEqualTo(f.span());
      assertThat(s.tokens())
          .extracting(Token::span)
          .isEqualTo(f.tokens().stream().map(Token::span).toList());
      assertThat(s.tokens())
          .extracting(Token::lemma)
          .isEqualTo(f.tokens().stream().map(Token::lemma).toList());
      assertThat(s.tokens())
          .extracting(Token::pos)
          .isEqualTo(f.tokens().stream().map(Token::pos).toList());
    }
  }

  @Test
  void onlyTheSelectedSentencesAreParsed() {
    assertThat(selective.sentences())
        .extracting(Sentence::parsed)
        .containsExactly(true, false, true, false);
    assertThat(selective.sentences().get(1).dependencies()).isEmpty();
    assertThat(selective.sentences().get(0).dependencies())
        .isEqualTo(full.sentences().get(0).dependencies());
  }

  @Test
  void entitiesOfTheSelectedAndPrecedingSentencesAreThoseOfTheFullAnnotation() {
    List<EntityMention> expected =
        full.entities().stream().filter(e -> e.sentenceIndex() <= 2).toList();
    assertThat(selective.entities()).isEqualTo(expected);
    assertThat(selective.sentences().get(3).tokens()).allMatch(t -> t.ner().equals("O"));
  }

  @Test
  void timesOfTheSelectedSentencesAreThoseOfTheFullAnnotation() {
    List<TimeExpression> expected =
        full.times().stream()
            .filter(t -> t.sentenceIndex() == 0 || t.sentenceIndex() == 2)
            .toList();
    assertThat(expected).isNotEmpty();
    assertThat(selective.times()).isEqualTo(expected);
  }

  @Test
  void theParseSelectorNarrowsOnlyTheParsesNotNerOrTimes() {
    assertThat(metParsedOnly.sentences())
        .extracting(Sentence::parsed)
        .containsExactly(true, false, false, false);
    assertThat(metParsedOnly.sentences().get(2).dependencies()).isEmpty();
    assertThat(metParsedOnly.sentences().get(0).dependencies())
        .isEqualTo(full.sentences().get(0).dependencies());
    assertThat(metParsedOnly.entities()).isEqualTo(selective.entities());
    assertThat(metParsedOnly.times()).isEqualTo(selective.times());
  }
}
