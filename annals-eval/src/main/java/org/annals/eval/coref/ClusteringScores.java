package org.annals.eval.coref;

import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.eval.Report;

/**
 * How well a predicted clustering of items (documents into stories) matches a gold one.
 *
 * @param items the items clustered
 * @param goldClusters clusters in the gold clustering
 * @param predictedClusters clusters in the predicted clustering
 * @param purity the share of items in the gold cluster most common in their predicted cluster; 1
 *     when no predicted cluster mixes gold clusters (all singletons get 1)
 * @param inversePurity the share of items in the predicted cluster most common in their gold
 *     cluster; 1 when no gold cluster is split (one big cluster gets 1)
 * @param adjustedRandIndex the Rand index corrected for chance (Hubert and Arabie 1985): 1 for the
 *     gold clustering, about 0 for a random one, negative for worse than random
 */
public record ClusteringScores(
    int items,
    int goldClusters,
    int predictedClusters,
    double purity,
    double inversePurity,
    double adjustedRandIndex) {

  /** The harmonic mean of purity and inverse purity. */
  public double f1() {
    return purity + inversePurity == 0 ? 0 : 2 * purity * inversePurity / (purity + inversePurity);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", items);
    m.put("gold_clusters", goldClusters);
    m.put("predicted_clusters", predictedClusters);
    m.put("purity", Report.round(purity));
    m.put("inverse_purity", Report.round(inversePurity));
    m.put("f1", Report.round(f1()));
    m.put("adjusted_rand_index", Report.round(adjustedRandIndex));
    return m;
  }
}
