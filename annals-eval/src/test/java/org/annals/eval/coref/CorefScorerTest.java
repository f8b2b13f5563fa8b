package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples with known values: the test cases of the reference coreference scorer
 * (conll/reference-coreference-scorers, test/TestCases.README; "TC-A-n" below), the examples of the
 * MUC (Vilain et al. 1995) and B³ (Bagga and Baldwin 1998) papers listed there, and edge cases.
 * Mentions are single letters; "B" is a mention other than "b".
 */
class CorefScorerTest {
  static final double EPS = 1e-9;

  /** "{a} {bc} {def}" -> [[a], [b, c], [d, e, f]]. */
  static List<List<String>> p(String clusters) {
    List<List<String>> out = new ArrayList<>();
    for (String c : clusters.trim().split("\\s+")) {
      if (c.isEmpty()) {
        continue;
      }
      List<String> cluster = new ArrayList<>();
      for (char ch : c.substring(1, c.length() - 1).toCharArray()) {
        cluster.add(String.valueOf(ch));
      }
      out.add(cluster);
    }
    return out;
  }

  static final List<List<String>> KEY = p("{a} {bc} {def}");

  static void assertRp(RecallPrecision s, double recall, double precision) {
    assertThat(s.recall()).as("recall").isCloseTo(recall, within(EPS));
    assertThat(s.precision()).as("precision").isCloseTo(precision, within(EPS));
  }

  @Test
  void perfectResponseTcA1() {
    CorefScores s = CorefScorer.score(KEY, p("{a} {bc} {def}"));
    assertRp(s.muc(), 1, 1); // 3/3 links
    assertRp(s.bcubed(), 1, 1);
    assertRp(s.ceafe(), 1, 1);
    assertThat(s.conllF1()).isCloseTo(1, within(EPS));
    assertThat(s.keyMentions()).isEqualTo(6);
    assertThat(s.keyClusters()).isEqualTo(3);
  }

  @Test
  void missingMentionsTcA2() {
    CorefScores s = CorefScorer.score(KEY, p("{a} {de}"));
    // MUC recall: {bc} has b and c twinless -> 2 parts -> 0; {def}: {de} + f twinless -> 2 parts
    // -> 1; 1 / (1 + 2). Precision: {de} is in one key cluster: 1 / 1
    assertRp(s.muc(), 1 / 3.0, 1);
    // B3 recall: a 1/1, bc 0, def (2^2)/3 -> (1 + 4/3) / 6 = 7/18; precision: a 1, de 4/2 -> 3/3
    assertRp(s.bcubed(), 7 / 18.0, 1);
    assertThat(s.bcubed().recallNumerator()).isCloseTo(7 / 3.0, within(EPS));
    assertThat(s.bcubed().recallDenominator()).isEqualTo(6);
    // CEAF-e: a-a 1, def-de 2*2/5 = 0.8 -> 1.8; recall 1.8/3, precision 1.8/2
    assertRp(s.ceafe(), 0.6, 0.9);
    assertThat(s.ceafe().f1()).isCloseTo(0.72, within(EPS));
  }

  @Test
  void falseAlarmsTcA3() {
    CorefScores s = CorefScorer.score(KEY, p("{a} {bcx} {defy} {z}"));
    // MUC precision: bcx -> {bc} + x -> 3-2 = 1; defy -> 4-2 = 2; 3 / (2 + 3)
    assertRp(s.muc(), 1, 3 / 5.0);
    assertThat(s.muc().f1()).isCloseTo(0.75, within(EPS));
    // B3 precision: a 1 + bcx 4/3 + defy 9/4 + z 0 = 55/12, over 9 mentions = 55/108
    assertRp(s.bcubed(), 1, 55 / 108.0);
    // CEAF-e: 1 + 2*2/5 + 2*3/7 = 2.657142...; recall /3 = 0.88571, precision /4 = 0.66429
    double sum = 1 + 4 / 5.0 + 6 / 7.0;
    assertRp(s.ceafe(), sum / 3, sum / 4);
    assertThat(s.ceafe().recall()).isCloseTo(0.88571, within(1e-5));
    assertThat(s.ceafe().f1()).isCloseTo(0.75918, within(1e-5));
  }

  @Test
  void missingMentionsAndFalseAlarmsTcA4() {
    CorefScores s = CorefScorer.score(KEY, p("{a} {bcx} {dy} {z}"));
    // MUC recall: bc 1, def -> d + e + f -> 0: 1/3; precision: bcx -> 1, dy -> 0: 1/(2+1)
    assertRp(s.muc(), 1 / 3.0, 1 / 3.0);
    // B3 recall: 1 + 4/2 + 1/3 = 10/3 over 6 = 5/9; precision: 1 + 4/3 + 1/2 + 0 = 17/6 over 7
    assertRp(s.bcubed(), 5 / 9.0, 17 / 42.0);
    // CEAF-e: 1 + 4/5 + 2/5 = 2.2
    assertRp(s.ceafe(), 2.2 / 3, 2.2 / 4);
    assertThat(s.ceafe().f1()).isCloseTo(4.4 / 7, within(EPS));
  }

