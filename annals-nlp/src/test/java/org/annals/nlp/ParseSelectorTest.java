package org.annals.nlp;

import static org.annals.nlp.TestSentences.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;

class ParseSelectorTest {
  private static final Sentence EVENT =
      sentence(
          "Putin/NNP/Putin/PERSON met/VBD/meet Maduro/NNP/Maduro/PERSON in/IN/in"
              + " Moscow/NNP/Moscow/LOCATION ./././O");
  private static final Sentence NO_ENTITY =
      sentence("It/PRP/it was/VBD/be raining/VBG/rain ./././O");
  private static final Sentence NO_VERB =
      sentence("Moscow/NNP/Moscow/LOCATION ,/,/, May/NNP/May/DATE 8/CD/8/DATE");
  private static final Sentence DATE_ONLY =
      sentence("The/DT/the minister/NN/minister left/VBD/leave on/IN/on Friday/NNP/Friday/DATE");
  private static final Sentence PROPER_NOUN_ONLY =
      sentence("Xi/NNP/Xi/O arrived/VBD/arrive ./././O");

  @Test
  void parsesSentencesWithAnActorAndAVerb() {
    assertThat(ParseSelector.shouldParse(EVENT.tokens(), NlpConfig.DEFAULTS)).isTrue();
    assertThat(ParseSelector.shouldParse(PROPER_NOUN_ONLY.tokens(), NlpConfig.DEFAULTS)).isTrue();
  }

  @Test
  void parsesAPairNamedBefore() {
    Sentence twoLeaders =
        sentence(
            "The/DT/the two/CD/two leaders/NNS/leader signed/VBD/sign a/DT/a treaty/NN/treaty"
                + " ./././O");
    Sentence bothSides = sentence("Both/DT/both sides/NNS/side agreed/VBD/agree ./././O");
    Sentence twoDays = sentence("It/PRP/it lasted/VBD/last two/CD/two days/NNS/day ./././O");
    assertThat(ParseSelector.shouldParse(twoLeaders.tokens(), NlpConfig.DEFAULTS)).isTrue();
    assertThat(ParseSelector.shouldParse(bothSides.tokens(), NlpConfig.DEFAULTS)).isTrue();
    // a pair of anything passes this cheap test; the coder decides whether it names actors
    assertThat(ParseSelector.shouldParse(twoDays.tokens(), NlpConfig.DEFAULTS)).isTrue();
  }

  @Test
  void skipsSentencesWithoutActorOrVerb() {
    assertThat(ParseSelector.shouldParse(NO_ENTITY.tokens(), NlpConfig.DEFAULTS)).isFalse();
    assertThat(ParseSelector.shouldParse(NO_VERB.tokens(), NlpConfig.DEFAULTS)).isFalse();
    assertThat(ParseSelector.shouldParse(DATE_ONLY.tokens(), NlpConfig.DEFAULTS)).isFalse();
  }

  @Test
  void withoutTheFilterParsesEverythingShortEnough() {
    NlpConfig all = new NlpConfig(true, true, 120, false);
    assertThat(ParseSelector.shouldParse(NO_ENTITY.tokens(), all)).isTrue();
    assertThat(ParseSelector.shouldParse(NO_VERB.tokens(), all)).isTrue();
  }

  @Test
  void neverParsesLongSentencesOrWhenDepparseIsOff() {
    assertThat(ParseSelector.shouldParse(EVENT.tokens(), new NlpConfig(true, true, 5, true)))
        .isFalse();
    assertThat(ParseSelector.shouldParse(EVENT.tokens(), new NlpConfig(true, true, 6, true)))
        .isTrue();
    assertThat(ParseSelector.shouldParse(EVENT.tokens(), new NlpConfig(false, true, 120, false)))
        .isFalse();
  }
}
