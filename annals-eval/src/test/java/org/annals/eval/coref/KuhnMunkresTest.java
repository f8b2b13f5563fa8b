package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class KuhnMunkresTest {
  static double total(double[][] w, int[] assignment) {
    double sum = 0;
    boolean[] taken = new boolean[w.length == 0 ? 0 : w[0].length];
    for (int i = 0; i < assignment.length; i++) {
      if (assignment[i] >= 0) {
        assertThat(taken[assignment[i]]).as("column %d given twice", assignment[i]).isFalse();
        taken[assignment[i]] = true;
        sum += w[i][assignment[i]];
      }
    }
    return sum;
  }

  /** The best total by trying every assignment of rows to distinct columns (or none). */
  static double bruteForce(double[][] w, int row, boolean[] taken) {
    if (row == w.length) {
      return 0;
    }
    double best = bruteForce(w, row + 1, taken); // row left without a column
    for (int j = 0; j < taken.length; j++) {
      if (!taken[j]) {
        taken[j] = true;
        best = Math.max(best, w[row][j] + bruteForce(w, row + 1, taken));
        taken[j] = false;
      }
    }
    return best;
  }

  @Test
  void aSquareExample() {
    // of the 6 permutations, the diagonal gives 4 + 5 + 6 = 15 and the best 0->2, 1->0, 2->1
    // gives 8 + 9 + 8 = 25
    double[][] w = {
      {4, 7, 8},
      {9, 5, 1},
      {2, 8, 6}
    };
    int[] a = KuhnMunkres.maximize(w);
    assertThat(a).containsExactly(2, 0, 1);
    assertThat(total(w, a)).isEqualTo(25);
  }

  @Test
  void moreColumnsThanRowsAndMoreRowsThanColumns() {
    double[][] wide = {
      {1, 0, 5},
      {0, 3, 4}
    };
    assertThat(KuhnMunkres.maximize(wide)).containsExactly(2, 1);
    double[][] tall = {
      {1, 0},
      {0, 3},
      {5, 4}
    };
    // rows 1 and 2 get the columns (3 + 5); row 0 none
    assertThat(KuhnMunkres.maximize(tall)).containsExactly(-1, 1, 0);
  }

  @Test
  void sparseWeights() {
    // 2 x 3, only three non-zero weights
    int[] a = KuhnMunkres.maximize(2, 3, List.of(Map.of(0, 0.75, 1, 0.4), Map.of(0, 0.4)));
    assertThat(a).containsExactly(1, 0);
  }

  @Test
  void emptyProblems() {
    assertThat(KuhnMunkres.maximize(new double[0][0])).isEmpty();
    assertThat(KuhnMunkres.maximize(new double[][] {{}, {}})).containsExactly(-1, -1);
  }

  @Test
  void badWeightsAreRejected() {
    assertThatThrownBy(() -> KuhnMunkres.maximize(new double[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 1 weights, row 0 has 2");
    assertThatThrownBy(() -> KuhnMunkres.maximize(new double[][] {{Double.NaN}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KuhnMunkres.maximize(1, 1, List.of(Map.of(3, 1.0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 3 of 1");
  }

  @RepeatedTest(200)
  void matchesBruteForceOnRandomMatrices(RepetitionInfo rep) {
    long seed = 0x5EEDL * rep.getCurrentRepetition();
    Random random = new Random(seed);
    int rows = 1 + random.nextInt(6);
    int columns = 1 + random.nextInt(6);
    double[][] w = new double[rows][columns];
    for (double[] row : w) {
      for (int j = 0; j < columns; j++) {
        // mostly zeros, like CEAF's similarities; some ties
        row[j] = random.nextInt(3) == 0 ? random.nextInt(5) / 4.0 : 0;
      }
    }
    int[] a = KuhnMunkres.maximize(w);
    assertThat(a).hasSize(rows);
    assertThat(total(w, a))
        .as("seed=%d", seed)
        .isCloseTo(bruteForce(w, 0, new boolean[columns]), within(1e-9));
  }
}
