package org.annals.coder.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.CharSpan;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/** The sentence filter's cheap test: a known actor (or pronoun) and a verb a pattern can fit. */
class MayYieldEventTest {
  private static final EventExtractor CODER = EventExtractor.standard();

  /** Tokens "word/lemma/POS" separated by spaces; NER is O, as after the cheap pass. */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String t : tagged.split(" ")) {
      String[] p = t.split("/");
      out.add(new Token(out.size(), new CharSpan(at, at + p[0].length()), p[0], p[1], p[2], "O"));
      at += p[0].length() + 1;
    }
    return out;
  }

  @Test
  void anAgentWithACountryAdjectiveAndAForceVerb() {
    assertThat(
            CODER.mayYieldEvent(
                tokens(
                    "Russian/russian/JJ troops/troops/NNS attacked/attack/VBD the/the/DT"
                        + " village/village/NN")))
        .isTrue();
  }

  @Test
  void aCountryAndAVerbOfCooperation() {
    assertThat(
            CODER.mayYieldEvent(
                tokens(
                    "Saudi/Saudi/NNP Arabia/Arabia/NNP and/and/CC Iran/Iran/NNP"
                        + " agreed/agree/VBD to/to/TO restore/restore/VB ties/tie/NNS")))
        .isTrue();
  }

  @Test
  void aPronounStandsForAnEarlierActor() {
    assertThat(
            CODER.mayYieldEvent(tokens("He/he/PRP accused/accuse/VBD the/the/DT rebels/rebel/NNS")))
        .isTrue();
  }

  @Test
  void aPairStandsForTheTwoActorsBefore() {
    assertThat(
            CODER.mayYieldEvent(
                tokens(
                    "The/the/DT two/two/CD leaders/leader/NNS signed/sign/VBD a/a/DT"
                        + " treaty/treaty/NN")))
        .isTrue();
    assertThat(
            CODER.mayYieldEvent(
                tokens("Both/both/DT sides/side/NNS signed/sign/VBD an/an/DT accord/accord/NN")))
        .isTrue();
    assertThat(
            CODER.mayYieldEvent(
                tokens("The/the/DT two/two/CD days/day/NNS of/of/IN talks/talk/NNS ended/end/VBD")))
        .isFalse();
  }

  @Test
  void noActorNoEvent() {
    assertThat(
            CODER.mayYieldEvent(
                tokens(
                    "Shares/share/NNS rose/rise/VBD sharply/sharply/RB on/on/IN Monday/Monday/NNP")))
        .isFalse();
  }

  @Test
  void noLexiconVerbNoEvent() {
    assertThat(
            CODER.mayYieldEvent(
                tokens("The/the/DT French/french/JJ weather/weather/NN was/be/VBD mild/mild/JJ")))
        .isFalse();
  }

  @Test
  void aLexiconWordThatIsNotTaggedAsAVerbDoesNotCount() {
    // the coder codes verbs only: "attack" as a noun gives no event without a verb of harm
    assertThat(
            CODER.mayYieldEvent(
                tokens("The/the/DT French/french/JJ attack/attack/NN was/be/VBD brief/brief/JJ")))
        .isFalse();
  }

  @Test
  void parallelListsGiveTheSameAnswer() {
    assertThat(
            CODER.mayYieldEvent(
                List.of("Russian", "troops", "attacked", "Kharkiv"),
                List.of("russian", "troops", "attack", "Kharkiv"),
                List.of("JJ", "NNS", "VBD", "NNP")))
        .isTrue();
    assertThatThrownBy(() -> CODER.mayYieldEvent(List.of("a"), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theParserSeesAnActorBeforeTheVerb() {
    List<Token> subject =
        tokens(
            "Russian/russian/JJ troops/troops/NNS attacked/attack/VBD the/the/DT village/village/NN");
    assertThat(CODER.worthParsing(subject)).isTrue();
  }

  @Test
  void theParserSeesAPassivesAgentAfterBy() {
    List<Token> passive =
        tokens(
            "The/the/DT village/village/NN was/be/VBD attacked/attack/VBN by/by/IN"
                + " Russian/russian/JJ troops/troops/NNS");
    assertThat(CODER.mayYieldEvent(passive)).isTrue();
    assertThat(CODER.worthParsing(passive)).isTrue();
  }

  @Test
  void anActorOnlyAfterTheVerbIsNotWorthAParse() {
    // "it" is no actor the coder resolves, and Russia can only be the object here
    List<Token> objectOnly =
        tokens(
            "It/it/PRP was/be/VBD welcomed/welcome/VBN warmly/warmly/RB in/in/IN"
                + " Russia/Russia/NNP");
    assertThat(CODER.mayYieldEvent(objectOnly)).isTrue();
    assertThat(CODER.worthParsing(objectOnly)).isFalse();
  }

  @Test
  void anUnknownNameBeforeTheVerbMayBeACandidateActor() {
    List<Token> candidate = tokens("Arbelaez/Arbelaez/NNP criticized/criticize/VBD Cuba/Cuba/NNP");
    assertThat(CODER.worthParsing(candidate)).isTrue();
  }
}
