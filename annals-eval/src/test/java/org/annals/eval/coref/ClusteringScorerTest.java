package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScorerTest {
  static final double EPS = 1e-9;

  /**
   * The purity example of Manning, Raghavan and Schütze, Introduction to Information Retrieval,
   * fig. 16.4: 17 items of classes x (8), o (5) and d (4) in three clusters: {5 x, 1 o}, {1 x, 4 o,
   * 1 d}, {2 x, 3 d}.
   */
  static Map<String, String> goldLabels() {
    Map<String, String> gold = new LinkedHashMap<>();
    for (int i = 1; i <= 8; i++) {
      gold.put("x" + i, "x");
    }
    for (int i = 1; i <= 5; i++) {
      gold.put("o" + i, "o");
    }
    for (int i = 1; i <= 4; i++) {
      gold.put("d" + i, "d");
    }
    return gold;
  }

  static final List<List<String>> CLUSTERS =
      List.of(
          List.of("x1", "x2", "x3", "x4", "x5", "o1"),
          List.of("x6", "o2", "o3", "o4", "o5", "d1"),
          List.of("x7", "x8", "d2", "d3", "d4"));

  @Test
  void theTextbookExample() {
    ClusteringScores s = ClusteringScorer.score(goldLabels(), CLUSTERS);
    assertThat(s.items()).isEqualTo(17);
    assertThat(s.goldClusters()).isEqualTo(3);
    assertThat(s.predictedClusters()).isEqualTo(3);
    // purity: (5 + 4 + 3) / 17 = 0.7059, as in the book
    assertThat(s.purity()).isCloseTo(12 / 17.0, within(EPS));
    // inverse purity: x is mostly in cluster 1 (5), o in 2 (4), d in 3 (3): 12 / 17
    assertThat(s.inversePurity()).isCloseTo(12 / 17.0, within(EPS));
    assertThat(s.f1()).isCloseTo(12 / 17.0, within(EPS));
    // ARI: pairs together in both: C(5,2) + C(4,2) + C(2,2) + C(3,2) = 10 + 6 + 1 + 3 = 20;
    // cluster pairs C(6,2) + C(6,2) + C(5,2) = 40; class pairs C(8,2) + C(5,2) + C(4,2) = 44;
    // expected 40 * 44 / C(17,2) = 1760 / 136; maximum (40 + 44) / 2 = 42;
    // (20 - 1760/136) / (42 - 1760/136) = 0.242915
    double expected = 1760 / 136.0;
    assertThat(s.adjustedRandIndex()).isCloseTo((20 - expected) / (42 - expected), within(EPS));
    assertThat(s.adjustedRandIndex()).isCloseTo(0.2429, within(1e-4));
  }

  @Test
  void theGoldClusteringIsPerfect() {
    Map<String, String> gold = goldLabels();
    List<List<String>> same =
        List.of(
            List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8"),
            List.of("o1", "o2", "o3", "o4", "o5"),
            List.of("d1", "d2", "d3", "d4"));
    ClusteringScores s = ClusteringScorer.score(gold, same);
    assertThat(s.purity()).isEqualTo(1);
    assertThat(s.inversePurity()).isEqualTo(1);
    assertThat(s.f1()).isEqualTo(1);
    assertThat(s.adjustedRandIndex()).isCloseTo(1, within(EPS));
  }

  @Test
  void allSingletonsArePureButSplitEverything() {
    List<List<String>> singletons = new ArrayList<>();
    goldLabels().keySet().forEach(k -> singletons.add(List.of(k)));
    ClusteringScores s = ClusteringScorer.score(goldLabels(), singletons);
    assertThat(s.purity()).isEqualTo(1);
    assertThat(s.inversePurity()).isCloseTo(3 / 17.0, within(EPS));
    // no pair together: index 0, expected 0
    assertThat(s.adjustedRandIndex()).isCloseTo(0, within(EPS));
  }

  @Test
  void oneBigClusterSplitsNothingButMixesEverything() {
    List<List<String>> one = List.of(new ArrayList<>(goldLabels().keySet()));
    ClusteringScores s = ClusteringScorer.score(goldLabels(), one);
    assertThat(s.purity()).isCloseTo(8 / 17.0, within(EPS));
    assertThat(s.inversePurity()).isEqualTo(1);
    // index = class pairs = expected: 0
    assertThat(s.adjustedRandIndex()).isCloseTo(0, within(EPS));
  }

  @Test
  void identicalDegenerateClusteringsAgreePerfectly() {
    assertThat(
            ClusteringScorer.score(
                    List.of(List.of("a"), List.of("b")), List.of(List.of("b"), List.of("a")))
                .adjustedRandIndex())
        .isEqualTo(1);
    assertThat(
            ClusteringScorer.score(List.of(List.of("a", "b")), List.of(List.of("b", "a")))
                .adjustedRandIndex())
        .isEqualTo(1);
    assertThat(
            ClusteringScorer.score(List.of(List.of("a")), List.of(List.of("a")))
                .adjustedRandIndex())
        .isEqualTo(1);
  }

  @Test
  void worseThanChanceIsNegative() {
    // gold {ab} {cd}; predicted {ac} {bd}: no pair together in both; expected 2 * 2 / 6
    ClusteringScores s =
        ClusteringScorer.score(
            List.of(List.of("a", "b"), List.of("c", "d")),
            List.of(List.of("a", "c"), List.of("b", "d")));
    assertThat(s.adjustedRandIndex()).isCloseTo((0 - 4 / 6.0) / (2 - 4 / 6.0), within(EPS));
    assertThat(s.purity()).isEqualTo(0.5);
  }

  @Test
  void theClusteringsMustCoverTheSameItems() {
    assertThatThrownBy(
            () -> ClusteringScorer.score(List.of(List.of("a", "b")), List.of(List.of("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item b is in the gold clustering but not in the predicted one");
    assertThatThrownBy(
            () -> ClusteringScorer.score(List.of(List.of("a")), List.of(List.of("a", "z"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item z is in the predicted clustering but not in the gold one");
    assertThatThrownBy(
            () ->
                ClusteringScorer.score(
                    List.of(List.of("a", "b")), List.of(List.of("a"), List.of("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item a is twice in the predicted clustering");
    assertThatThrownBy(
            () -> ClusteringScorer.score(List.<List<String>>of(), List.<List<String>>of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no items");
  }
}
