package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SameLemmaBaselineTest {
  static final EcbCorpus CORPUS = EcbFixtures.corpus();
  // 1_1ecb: checked, comment, said; 1_1ecbplus: checked, entered, said; 2_3ecb: earthquake,
  // struck, quake, killed
  static final List<EventMention> MENTIONS = CORPUS.mentions(true);

  @Test
  void acrossTheCorpusSameHeadWordsCorefer() {
    List<List<String>> clusters = SameLemmaBaseline.lowercase().acrossCorpus(MENTIONS);
    assertThat(clusters)
        .containsExactly(
            List.of("1_1ecb/1", "1_1ecbplus/1"),
            List.of("1_1ecb/4"),
            List.of("1_1ecb/6", "1_1ecbplus/3"),
            List.of("1_1ecbplus/2"),
            List.of("2_3ecb/1"),
            List.of("2_3ecb/2"),
            List.of("2_3ecb/3"),
            List.of("2_3ecb/4"));
  }

  @Test
  void withinTopicsDocumentsOfOtherTopicsDoNotCorefer() {
    // pretend 1_1ecbplus is in another topic: "checked" and "said" no longer link
    Map<String, String> topics = Map.of("1_1ecb", "1", "1_1ecbplus", "9", "2_3ecb", "2");
    List<List<String>> clusters = SameLemmaBaseline.lowercase().withinTopics(MENTIONS, topics);
    assertThat(clusters).hasSize(10).allMatch(c -> c.size() == 1);
    assertThat(SameLemmaBaseline.lowercase().withinTopics(MENTIONS, CORPUS.topicOfDocument()))
        .hasSize(8);
    assertThatThrownBy(() -> SameLemmaBaseline.lowercase().withinTopics(MENTIONS, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no topic for document 1_1ecb");
  }

  @Test
  void aLemmatizerOnTheHeadWord() {
    // a toy lemmatizer: "quake" is an "earthquake"
    SameLemmaBaseline b =
        SameLemmaBaseline.lemmatizer(
            "toy", w -> w.toLowerCase(Locale.ROOT).equals("quake") ? "Earthquake" : w);
    assertThat(b.lemmas()).isEqualTo("toy");
    assertThat(b.acrossCorpus(MENTIONS)).contains(List.of("2_3ecb/1", "2_3ecb/3")).hasSize(7);
  }

  @Test
  void precomputedLemmasWithTheHeadWordAsFallback() {
    SameLemmaBaseline b =
        SameLemmaBaseline.precomputed("given", Map.of("2_3ecb/2", "kill", "2_3ecb/4", "KILL"));
    // struck and killed share "kill"; the others fall back to their head words
    assertThat(b.acrossCorpus(MENTIONS)).contains(List.of("2_3ecb/2", "2_3ecb/4")).hasSize(7);
    assertThat(b.lemma(MENTIONS.get(0))).isEqualTo("checked");
  }
}
