package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.Dependency;
import org.annals.model.EntityMention;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the real CoreNLP models once for the class (about 10 s, about 1 GB of heap). */
class CoreNlpAnnotatorIT {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotatorIT.class);

  /** Putin and Maduro met in the Kremlin on Wednesday 7 May 2025; published the next day. */
  static final String NEWS =
      "Russian President Vladimir Putin met Venezuelan President Nicolás Maduro in Moscow on"
          + " Wednesday. The two leaders signed a strategic partnership treaty at the Kremlin.\n"
          + "Maduro will attend the Victory Day parade on Red Square on May 9, 2025.\n"
          + "It was raining.";

  static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2025, 5, 8));

  private static CoreNlpAnnotator annotator;
  private static AnnotatedText news;

  @BeforeAll
  static void loadModelsAndAnnotateOnce() {
    long start = System.nanoTime();
    annotator = CoreNlpAnnotator.shared(NlpConfig.DEFAULTS);
    LOG.info(
        "annotator ready in {} ms (0 when another test in this JVM loaded the models)",
        (System.nanoTime() - start) / 1_000_000);
    news = timed("cold", () -> annotator.annotate(NEWS, PUBLISHED));
    timed("warm", () -> annotator.annotate(NEWS, PUBLISHED));
    Runtime rt = Runtime.getRuntime();
    System.gc();
    LOG.info(
        "heap used after GC with the models loaded: {} MB (max {} MB)",
        (rt.totalMemory() - rt.freeMemory()) >> 20,
        rt.maxMemory() >> 20);
  }

  private static AnnotatedText timed(String label, Supplier<AnnotatedText> run) {
    long start = System.nanoTime();
    AnnotatedText result = run.get();
    double ms = (System.nanoTime() - start) / 1e6;
    LOG.info(
        "{} annotate: {} tokens, {} sentences ({} parsed) in {} ms = {} tokens/s",
        label,
        result.tokenCount(),
        result.sentences().size(),
        result.parsedSentenceCount(),
        Math.round(ms),
        Math.round(result.tokenCount() / (ms / 1000)));
    return result;
  }

  @Test
  void namesItself() {
    assertThat(news.annotator()).isEqualTo("corenlp-4.5.10").isEqualTo(annotator.name());
  }

  @Test
  void sentencesAndTokensCarryOffsetsIntoTheText() {
    assertThat(news.sentences()).hasSize(4);
    assertThat(news.sentences().get(0).text(NEWS))
        .isEqualTo(
            "Russian President Vladimir Putin met Venezuelan President Nicolás Maduro in Moscow on"
                + " Wednesday.");
    assertThat(news.sentences().get(3).text(NEWS)).isEqualTo("It was raining.");
    for (Sentence s : news.sentences()) {
      assertThat(s.index()).isEqualTo(news.sentences().indexOf(s));
      for (Token t : s.tokens()) {
        assertThat(t.index()).isEqualTo(s.tokens().indexOf(t));
        assertThat(t.span().start()).isBetween(s.span().start(), s.span().end());
        assertThat(t.span().of(NEWS)).as("token %s", t).isEqualTo(t.word());
      }
    }
    Token putin = token(news.sentences().get(0), "Putin");
    assertThat(putin.pos()).isEqualTo("NNP");
    assertThat(putin.ner()).isEqualTo("PERSON");
    assertThat(token(news.sentences().get(0), "met").lemma()).isEqualTo("meet");
    assertThat(token(news.sentences().get(0), "Nicolás").span()).isEqualTo(spanOf("Nicolás", NEWS));
  }

  @Test
  void findsPeopleAndPlacesButNoPronounsOrNumbers() {
    assertThat(news.entities())
        .contains(new EntityMention(0, spanOf("Vladimir Putin", NEWS), "Vladimir Putin", "PERSON"));
    assertThat(news.entities())
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo("LOCATION");
              assertThat(e.text()).isEqualTo("Moscow");
            });
    assertThat(news.entities())
        .allSatisfy(
            e -> {
              assertThat(e.type()).isIn("PERSON", "ORGANIZATION", "LOCATION", "MISC");
              assertThat(e.span().of(NEWS)).isEqualTo(e.text());
            });
  }

  @Test
  void anchorsRelativeDatesOnThePublicationDate() {
    TimeExpression wednesday = time(news, "Wednesday");
    assertThat(wednesday.value()).contains("2025-05-07");
    assertThat(wednesday.anchored()).isTrue();
    assertThat(wednesday.sentenceIndex()).isZero();
    assertThat(wednesday.span()).isEqualTo(spanOf("Wednesday", NEWS));
    assertThat(time(news, "May 9, 2025").value()).contains("2025-05-09");
  }

  @Test
  void parsesOnlySentencesThatCanYieldEvents() {
    Sentence main = news.sentences().get(0);
    assertThat(main.parsed()).isTrue();
    int met = token(main, "met").index();
    int putin = token(main, "Putin").index();
    assertThat(main.dependencies()).contains(new Dependency("nsubj", met, putin));
    assertThat(main.dependencies()).contains(new Dependency("root", Dependency.ROOT, met));

    Sentence raining = news.sentences().get(3);
    assertThat(raining.parsed()).isFalse();
    assertThat(raining.dependencies()).isEmpty();
  }

  @Test
  void withoutPublicationDateKeepsOnlyAbsoluteValues() {
    AnnotatedText undated = annotator.annotate(NEWS, Optional.empty());
    assertThat(undated.times()).allSatisfy(t -> assertThat(t.anchored()).isFalse());
    assertThat(time(undated, "Wednesday").value()).isEmpty();
    assertThat(time(undated, "May 9, 2025").value()).contains("2025-05-09");
    assertThat(undated.sentences()).isEqualTo(news.sentences());
    assertThat(undated.entities()).isEqualTo(news.entities());
  }

  @Test
  void putsBareDatesOnTheSideOfPublicationTheTenseAsksFor() {
    String text =
        "The delegation from Brazil arrived in Moscow on Sunday.\n"
            + "Officials from Brazil met on May 20.\n"
            + "The minister will visit Paris on Friday.";
    AnnotatedText result = annotator.annotate(text, PUBLISHED);
    // SUTime alone gives 2025-05-11 (the coming Sunday), 2025-05-20 and 2025-05-02.
    assertThat(time(result, "Sunday").value()).as("arrived on Sunday").contains("2025-05-04");
    assertThat(time(result, "May 20").value()).as("met on May 20").contains("2024-05-20");
    assertThat(time(result, "Friday").value()).as("will visit on Friday").contains("2025-05-09");
  }

  @Test
  void emptyTextGivesEmptyAnnotation() {
    AnnotatedText empty = annotator.annotate("", PUBLISHED);
    assertThat(empty.sentences()).isEmpty();
    assertThat(empty.entities()).isEmpty();
    assertThat(empty.times()).isEmpty();
  }

  private static Token token(Sentence sentence, String word) {
    return sentence.tokens().stream()
        .filter(t -> t.word().equals(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no token '" + word + "' in " + sentence));
  }

  private static TimeExpression time(AnnotatedText text, String expression) {
    return text.times().stream()
        .filter(t -> t.text().equals(expression))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time '" + expression + "' in " + text.times()));
  }

  static CharSpan spanOf(String phrase, String text) {
    int start = text.indexOf(phrase);
    assertThat(start).as("'%s' in the text", phrase).isNotNegative();
    return new CharSpan(start, start + phrase.length());
  }
}
