package org.annals.coder.when;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.DatePrecision;

/**
 * The days a TIMEX3 DATE or TIME value covers: {@code 2022-02-16} (or {@code 2022-02-16TNI}) a day,
 * {@code 2022-W07} a week, {@code 2022-W07-WE} its weekend, {@code 2022-02} a month, {@code
 * 2022-Q1} and seasons their months, {@code 2022} a year, {@code 199} (or {@code 199X}) a decade,
 * {@code 19} a century. Values that name no days ({@code PRESENT_REF}, {@code PAST_REF}, {@code
 * XXXX-WXX-3}, durations, sets) give nothing.
 */
final class TimexValue {
  private static final Pattern DAY = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T.*)?");
  private static final Pattern WEEK =
      Pattern.compile("([0-9]{4})-W([0-9]{2})(-WE|-[1-7])?(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Pattern PART = Pattern.compile("([0-9]{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
  private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
  private static final Pattern DECADE = Pattern.compile("([0-9]{3})X?");
  private static final Pattern CENTURY = Pattern.compile("([0-9]{2})(?:XX)?");

  private TimexValue() {}

  static Optional<DayRange> range(String value) {
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        return Optional.of(DayRange.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
      }
      m = WEEK.matcher(value);
      if (m.matches()) {
        LocalDate monday =
            LocalDate.of(num(m, 1), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String day = m.group(3);
        if (day == null) {
          return Optional.of(new DayRange(monday, monday.plusDays(6), DatePrecision.WEEK));
        }
        if (day.equals("-WE")) {
          return Optional.of(
              new DayRange(monday.plusDays(5), monday.plusDays(6), DatePrecision.DAY));
        }
        return Optional.of(DayRange.day(monday.plusDays(Integer.parseInt(day.substring(1)) - 1)));
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        return Optional.of(months(LocalDate.of(num(m, 1), num(m, 2), 1), 1));
      }
      m = PART.matcher(value);
      if (m.matches()) {
        int year = num(m, 1);
        String part = m.group(2);
        return Optional.of(
            switch (part) {
              case "H1" -> months(LocalDate.of(year, 1, 1), 6);
              case "H2" -> months(LocalDate.of(year, 7, 1), 6);
              case "SP" -> months(LocalDate.of(year, 3, 1), 3);
              case "SU" -> months(LocalDate.of(year, 6, 1), 3);
              case "FA" -> months(LocalDate.of(year, 9, 1), 3);
              case "WI" -> months(LocalDate.of(year, 12, 1), 3);
              default -> months(LocalDate.of(year, 3 * (part.charAt(1) - '1') + 1, 1), 3);
            });
      }
      m = YEAR.matcher(value);
      if (m.matches()) {
        return Optional.of(years(num(m, 1), 1));
      }
      m = DECADE.matcher(value);
      if (m.matches()) {
        return Optional.of(years(num(m, 1) * 10, 10));
      }
      m = CENTURY.matcher(value);
      if (m.matches()) {
        return Optional.of(years(num(m, 1) * 100, 100));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  static DayRange months(LocalDate first, int count) {
    return new DayRange(first, first.plusMonths(count).minusDays(1), DatePrecision.MONTH);
  }

  static DayRange years(int first, int count) {
    return new DayRange(
        LocalDate.of(first, 1, 1), LocalDate.of(first + count - 1, 12, 31), DatePrecision.YEAR);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
