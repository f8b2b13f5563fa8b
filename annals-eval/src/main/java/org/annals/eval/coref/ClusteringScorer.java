package org.annals.eval.coref;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Purity, inverse purity and the Adjusted Rand Index of a predicted clustering against a gold one
 * over the same items (e.g. documents clustered into stories, against the gold topics). Stateless.
 */
public final class ClusteringScorer {
  private ClusteringScorer() {}

  /**
   * Scores {@code predicted} against {@code gold}, both partitions of the same items.
   *
   * @throws IllegalArgumentException when there are no items, an item is in two clusters of one
   *     clustering, or an item is in one clustering only
   */
  public static <T> ClusteringScores score(
      Collection<? extends Collection<T>> gold, Collection<? extends Collection<T>> predicted) {
    Map<T, Integer> goldOf = index("gold", gold);
    Map<T, Integer> predictedOf = index("predicted", predicted);
    for (T item : goldOf.keySet()) {
      if (!predictedOf.containsKey(item)) {
        throw new IllegalArgumentException(
            "item " + item + " is in the gold clustering but not in the predicted one");
      }
    }
    for (T item : predictedOf.keySet()) {
      if (!goldOf.containsKey(item)) {
        throw new IllegalArgumentException(
            "item " + item + " is in the predicted clustering but not in the gold one");
      }
    }
    int n = goldOf.size();
    if (n == 0) {
      throw new IllegalArgumentException("no items to score");
    }
    int goldCount = distinct(goldOf);
    int predictedCount = distinct(predictedOf);
    // the contingency table, sparse: (gold, predicted) -> items
    Map<Long, Integer> cells = new HashMap<>();
    int[] goldSizes = new int[goldCount];
    int[] predictedSizes = new int[predictedCount];
    for (Map.Entry<T, Integer> e : goldOf.entrySet()) {
      int g = e.getValue();
      int p = predictedOf.get(e.getKey());
      cells.merge(((long) g << 32) | p, 1, Integer::sum);
      goldSizes[g]++;
      predictedSizes[p]++;
    }
    int[] bestGoldInPredicted = new int[predictedCount];
    int[] bestPredictedInGold = new int[goldCount];
    double pairsTogether = 0;
    for (Map.Entry<Long, Integer> cell : cells.entrySet()) {
      int g = (int) (cell.getKey() >>> 32);
      int p = (int) (cell.getKey() & 0xffffffffL);
      int count = cell.getValue();
      bestGoldInPredicted[p] = Math.max(bestGoldInPredicted[p], count);
      bestPredictedInGold[g] = Math.max(bestPredictedInGold[g], count);
      pairsTogether += pairs(count);
    }
    double purity = (double) sum(bestGoldInPredicted) / n;
    double inversePurity = (double) sum(bestPredictedInGold) / n;
    double goldPairs = 0;
    for (int s : goldSizes) {
      goldPairs += pairs(s);
    }
    double predictedPairs = 0;
    for (int s : predictedSizes) {
      predictedPairs += pairs(s);
    }
    double expected = pairs(n) == 0 ? 0 : goldPairs * predictedPairs / pairs(n);
    double maximum = (goldPairs + predictedPairs) / 2;
    // maximum == expected only when both are all singletons or both one cluster: the same
    // clustering, which is perfect agreement
    double ari = maximum == expected ? 1.0 : (pairsTogether - expected) / (maximum - expected);
    return new ClusteringScores(n, goldCount, predictedCount, purity, inversePurity, ari);
  }

  /** Scores {@code predicted} against the gold label of each item. */
  public static <T> ClusteringScores score(
      Map<T, String> goldLabels, Collection<? extends Collection<T>> predicted) {
    Map<String, List<T>> byLabel = new java.util.LinkedHashMap<>();
    goldLabels.forEach(
        (item, label) ->
            byLabel.computeIfAbsent(label, l -> new java.util.ArrayList<>()).add(item));
    return score(byLabel.values(), predicted);
  }

  private static <T> Map<T, Integer> index(
      String name, Collection<? extends Collection<T>> clustering) {
    Map<T, Integer> of = new HashMap<>();
    int index = 0;
    for (Collection<T> cluster : clustering) {
      if (cluster.isEmpty()) {
        continue;
      }
      for (T item : cluster) {
        Integer earlier = of.put(Objects.requireNonNull(item, "item"), index);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "item " + item + " is twice in the " + name + " clustering");
        }
      }
      index++;
    }
    return of;
  }

  private static <T> int distinct(Map<T, Integer> of) {
    return (int) of.values().stream().distinct().count();
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }

  private static long sum(int[] values) {
    long s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }
}
