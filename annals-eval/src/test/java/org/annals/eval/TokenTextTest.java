package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.junit.jupiter.api.Test;

class TokenTextTest {
  // "AL-AIN , United Arab Emirates\nJapan won"
  //  0      7 9      16   21       30    36
  static final TokenText TEXT =
      TokenText.join(
          List.of(List.of("AL-AIN", ",", "United", "Arab", "Emirates"), List.of("Japan", "won")));

  @Test
  void joinsTokensWithSpacesAndSentencesWithNewlines() {
    assertThat(TEXT.text()).isEqualTo("AL-AIN , United Arab Emirates\nJapan won");
    assertThat(TEXT.tokenCount()).isEqualTo(7);
    assertThat(TEXT.token(2)).isEqualTo(new CharSpan(9, 15));
    assertThat(TEXT.token(5).of(TEXT.text())).isEqualTo("Japan");
  }

  @Test
  void exactRangesMapToTheirTokens() {
    assertThat(TEXT.align(new CharSpan(9, 29))).contains(new TokenAlignment(2, 5, true));
    assertThat(TEXT.align(new CharSpan(30, 35))).contains(new TokenAlignment(5, 6, true));
    assertThat(TEXT.align(new CharSpan(0, 6))).contains(new TokenAlignment(0, 1, true));
  }

  @Test
  void rangesCuttingIntoATokenMapToTheTokensTheyTouch() {
    // "AIN" of AL-AIN, as a tokenizer that splits hyphens finds it
    assertThat(TEXT.align(new CharSpan(3, 6))).contains(new TokenAlignment(0, 1, false));
    // "Arab Emir"
    assertThat(TEXT.align(new CharSpan(16, 25))).contains(new TokenAlignment(3, 5, false));
    // starting in the space before "United"
    assertThat(TEXT.align(new CharSpan(8, 15))).contains(new TokenAlignment(2, 3, false));
  }

  @Test
  void rangesOnlyInWhiteSpaceOrBeyondTheTextMapToNothing() {
    assertThat(TEXT.align(new CharSpan(8, 9))).isEqualTo(Optional.empty());
    assertThat(TEXT.align(new CharSpan(29, 30))).isEqualTo(Optional.empty());
    assertThat(TEXT.align(new CharSpan(40, 44))).isEqualTo(Optional.empty());
    assertThat(TEXT.align(new CharSpan(3, 3))).isEqualTo(Optional.empty());
  }

  @Test
  void tokensWithWhiteSpaceAreRejected() {
    assertThatThrownBy(() -> TokenText.join(List.of(List.of("New York"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'New York'");
    assertThatThrownBy(() -> TokenText.join(List.of(List.of())))
        .hasMessageContaining("sentence 0 has no tokens");
  }
}