  @Test
  void anOverlappingMentionInTheAlignedClusterTcA5() {
    CorefScores s = CorefScorer.score(KEY, p("{a} {bcxB} {dy} {z}"));
    // MUC precision: bcxB -> {bc} + x + B -> 4-3 = 1; dy 0; over 3 + 1
    assertRp(s.muc(), 1 / 3.0, 1 / 4.0);
    // B3 precision: 1 + 4/4 + 1/2 = 2.5 over 8 = 5/16
    assertRp(s.bcubed(), 5 / 9.0, 5 / 16.0);
    // CEAF-e: 1 + 2*2/6 + 2/5 = 2.0667
    double sum = 1 + 4 / 6.0 + 2 / 5.0;
    assertRp(s.ceafe(), sum / 3, sum / 4);
    assertThat(s.ceafe().recall()).isCloseTo(0.68889, within(1e-5));
    assertThat(s.ceafe().precision()).isCloseTo(0.51667, within(1e-5));
  }

  @Test
  void anOverlappingMentionInAnUnalignedClusterTcA6() {
    CorefScores s = CorefScorer.score(KEY, p("{a} {bcx} {dy} {Bz}"));
    assertRp(s.muc(), 1 / 3.0, 1 / 4.0);
    // B3 precision: 1 + 4/3 + 1/2 + 0 = 17/6 over 8 = 17/48
    assertRp(s.bcubed(), 5 / 9.0, 17 / 48.0);
    assertRp(s.ceafe(), 2.2 / 3, 2.2 / 4);
  }

  @Test
  void goldMentionsAllSingletonsTcA10() {
    CorefScores s = CorefScorer.score(KEY, p("{a} {b} {c} {d} {e} {f}"));
    // MUC: no correct link; precision 0/0 = 0
    assertRp(s.muc(), 0, 0);
    assertThat(s.muc().precisionDenominator()).isZero();
    // B3 recall: 1 + (1+1)/2 + (1+1+1)/3 = 3 over 6; precision 6/6
    assertRp(s.bcubed(), 0.5, 1);
    assertThat(s.bcubed().f1()).isCloseTo(2 / 3.0, within(EPS));
    // CEAF-e: a 1, bc-b 2/3, def-d 2/4 -> 13/6; recall /3, precision /6
    assertRp(s.ceafe(), 13 / 18.0, 13 / 36.0);
  }

  @Test
  void goldMentionsAllInOneClusterTcA11() {
    CorefScores s = CorefScorer.score(KEY, p("{abcdef}"));
    // MUC precision: 6 - 3 parts = 3 over 5
    assertRp(s.muc(), 1, 3 / 5.0);
    // B3 precision: (1 + 4 + 9) / 6 over 6 = 7/18
    assertRp(s.bcubed(), 1, 7 / 18.0);
    // CEAF-e: one response cluster, best with def: 2*3/9
    assertRp(s.ceafe(), 2 / 9.0, 2 / 3.0);
  }

  @Test
  void systemMentionsAllSingletonsTcA12() {
    CorefScores s = CorefScorer.score(KEY, p("{a} {x} {y} {c} {d} {e} {z}"));
    assertRp(s.muc(), 0, 0);
    // B3 recall: 1 + 1/2 + (1 + 1)/3 = 13/6 over 6; precision: a, c, d, e -> 4 over 7
    assertRp(s.bcubed(), 13 / 36.0, 4 / 7.0);
    assertThat(s.bcubed().f1()).isCloseTo(0.4425, within(1e-4));
  }

  @Test
  void systemMentionsAllInOneClusterTcA13() {
    CorefScores s = CorefScorer.score(KEY, p("{axycdez}"));
    // MUC recall: bc -> c + b twinless -> 0; def -> de + f -> 1; 1/3. Precision: parts a, x, y,
    // z, c, de -> 7 - 6 = 1 over 6
    assertRp(s.muc(), 1 / 3.0, 1 / 6.0);
    assertThat(s.muc().f1()).isCloseTo(2 / 9.0, within(EPS));
    // B3 recall: 1 + 1/2 + 4/3 = 17/6 over 6; precision: (1 + 1 + 4) / 7 over 7 = 6/49
    assertRp(s.bcubed(), 17 / 36.0, 6 / 49.0);
    assertThat(s.bcubed().f1()).isCloseTo(0.19447, within(1e-5));
  }

