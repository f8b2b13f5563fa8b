package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHeadsTest {
  static String head(String mention) {
    List<String> words = Arrays.asList(mention.split(" "));
    return words.get(EventHeads.headIndex(words));
  }

  @Test
  void oneWordIsItsOwnHead() {
    assertThat(head("shooting")).isEqualTo("shooting");
  }

  @Test
  void aVerbBeforeAParticleOrPreposition() {
    assertThat(head("checked into")).isEqualTo("checked");
    assertThat(head("Checks Into")).isEqualTo("Checks");
    assertThat(head("according to")).isEqualTo("according");
    assertThat(head("putting out of business")).isEqualTo("putting");
    assertThat(head("assault in the first degree")).isEqualTo("assault");
    assertThat(head("break - in")).isEqualTo("break");
  }

  @Test
  void aVerbWithItsObject() {
    assertThat(head("opened fire")).isEqualTo("opened");
    assertThat(head("shooting dead")).isEqualTo("shooting");
  }

  @Test
  void theLastWordOfANounCompound() {
    assertThat(head("prison sentences")).isEqualTo("sentences");
    assertThat(head("magnitude 4 . 6 earthquake")).isEqualTo("earthquake");
    assertThat(head("drunk driving")).isEqualTo("driving");
    assertThat(head("six blocked shots")).isEqualTo("shots");
    assertThat(head("San Francisco gathering 's")).isEqualTo("gathering");
  }

  @Test
  void leadingPrepositionsAndDeterminersAreSkipped() {
    assertThat(head("on probation")).isEqualTo("probation");
    assertThat(head("under pressure")).isEqualTo("pressure");
  }

  @Test
  void punctuationOnlyGivesTheLastToken() {
    assertThat(head("- -")).isEqualTo("-");
    assertThatThrownBy(() -> EventHeads.headIndex(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
