package org.annals.eval;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** What an evaluation prints: a text table for people and a map for JSON. */
public interface Report {
  /** Several lines for a terminal, ending with a line break. */
  String table();

  /**
   * The scores as nested maps, lists, strings and numbers (ready for any JSON writer). Keys are
   * snake_case and a contract: extend, never rename.
   */
  Map<String, Object> toMap();

  /** Rounds to 4 decimal places, for JSON. */
  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  /** {@code 0.8123}: four decimal places, for tables. */
  static String fixed(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** {@code 12.3}: seconds with one decimal place. */
  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
  }

  /** Seconds as a number rounded to 0.01, for JSON. */
  static double secondsValue(Duration d) {
    return Math.round(d.toMillis() / 10.0) / 100.0;
  }
}
