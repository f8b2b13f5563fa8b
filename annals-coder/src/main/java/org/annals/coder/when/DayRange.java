package org.annals.coder.when;

import java.time.LocalDate;
import org.annals.model.DatePrecision;

/** An inclusive range of days and the unit it was given in. */
record DayRange(LocalDate start, LocalDate end, DatePrecision precision) {
  DayRange {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("range ends before it starts: " + start + ".." + end);
    }
  }

  static DayRange day(LocalDate d) {
    return new DayRange(d, d, DatePrecision.DAY);
  }
}
