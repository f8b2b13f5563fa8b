package org.annals.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * True positives, false positives and false negatives of a span comparison.
 *
 * <p>Precision, recall and F1 are 0 when their denominator is 0 (nothing predicted, nothing in the
 * gold), as in the CoNLL {@code conlleval} script.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, got tp="
              + truePositives
              + ", fp="
              + falsePositives
              + ", fn="
              + falseNegatives);
    }
  }

  /** Spans in the gold: {@code tp + fn}. */
  public int gold() {
    return truePositives + falseNegatives;
  }

  /** Spans predicted: {@code tp + fp}. */
  public int predicted() {
    return truePositives + falsePositives;
  }

  public double precision() {
    return ratio(truePositives, predicted());
  }

  public double recall() {
    return ratio(truePositives, gold());
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Counts plus(Counts other) {
    return new Counts(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** For JSON: precision, recall, f1 (rounded to 4 places), then the counts. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", Report.round(precision()));
    m.put("recall", Report.round(recall()));
    m.put("f1", Report.round(f1()));
    m.put("tp", truePositives);
    m.put("fp", falsePositives);
    m.put("fn", falseNegatives);
    m.put("gold", gold());
    m.put("predicted", predicted());
    return m;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
