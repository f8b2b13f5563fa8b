package org.annals.eval;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores of {@link GeoEvaluation} on one corpus.
 *
 * @param toponyms gold toponyms with a point (scored)
 * @param withoutPoint gold toponyms without a point (not scored)
 * @param resolved toponyms the geocoder found a place for
 * @param inferred of those, the ones not in the gazetteer, put in the document's main division or
 *     country
 * @param within toponyms resolved within {@link GeoEvaluation#RADIUS_KM} of the gold point
 * @param meanKm mean error (unresolved count as 20039 km)
 * @param medianKm median error (same)
 * @param auc area under the error curve, see {@link GeoEvaluation#auc}
 * @param byPrecision per kind of chosen place: [within 161 km, resolved]
 * @param misses one line per toponym farther than 161 km or unresolved (document, phrase, error,
 *     chosen place)
 */
public record GeoScores(
    String corpus,
    int documents,
    int toponyms,
    int withoutPoint,
    int resolved,
    int inferred,
    int within,
    double meanKm,
    double medianKm,
    double auc,
    Map<String, int[]> byPrecision,
    List<String> misses,
    Duration time) {

  static GeoScores of(
      String corpus,
      int documents,
      int withoutPoint,
      int resolved,
      int inferred,
      double[] errors,
      Map<String, int[]> byPrecision,
      List<String> misses,
      Duration time) {
    int within = 0;
    double sum = 0;
    for (double e : errors) {
      sum += e;
      if (e <= GeoEvaluation.RADIUS_KM) {
        within++;
      }
    }
    return new GeoScores(
        corpus,
        documents,
        errors.length,
        withoutPoint,
        resolved,
        inferred,
        within,
        errors.length == 0 ? 0 : sum / errors.length,
        GeoEvaluation.median(errors),
        GeoEvaluation.auc(errors),
        new TreeMap<>(byPrecision),
        List.copyOf(misses),
        time);
  }

  public double resolvedShare() {
    return toponyms == 0 ? 0 : (double) resolved / toponyms;
  }

  public double accuracy() {
    return toponyms == 0 ? 0 : (double) within / toponyms;
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("corpus", corpus);
    m.put("documents", documents);
    m.put("toponyms", toponyms);
    m.put("toponyms_without_point", withoutPoint);
    m.put("resolved", resolved);
    m.put("resolved_share", Report.round(resolvedShare()));
    m.put("inferred", inferred);
    m.put("within_161km", within);
    m.put("acc_161km", Report.round(accuracy()));
    m.put("mean_error_km", Math.round(meanKm * 10) / 10.0);
    m.put("median_error_km", Math.round(medianKm * 10) / 10.0);
    m.put("auc", Report.round(auc));
    Map<String, Object> kinds = new LinkedHashMap<>();
    byPrecision.forEach(
        (k, v) -> kinds.put(k.toLowerCase(Locale.ROOT), new Ratio(v[0], v[1]).toMap()));
    m.put("acc_161km_by_kind_chosen", kinds);
    m.put("seconds", Report.secondsValue(time));
    return m;
  }
}
