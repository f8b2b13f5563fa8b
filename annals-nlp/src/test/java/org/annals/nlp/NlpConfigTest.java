package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NlpConfigTest {
  @Test
  void emptySettingsGiveDefaults() {
    assertThat(NlpConfig.from(Map.of())).isEqualTo(NlpConfig.DEFAULTS);
    assertThat(NlpConfig.DEFAULTS).isEqualTo(new NlpConfig(true, true, 120, true));
  }

  @Test
  void readsEveryKey() {
    NlpConfig config =
        NlpConfig.from(
            Map.of(
                "depparse", "false",
                "sutime", "false",
                "maxSentenceTokens", "80",
                "parseFilter", "false"));
    assertThat(config).isEqualTo(new NlpConfig(false, false, 80, false));
  }

  @Test
  void roundTripsThroughToMap() {
    NlpConfig config = new NlpConfig(true, false, 60, false);
    assertThat(NlpConfig.from(config.toMap())).isEqualTo(config);
  }

  @Test
  void rejectsUnknownKeysListingTheKnownOnes() {
    assertThatThrownBy(() -> NlpConfig.from(Map.of("depparse", "true", "maxTokens", "5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown nlp settings [maxTokens]; known: "
                + "[depparse, sutime, maxSentenceTokens, parseFilter]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TRUE", "True", "yes", "1", "", " true"})
  void booleansAreStrict(String raw) {
    assertThatThrownBy(() -> NlpConfig.from(Map.of("sutime", raw)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nlp setting sutime must be true or false, got '" + raw + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "abc", "1.5", " 12", "99999999999"})
  void maxSentenceTokensMustBePositiveWholeNumber(String raw) {
    assertThatThrownBy(() -> NlpConfig.from(Map.of("maxSentenceTokens", raw)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nlp setting maxSentenceTokens must be a whole number >= 1, got '" + raw + "'");
  }

  @Test
  void nullValueIsReportedNotThrownAsNpe() {
    Map<String, String> settings = new HashMap<>();
    settings.put("parseFilter", null);
    assertThatThrownBy(() -> NlpConfig.from(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nlp setting parseFilter must be true or false, got null");
  }

  @Test
  void constructorValidates() {
    assertThatThrownBy(() -> new NlpConfig(true, true, 0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxSentenceTokens=0");
  }

  @Test
  void doesNotModifyTheCallersMap() {
    Map<String, String> settings = new HashMap<>(Map.of("depparse", "false"));
    NlpConfig.from(settings);
    assertThat(settings).containsExactly(Map.entry("depparse", "false"));
  }
}
