package org.annals.nlp;

import static org.annals.nlp.TestSentences.sentence;
import static org.annals.nlp.TestSentences.spanOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;

class MentionConverterTest {
  private static final Optional<LocalDate> THURSDAY = Optional.of(LocalDate.of(2025, 5, 8));
  private static final Sentence PAST =
      sentence("They/PRP/they met/VBD/meet on/IN/on Friday/NNP/Friday/DATE ./././O");

  @Test
  void anchoredValuesGoThroughTheNewsDateRule() {
    CharSpan friday = spanOf(PAST, "Friday");
    assertThat(MentionConverter.value("DATE", "Friday", "2025-05-09", PAST, friday, THURSDAY))
        .contains("2025-05-02");
  }

  @Test
  void unanchoredValuesAreKeptOnlyWhenAbsolute() {
    CharSpan friday = spanOf(PAST, "Friday");
    Optional<LocalDate> none = Optional.empty();
    assertThat(MentionConverter.value("DATE", "Friday", "XXXX-WXX-5", PAST, friday, none))
        .isEmpty();
    assertThat(MentionConverter.value("DATE", "May 9, 2025", "2025-05-09", PAST, friday, none))
        .contains("2025-05-09");
    assertThat(MentionConverter.value("DATE", "last week", null, PAST, friday, none)).isEmpty();
  }

  @Test
  void findsTheSentenceOfAnOffset() {
    List<Sentence> sentences =
        List.of(
            new Sentence(0, new CharSpan(0, 10), PAST.tokens(), List.of(), false),
            new Sentence(1, new CharSpan(11, 20), PAST.tokens(), List.of(), false),
            new Sentence(2, new CharSpan(21, 30), PAST.tokens(), List.of(), false));
    assertThat(MentionConverter.sentenceAt(sentences, 0)).isZero();
    assertThat(MentionConverter.sentenceAt(sentences, 10)).isZero();
    assertThat(MentionConverter.sentenceAt(sentences, 11)).isEqualTo(1);
    assertThat(MentionConverter.sentenceAt(sentences, 29)).isEqualTo(2);
  }
}
