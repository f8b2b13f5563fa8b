package org.annals.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.geo.GeoContext;
import org.annals.geo.Geocoder;
import org.annals.geo.Place;
import org.annals.geo.Resolution;
import org.annals.geo.Toponym;

/**
 * Toponym resolution given gold toponyms: each document's gold toponyms (phrase and offsets) are
 * resolved together by the {@link Geocoder} (context: the document's other toponyms; no NER), and
 * the chosen place is compared with the gold point.
 *
 * <p>Metrics over all gold toponyms with a point; an unresolved toponym counts as an error of
 * {@value org.annals.geo.Geo#MAX_ERROR_KM} km (half the earth's circumference): accuracy within 161
 * km (100 miles), mean and median error, and the AUC of the error curve, see {@link #auc}.
 */
public final class GeoEvaluation {
  /** The accuracy radius of the field, 100 miles. */
  public static final double RADIUS_KM = 161;

  private GeoEvaluation() {}

  /** Resolves and scores one corpus. */
  public static GeoScores run(GeoCorpus corpus, Geocoder geocoder, Progress progress) {
    long t0 = System.nanoTime();
    List<Double> errors = new ArrayList<>();
    int resolved = 0;
    int inferred = 0;
    Map<String, int[]> byPrecision = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int done = 0;
    for (GeoCorpus.Document d : corpus.documents()) {
      List<Toponym> tops = new ArrayList<>();
      for (GeoCorpus.GoldToponym g : d.toponyms()) {
        tops.add(new Toponym(g.name(), g.start(), g.end()));
      }
      List<Resolution> rs = geocoder.resolve(d.text(), tops, GeoContext.NONE);
      for (int i = 0; i < rs.size(); i++) {
        GeoCorpus.GoldToponym g = d.toponyms().get(i);
        Resolution r = rs.get(i);
        double err;
        if (r.resolved()) {
          resolved++;
          if (r.inferred()) {
            inferred++;
          }
          Place p = r.place().orElseThrow();
          err = p.distanceKm(g.lat(), g.lon());
          int[] c = byPrecision.computeIfAbsent(p.kind().name(), k -> new int[2]);
          c[1]++;
          if (err <= RADIUS_KM) {
            c[0]++;
          }
          if (err > RADIUS_KM) {
            misses.add(
                String.format(
                    java.util.Locale.ROOT,
                    "%s\t%s\t%.0f km\t%s",
                    d.id(),
                    g.name(),
                    err,
                    p.describe()));
          }
        } else {
          err = org.annals.geo.Geo.MAX_ERROR_KM;
          misses.add(d.id() + "\t" + g.name() + "\tunresolved");
        }
        errors.add(err);
      }
      progress.documentDone(++done, corpus.documents().size());
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
    return GeoScores.of(
        corpus.name(),
        corpus.documents().size(),
        corpus.withoutPoint(),
        resolved,
        inferred,
        e,
        byPrecision,
        misses,
        Duration.ofNanos(System.nanoTime() - t0));
  }

  /**
   * The AUC of the error curve (Gritta et al. 2018): the errors sorted ascending, each scaled to
   * {@code ln(1 + km) / ln(20039)} (0 = exact, 1 = the far side of the earth), and the area under
   * that curve by the trapezoidal rule over x in [0, 1]. Lower is better; 0 for no errors.
   */
  public static double auc(double[] errorsKm) {
    if (errorsKm.length == 0) {
      return 0;
    }
    double[] s = errorsKm.clone();
    Arrays.sort(s);
    double max = Math.log(org.annals.geo.Geo.MAX_ERROR_KM);
    double[] y = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      y[i] = Math.min(1.0, Math.log1p(Math.max(0, s[i])) / max);
    }
    if (y.length == 1) {
      return y[0];
    }
    double area = 0;
    for (int i = 1; i < y.length; i++) {
      area += (y[i - 1] + y[i]) / 2;
    }
    return area / (y.length - 1);
  }

  /** The median of the values (mean of the two middle ones for an even count); 0 if none. */
  public static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
}
