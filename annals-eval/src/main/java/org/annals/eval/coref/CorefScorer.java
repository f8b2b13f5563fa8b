package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * MUC, B³ and CEAF-e over two clusterings of mentions, the key (gold) and the response (system), as
 * the reference coreference scorer v8 computes them (Pradhan et al. 2014, "Scoring Coreference
 * Partitions of Predicted Mentions: A Reference Implementation"). Mentions are any values with
 * {@code equals} and {@code hashCode} (ids, spans).
 *
 * <p>The key and the response may hold different mentions. As in the reference scorer, twinless
 * mentions (in one clustering only) need no padding or removal:
 *
 * <ul>
 *   <li>MUC: recall is Σ(|K| − |p(K)|) / Σ(|K| − 1) over key clusters K, where p(K) is the
 *       partition of K by the response and each of K's mentions missing from the response is a part
 *       of its own; precision swaps key and response. Singletons count for nothing.
 *   <li>B³: recall is Σ over key clusters K and response clusters R of |K ∩ R|² / |K|, divided by
 *       the number of key mentions; precision swaps them. A twinless mention adds 0 to the
 *       numerator and 1 to the denominator.
 *   <li>CEAF-e: the one-to-one alignment of key and response clusters that maximizes the sum of
 *       φ4(K, R) = 2|K ∩ R| / (|K| + |R|) ({@link KuhnMunkres}); recall is that sum over the number
 *       of key clusters, precision over the number of response clusters.
 * </ul>
 *
 * <p>A ratio with a zero denominator is 0 (MUC on singletons only), as in the reference scorer.
 * Empty clusters are ignored; a mention in two clusters of one clustering is an error. Stateless.
 */
public final class CorefScorer {
  private CorefScorer() {}

  /** All three metrics and the CoNLL F1. */
  public static <M> CorefScores score(
      Collection<? extends Collection<M>> key, Collection<? extends Collection<M>> response) {
    Partition<M> k = new Partition<>("key", key);
    Partition<M> r = new Partition<>("response", response);
    return new CorefScores(
        muc(k, r),
        bcubed(k, r),
        ceafe(k, r),
        k.mentions(),
        r.mentions(),
        k.clusters.size(),
        r.clusters.size());
  }

  public static <M> RecallPrecision muc(
      Collection<? extends Collection<M>> key, Collection<? extends Collection<M>> response) {
    return muc(new Partition<>("key", key), new Partition<>("response", response));
  }

  public static <M> RecallPrecision bcubed(
      Collection<? extends Collection<M>> key, Collection<? extends Collection<M>> response) {
    return bcubed(new Partition<>("key", key), new Partition<>("response", response));
  }

  public static <M> RecallPrecision ceafe(
      Collection<? extends Collection<M>> key, Collection<? extends Collection<M>> response) {
    return ceafe(new Partition<>("key", key), new Partition<>("response", response));
  }

  private static <M> RecallPrecision muc(Partition<M> key, Partition<M> response) {
    long[] recall = mucLinks(key, response);
    long[] precision = mucLinks(response, key);
    return new RecallPrecision(recall[0], recall[1], precision[0], precision[1]);
  }

  /** {Σ(|K| − |p(K)|), Σ(|K| − 1)} for the clusters K of {@code of} partitioned by {@code by}. */
  private static <M> long[] mucLinks(Partition<M> of, Partition<M> by) {
    long numerator = 0;
    long denominator = 0;
    for (List<M> cluster : of.clusters) {
      Set<Integer> parts = new java.util.HashSet<>();
      int twinless = 0;
      for (M m : cluster) {
        Integer c = by.clusterOf.get(m);
        if (c == null) {
          twinless++;
        } else {
          parts.add(c);
        }
      }
      numerator += cluster.size() - (parts.size() + twinless);
      denominator += cluster.size() - 1;
    }
    return new long[] {numerator, denominator};
  }

  private static <M> RecallPrecision bcubed(Partition<M> key, Partition<M> response) {
    return new RecallPrecision(
        bcubedSum(key, response), key.mentions(), bcubedSum(response, key), response.mentions());
  }

  /** Σ over clusters C of {@code of} and D of {@code by} of |C ∩ D|² / |C|. */
  private static <M> double bcubedSum(Partition<M> of, Partition<M> by) {
    double sum = 0;
    for (List<M> cluster : of.clusters) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (M m : cluster) {
        Integer c = by.clusterOf.get(m);
        if (c != null) {
          overlap.merge(c, 1, Integer::sum);
        }
      }
      long squares = 0;
      for (int n : overlap.values()) {
        squares += (long) n * n;
      }
      sum += (double) squares / cluster.size();
    }
    return sum;
  }

  private static <M> RecallPrecision ceafe(Partition<M> key, Partition<M> response) {
    double similarity = alignedSimilarity(key, response);
    return new RecallPrecision(
        similarity, key.clusters.size(), similarity, response.clusters.size());
  }

  /**
   * The largest sum of φ4 over one-to-one alignments of key and response clusters. Clusters that
   * share no mention have φ4 = 0, so the problem splits into the connected components of the
   * "shares a mention" graph, each solved on its own.
   */
  private static <M> double alignedSimilarity(Partition<M> key, Partition<M> response) {
    int nk = key.clusters.size();
    int nr = response.clusters.size();
    // overlaps[k]: response cluster -> number of shared mentions
    List<Map<Integer, Integer>> overlaps = new ArrayList<>(nk);
    UnionFind components = new UnionFind(nk + nr);
    for (int k = 0; k < nk; k++) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (M m : key.clusters.get(k)) {
        Integer r = response.clusterOf.get(m);
        if (r != null) {
          overlap.merge(r, 1, Integer::sum);
          components.union(k, nk + r);
        }
      }
      overlaps.add(overlap);
    }
    Map<Integer, List<Integer>> keysByComponent = new HashMap<>();
    for (int k = 0; k < nk; k++) {
      if (!overlaps.get(k).isEmpty()) {
        keysByComponent.computeIfAbsent(components.find(k), c -> new ArrayList<>()).add(k);
      }
    }
    double total = 0;
    for (List<Integer> keys : keysByComponent.values()) {
      // number the component's response clusters 0..n-1
      Map<Integer, Integer> column = new HashMap<>();
      List<Map<Integer, Double>> weights = new ArrayList<>(keys.size());
      double best = 0;
      for (int k : keys) {
        Map<Integer, Double> row = new HashMap<>();
        int sizeK = key.clusters.get(k).size();
        for (Map.Entry<Integer, Integer> e : overlaps.get(k).entrySet()) {
          int sizeR = response.clusters.get(e.getKey()).size();
          double phi4 = 2.0 * e.getValue() / (sizeK + sizeR);
          row.put(column.computeIfAbsent(e.getKey(), r -> column.size()), phi4);
          best = Math.max(best, phi4);
        }
        weights.add(row);
      }
      if (keys.size() == 1 || column.size() == 1) {
        total += best; // one row or one column: the best single pair
        continue;
      }
      int[] assigned = KuhnMunkres.maximize(keys.size(), column.size(), weights);
      for (int i = 0; i < assigned.length; i++) {
        if (assigned[i] >= 0) {
          total += weights.get(i).getOrDefault(assigned[i], 0.0);
        }
      }
    }
    return total;
  }

  /** Clusters without empty ones, and each mention's cluster. */
  private static final class Partition<M> {
    final List<List<M>> clusters = new ArrayList<>();
    final Map<M, Integer> clusterOf = new HashMap<>();

    Partition(String name, Collection<? extends Collection<M>> clustering) {
      Objects.requireNonNull(clustering, name);
      for (Collection<M> cluster : clustering) {
        if (cluster.isEmpty()) {
          continue;
        }
        int index = clusters.size();
        List<M> members = new ArrayList<>(new LinkedHashSet<>(cluster));
        if (members.size() != cluster.size()) {
          throw new IllegalArgumentException(
              "cluster " + index + " of the " + name + " holds a mention twice: " + cluster);
        }
        for (M m : members) {
          Integer earlier = clusterOf.put(Objects.requireNonNull(m, "mention"), index);
          if (earlier != null) {
            throw new IllegalArgumentException(
                "mention "
                    + m
                    + " is in clusters "
                    + earlier
                    + " and "
                    + index
                    + " of the "
                    + name);
          }
        }
        clusters.add(members);
      }
    }

    int mentions() {
      return clusterOf.size();
    }
  }

  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[ra] = rb;
      }
    }
  }
}
