package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidateActorTest {
  // "Colombian Defense Minister Tomas Arbelaez accused Venezuela of hoarding."
  private static final EventEvidence EVIDENCE =
      new EventEvidence(0, new CharSpan(0, 72), new CharSpan(42, 49), "112 accuse");

  private static CandidateActor arbelaez(CharSpan span, String nerType, Optional<String> sector) {
    return new CandidateActor(
        "Tomás Arbeláez",
        "Tomás Arbeláez",
        nerType,
        Optional.of("COL"),
        sector,
        Optional.of("COLGOV"),
        Optional.of("Colombian Defense Minister"),
        CandidateActor.Side.SOURCE,
        "112",
        Optional.of("VEN"),
        Optional.of("COLGOV"),
        span,
        EVIDENCE);
  }

  @Test
  void keepsWhatItIsGiven() {
    CandidateActor c = arbelaez(new CharSpan(27, 41), "PERSON", Optional.of("GOV"));
    assertThat(c.side().label()).isEqualTo("source");
    assertThat(c.likelyCode()).contains("COLGOV");
    assertThat(c.key()).isEqualTo("tomas arbelaez");
  }

  @Test
  void rejectsAnUnknownNerType() {
    assertThatThrownBy(() -> arbelaez(new CharSpan(27, 41), "LOCATION", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LOCATION");
  }

  @Test
  void rejectsASectorThatIsNotAnAgentCode() {
    assertThatThrownBy(() -> arbelaez(new CharSpan(27, 41), "PERSON", Optional.of("gov")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sector")
        .hasMessageContaining("'gov'");
  }

  @Test
  void rejectsANameOutsideItsSentence() {
    assertThatThrownBy(() -> arbelaez(new CharSpan(70, 80), "PERSON", Optional.of("GOV")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside its sentence");
  }
}
