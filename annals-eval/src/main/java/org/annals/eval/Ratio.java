package org.annals.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code hits} out of {@code total}, e.g. an accuracy; 0 when {@code total} is 0. */
public record Ratio(int hits, int total) {
  public static final Ratio NONE = new Ratio(0, 0);

  public Ratio {
    if (hits < 0 || total < hits) {
      throw new IllegalArgumentException(
          "ratio needs 0 <= hits <= total, got hits=" + hits + ", total=" + total);
    }
  }

  public static Ratio of(boolean hit) {
    return new Ratio(hit ? 1 : 0, 1);
  }

  public double value() {
    return total == 0 ? 0 : (double) hits / total;
  }

  public Ratio plus(Ratio other) {
    return new Ratio(hits + other.hits, total + other.total);
  }

  /** {@code 0.9231 (12/13)}, or {@code - (0/0)} when there is nothing to count. */
  public String describe() {
    return (total == 0 ? "-" : Report.fixed(value())) + " (" + hits + "/" + total + ")";
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", total == 0 ? null : Report.round(value()));
    m.put("hits", hits);
    m.put("total", total);
    return m;
  }
}
