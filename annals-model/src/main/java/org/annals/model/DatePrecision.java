package org.annals.model;

/** How precise a date is. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  UNKNOWN;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