  @Test
  void mucPaperExamples() {
    // TC-F-1: one key chain split in two
    assertRp(CorefScorer.muc(p("{ABCD}"), p("{AB} {CD}")), 2 / 3.0, 1);
    // TC-G-1: two key chains merged
    assertRp(CorefScorer.muc(p("{AB} {CD}"), p("{ABCD}")), 1, 2 / 3.0);
    // TC-K-1: key BCDEGHJ against ABC DEF GHI (A, F, I twinless)
    assertRp(CorefScorer.muc(p("{BCDEGHJ}"), p("{ABC} {DEF} {GHI}")), 3 / 6.0, 3 / 6.0);
    // TC-L-1: recall (3-2) + (4-3) over 2 + 3; precision 1 + 0 + 1 over 1 + 1 + 2
    assertRp(CorefScorer.muc(p("{ABC} {DEFG}"), p("{AB} {CD} {FGH}")), 2 / 5.0, 2 / 4.0);
  }

  @Test
  void bcubedPaperExamples() {
    // TC-D-1: a small cluster merged into a big one. Precision: 5 * 5/5 + 2 * 2/7 + 5 * 5/7 =
    // 5 + 4/7 + 25/7 = 64/7 over 12 = 16/21
    List<List<String>> key = p("{12345} {67} {89ABC}");
    CorefScores merged = CorefScorer.score(key, p("{12345} {6789ABC}"));
    assertRp(merged.bcubed(), 1, 16 / 21.0);
    assertRp(merged.muc(), 1, 9 / 10.0);
    // TC-E-1: two big clusters merged. Precision: 10 * 5/10 + 2 = 7 over 12
    CorefScores big = CorefScorer.score(key, p("{1234589ABC} {67}"));
    assertRp(big.bcubed(), 1, 7 / 12.0);
    assertRp(big.muc(), 1, 9 / 10.0);
  }

  @Test
  void onlySingletonsOnBothSides() {
    // TC-N-1: MUC has no links to count (0/0 = 0), B3 and CEAF-e are perfect
    CorefScores s = CorefScorer.score(p("{a} {b} {c}"), p("{a} {b} {c}"));
    assertRp(s.muc(), 0, 0);
    assertRp(s.bcubed(), 1, 1);
    assertRp(s.ceafe(), 1, 1);
    assertThat(s.conllF1()).isCloseTo(2 / 3.0, within(EPS));
  }

  @Test
  void nothingToScore() {
    CorefScores s = CorefScorer.score(List.<List<String>>of(), List.<List<String>>of());
    assertRp(s.muc(), 0, 0);
    assertRp(s.bcubed(), 0, 0);
    assertRp(s.ceafe(), 0, 0);
    assertThat(s.conllF1()).isZero();
    // an empty response against a key: recall 0 everywhere
    CorefScores none = CorefScorer.score(KEY, List.<List<String>>of());
    assertThat(none.conllF1()).isZero();
    assertThat(none.bcubed().recallDenominator()).isEqualTo(6);
  }

  @Test
  void emptyClustersAreIgnored() {
    List<List<String>> withEmpty = p("{a} {bc} {def}");
    withEmpty.add(List.of());
    assertThat(CorefScorer.score(KEY, withEmpty).conllF1()).isCloseTo(1, within(EPS));
    assertThat(CorefScorer.score(KEY, withEmpty).responseClusters()).isEqualTo(3);
  }

  @Test
  void aMentionInTwoClustersIsAnError() {
    assertThatThrownBy(() -> CorefScorer.score(KEY, p("{ab} {bc}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mention b is in clusters 0 and 1 of the response");
    assertThatThrownBy(() -> CorefScorer.score(List.of(List.of("a", "a")), KEY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds a mention twice");
  }

  @Test
  void ceafNeedsTheOptimalAlignmentNotTheGreedyOne() {
    // key {abcd} {e}; response {abce} {d}. phi4: abcd-abce 2*3/8 = 0.75, abcd-d 2*1/5 = 0.4,
    // e-abce 2*1/5 = 0.4, e-d 0. Greedy takes the best pair, abcd-abce, then e-d: 0.75. The
    // optimal alignment is abcd-d and e-abce: 0.8
    RecallPrecision s = CorefScorer.ceafe(p("{abcd} {e}"), p("{abce} {d}"));
    assertThat(s.recallNumerator()).isCloseTo(0.8, within(EPS));
    assertRp(s, 0.4, 0.4);
    // one response cluster for two key clusters: only the better pair counts
    assertThat(CorefScorer.ceafe(p("{ab} {c}"), p("{abc} {x}")).recallNumerator())
        .isCloseTo(0.8, within(EPS));
  }
}
