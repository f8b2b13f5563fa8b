package org.annals.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exact-match scores per type and micro-averaged over all types.
 *
 * @param byType per type, in type order
 * @param micro the sum of the per-type counts
 */
public record SpanScores(SortedMap<String, Counts> byType, Counts micro) {
  public SpanScores {
    byType = new TreeMap<>(byType);
  }

  /** The counts of {@code type}, zero when it never occurred. */
  public Counts of(String type) {
    return byType.getOrDefault(type, Counts.ZERO);
  }

  /** Macro-averaged F1: the mean of the per-type F1 scores (0 without types). */
  public double macroF1() {
    return byType.values().stream().mapToDouble(Counts::f1).average().orElse(0);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> types = new LinkedHashMap<>();
    byType.forEach((type, counts) -> types.put(type, counts.toMap()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("by_type", types);
    m.put("micro", micro.toMap());
    m.put("macro_f1", Report.round(macroF1()));
    return m;
  }

  /** Rows {@code type precision recall f1 tp fp fn gold predicted}, then {@code micro}. */
  String table(String indent) {
    TextTable t = new TextTable("type", "precision", "recall", "f1", "tp", "fp", "fn");
    byType.forEach((type, c) -> row(t, type, c));
    row(t, "micro", micro);
    return t.render(indent);
  }

  private static void row(TextTable t, String label, Counts c) {
    t.row(
        label,
        Report.fixed(c.precision()),
        Report.fixed(c.recall()),
        Report.fixed(c.f1()),
        c.truePositives(),
        c.falsePositives(),
        c.falseNegatives());
  }
}
