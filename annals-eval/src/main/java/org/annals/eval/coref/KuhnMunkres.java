package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assignment problem by the Hungarian method (Kuhn 1955, Munkres 1957), in the O(n²m) form with
 * row and column potentials and shortest augmenting paths: each row of the smaller side is given
 * its own column so that the total weight is maximal.
 *
 * <p>Weights may be given dense ({@code double[][]}) or sparse (per row, the columns with a
 * non-zero weight), as CEAF's similarity matrices are: most pairs of clusters share no mention.
 * Memory is O(rows + columns) beyond the weights. Stateless.
 */
public final class KuhnMunkres {
  private KuhnMunkres() {}

  /**
   * The assignment with the largest total weight.
   *
   * @param weights {@code weights[i][j]} of giving row i column j; all rows the same length
   * @return for each row its column, or -1 for rows left without one (when there are more rows than
   *     columns)
   */
  public static int[] maximize(double[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    List<Map<Integer, Double>> sparse = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      if (weights[i].length != columns) {
        throw new IllegalArgumentException(
            "row " + i + " has " + weights[i].length + " weights, row 0 has " + columns);
      }
      Map<Integer, Double> row = new HashMap<>();
      for (int j = 0; j < columns; j++) {
        if (weights[i][j] != 0) {
          row.put(j, weights[i][j]);
        }
      }
      sparse.add(row);
    }
    return maximize(rows, columns, sparse);
  }

  /**
   * The assignment with the largest total weight, weights given per row as column → weight; the
   * weights not given are 0.
   *
   * @return for each row its column, or -1 for rows left without one
   */
  public static int[] maximize(
      int rows, int columns, List<? extends Map<Integer, Double>> weights) {
    if (weights.size() != rows) {
      throw new IllegalArgumentException(
          "expected weights for " + rows + " rows, got " + weights.size());
    }
    for (int i = 0; i < rows; i++) {
      for (Map.Entry<Integer, Double> e : weights.get(i).entrySet()) {
        int j = e.getKey();
        double w = e.getValue();
        if (j < 0 || j >= columns) {
          throw new IllegalArgumentException(
              "row " + i + " has a weight for column " + j + " of " + columns);
        }
        if (!Double.isFinite(w)) {
          throw new IllegalArgumentException("row " + i + ", column " + j + ": weight " + w);
        }
      }
    }
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    if (rows == 0 || columns == 0) {
      return result;
    }
    if (rows <= columns) {
      return minimize(rows, columns, weights);
    }
    // more rows than columns: solve the transposed problem
    List<Map<Integer, Double>> transposed = new ArrayList<>(columns);
    for (int j = 0; j < columns; j++) {
      transposed.add(new HashMap<>());
    }
    for (int i = 0; i < rows; i++) {
      for (Map.Entry<Integer, Double> e : weights.get(i).entrySet()) {
        transposed.get(e.getKey()).put(i, e.getValue());
      }
    }
    int[] byColumn = minimize(columns, rows, transposed);
    for (int j = 0; j < columns; j++) {
      result[byColumn[j]] = j;
    }
    return result;
  }

  /**
   * Gives each of the n rows one of the m columns (n <= m) at minimal total cost, the cost being
   * minus the weight. Arrays are 1-based; column 0 is the virtual start of each augmenting path.
   */
  private static int[] minimize(int n, int m, List<? extends Map<Integer, Double>> weights) {
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] rowOf = new int[m + 1]; // the row given column j, 0 for none
    int[] way = new int[m + 1];
    double[] minimum = new double[m + 1];
    boolean[] used = new boolean[m + 1];
    double[] cost = new double[m + 1];
    for (int i = 1; i <= n; i++) {
      rowOf[0] = i;
      int j0 = 0;
      Arrays.fill(minimum, Double.POSITIVE_INFINITY);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = rowOf[j0];
        Arrays.fill(cost, 0);
        for (Map.Entry<Integer, Double> e : weights.get(i0 - 1).entrySet()) {
          cost[e.getKey() + 1] = -e.getValue();
        }
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double reduced = cost[j] - u[i0] - v[j];
            if (reduced < minimum[j]) {
              minimum[j] = reduced;
              way[j] = j0;
            }
            if (minimum[j] < delta) {
              delta = minimum[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[rowOf[j]] += delta;
            v[j] -= delta;
          } else {
            minimum[j] -= delta;
          }
        }
        j0 = j1;
      } while (rowOf[j0] != 0);
      do {
        int j1 = way[j0];
        rowOf[j0] = rowOf[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] columnOf = new int[n];
    Arrays.fill(columnOf, -1);
    for (int j = 1; j <= m; j++) {
      if (rowOf[j] != 0) {
        columnOf[rowOf[j] - 1] = j - 1;
      }
    }
    return columnOf;
  }
}
