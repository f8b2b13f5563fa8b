package org.annals.eval.coref;

import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.eval.Report;

/**
 * Recall and precision kept as numerators and denominators, as the reference coreference scorer
 * prints them ({@code Recall: (3 / 5)}). A ratio with a zero denominator is 0, as there.
 */
public record RecallPrecision(
    double recallNumerator,
    double recallDenominator,
    double precisionNumerator,
    double precisionDenominator) {
  public RecallPrecision {
    if (!(recallNumerator >= 0
        && recallDenominator >= 0
        && precisionNumerator >= 0
        && precisionDenominator >= 0)) {
      throw new IllegalArgumentException(
          "recall and precision need non-negative parts, got recall "
              + recallNumerator
              + "/"
              + recallDenominator
              + ", precision "
              + precisionNumerator
              + "/"
              + precisionDenominator);
    }
  }

  public double recall() {
    return recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
  }

  public double precision() {
    return precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
  }

  /** The harmonic mean of recall and precision; 0 when both are 0. */
  public double f1() {
    double r = recall();
    double p = precision();
    return r + p == 0 ? 0 : 2 * r * p / (r + p);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("recall", Report.round(recall()));
    m.put("precision", Report.round(precision()));
    m.put("f1", Report.round(f1()));
    m.put("recall_numerator", Report.round(recallNumerator));
    m.put("recall_denominator", Report.round(recallDenominator));
    m.put("precision_numerator", Report.round(precisionNumerator));
    m.put("precision_denominator", Report.round(precisionDenominator));
    return m;
  }
}
