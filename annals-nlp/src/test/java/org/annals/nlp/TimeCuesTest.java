package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.CharSpan;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/** Which sentences SUTime runs on under the sentence filter. */
class TimeCuesTest {
  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      out.add(new Token(out.size(), new CharSpan(0, 0), w, w, "NN", "O"));
    }
    return out;
  }

  @Test
  void digitsAndWordsOfTimeAreCues() {
    assertThat(TimeCues.any(tokens("They met on Monday"))).isTrue();
    assertThat(TimeCues.any(tokens("They met two weeks ago"))).isTrue();
    assertThat(TimeCues.any(tokens("The deal of 2015 holds"))).isTrue();
    assertThat(TimeCues.any(tokens("They met in MARCH"))).isTrue();
  }

  @Test
  void aSentenceWithoutThemHasNothingForSutime() {
    assertThat(TimeCues.any(tokens("Troops attacked the village , officials said"))).isFalse();
  }
}
