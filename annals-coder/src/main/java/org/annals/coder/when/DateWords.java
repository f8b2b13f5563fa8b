package org.annals.coder.when;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.DatePrecision;

/**
 * Reads the words of a time expression as news uses them, against the publication date. Gives
 * nothing for words it has no rule for (the caller then uses the TIMEX3 value) and for relative
 * words when the publication date is unknown.
 */
final class DateWords {
  private static final String WEEKDAY =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?";
  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
  private static final String DAY = "([0-9]{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)[0-9]{2})";
  private static final String PART_OF_DAY = "(?: (?:morning|afternoon|evening|night))?";
  private static final String NUMBER =
      "([0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)";

  private static final Pattern TODAY =
      Pattern.compile(
          "(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))(?:'s)?");
  private static final Pattern YESTERDAY =
      Pattern.compile("yesterday" + PART_OF_DAY + "|last night|overnight");
  private static final Pattern TOMORROW = Pattern.compile("tomorrow" + PART_OF_DAY);
  private static final Pattern WEEKDAY_WORDS =
      Pattern.compile(
          "(?:(last|this past|past|this|next|this coming|coming|early|late) )?"
              + WEEKDAY
              + PART_OF_DAY);
  private static final Pattern PERIOD =
      Pattern.compile(
          "(last|past|previous|this|current|next|coming|earlier this|later this)"
              + " (week|weekend|month|year)");
  private static final Pattern AGO =
      Pattern.compile(NUMBER + " (day|week|month|year|decade)s? ago");
  private static final Pattern MONTH_ONLY =
      Pattern.compile(
          "(?:(last|this|next|early|mid|mid-|late) ?)?" + MONTH + "(?:,? " + YEAR + ")?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?:(last|this|next) )?" + MONTH + " " + DAY + "(?:,? " + YEAR + ")?");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?:the )?" + DAY + " (?:of )?" + MONTH + "(?:,? " + YEAR + ")?");
  private static final Pattern WEEKDAY_MONTH_DAY =
      Pattern.compile(WEEKDAY + ",? " + MONTH + " " + DAY + "(?:,? " + YEAR + ")?");
  private static final Pattern YEAR_ONLY = Pattern.compile(YEAR);
  private static final Pattern FORWARD = Pattern.compile("\\b(?:next|coming|upcoming|later)\\b");

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  private DateWords() {}

  /** Whether the words themselves point after publication ("next week", "the coming Friday"). */
  static boolean pointsForward(String words) {
    return FORWARD.matcher(normalize(words)).find();
  }

  /**
   * @param forward read a bare weekday, month or month-day as the first one not before publication,
   *     rather than the last one not after it
   * @param after for the end of a range: the first such day not before this one
   */
  static Optional<DayRange> read(
      String words, Optional<LocalDate> publication, boolean forward, Optional<LocalDate> after) {
    String w = normalize(words);
    try {
      Matcher m = WEEKDAY_MONTH_DAY.matcher(w);
      if (m.matches()) {
        return monthDay(month(m.group(2)), m.group(3), m.group(4), publication, forward, after);
      }
      m = MONTH_DAY.matcher(w);
      if (m.matches() && m.group(1) == null) {
        return monthDay(month(m.group(2)), m.group(3), m.group(4), publication, forward, after);
      }
      m = DAY_MONTH.matcher(w);
      if (m.matches()) {
        return monthDay(month(m.group(2)), m.group(1), m.group(3), publication, forward, after);
      }
      m = YEAR_ONLY.matcher(w);
      if (m.matches()) {
        return Optional.of(TimexValue.years(Integer.parseInt(m.group(1)), 1));
      }
      m = MONTH_ONLY.matcher(w);
      if (m.matches()) {
        return month(m.group(1), month(m.group(2)), m.group(3), publication, forward, after);
      }
      if (publication.isEmpty()) {
        return Optional.empty();
      }
      LocalDate pub = publication.get();
      if (TODAY.matcher(w).matches()) {
        return Optional.of(DayRange.day(pub));
      }
      if (YESTERDAY.matcher(w).matches()) {
        return Optional.of(DayRange.day(pub.minusDays(1)));
      }
      if (TOMORROW.matcher(w).matches()) {
        return Optional.of(DayRange.day(pub.plusDays(1)));
      }
      m = WEEKDAY_WORDS.matcher(w);
      if (m.matches()) {
        return Optional.of(
            DayRange.day(weekday(m.group(1), weekday(m.group(2)), pub, forward, after)));
      }
      m = PERIOD.matcher(w);
      if (m.matches()) {
        return period(m.group(1), m.group(2), pub);
      }
      m = AGO.matcher(w);
      if (m.matches()) {
        return ago(m.group(1), m.group(2), pub);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The day with this day of the month nearest to {@code near} (this month, or one next to it). */
  static Optional<LocalDate> dayOfMonthNear(LocalDate near, int day) {
    LocalDate best = null;
    for (int shift = -1; shift <= 1; shift++) {
      LocalDate month = near.withDayOfMonth(1).plusMonths(shift);
      if (day < 1 || day > month.lengthOfMonth()) {
        continue;
      }
      LocalDate candidate = month.withDayOfMonth(day);
      if (best == null
          || Math.abs(candidate.toEpochDay() - near.toEpochDay())
              < Math.abs(best.toEpochDay() - near.toEpochDay())) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "March 3 and 5": the first day with this day of the month not before {@code start}. */
  static Optional<DayRange> dayOfMonthAfter(LocalDate start, int day) {
    for (int shift = 0; shift <= 1; shift++) {
      LocalDate month = start.withDayOfMonth(1).plusMonths(shift);
      if (day >= 1 && day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(start)) {
        return Optional.of(DayRange.day(month.withDayOfMonth(day)));
      }
    }
    return Optional.empty();
  }

  private static LocalDate weekday(
      String modifier, DayOfWeek day, LocalDate pub, boolean forward, Optional<LocalDate> after) {
    if (after.isPresent()) {
      return after.get().with(TemporalAdjusters.nextOrSame(day));
    }
    String mod = modifier == null ? "" : modifier;
    return switch (mod) {
      case "last", "this past", "past" -> pub.with(TemporalAdjusters.previous(day));
      case "next", "coming", "this coming" -> pub.with(TemporalAdjusters.next(day));
      default ->
          forward
              ? pub.with(TemporalAdjusters.nextOrSame(day))
              : pub.with(TemporalAdjusters.previousOrSame(day));
    };
  }

  private static Optional<DayRange> period(String which, String unit, LocalDate pub) {
    DayRange current =
        switch (unit) {
          case "week" -> week(pub);
          case "weekend" -> weekend(pub);
          case "month" -> TimexValue.months(pub.withDayOfMonth(1), 1);
          default -> TimexValue.years(pub.getYear(), 1);
        };
    return Optional.of(
        switch (which) {
          case "last", "past", "previous" ->
              unit.equals("weekend") ? lastWeekend(pub) : shift(current, unit, -1);
          case "next", "coming" -> shift(current, unit, 1);
          case "earlier this" -> new DayRange(current.start(), pub, current.precision());
          case "later this" -> new DayRange(pub, current.end(), current.precision());
          default -> current;
        });
  }

  private static DayRange week(LocalDate d) {
    LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new DayRange(monday, monday.plusDays(6), DatePrecision.WEEK);
  }

  private static DayRange weekend(LocalDate d) {
    LocalDate saturday = week(d).start().plusDays(5);
    return new DayRange(saturday, saturday.plusDays(1), DatePrecision.DAY);
  }

  private static DayRange lastWeekend(LocalDate pub) {
    LocalDate sunday = pub.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
    return new DayRange(sunday.minusDays(1), sunday, DatePrecision.DAY);
  }

  private static DayRange shift(DayRange r, String unit, int by) {
    return switch (unit) {
      case "week", "weekend" ->
          new DayRange(r.start().plusWeeks(by), r.end().plusWeeks(by), r.precision());
      case "month" -> TimexValue.months(r.start().plusMonths(by), 1);
      default -> TimexValue.years(r.start().getYear() + by, 1);
    };
  }

  private static Optional<DayRange> ago(String number, String unit, LocalDate pub) {
    Integer n = NUMBERS.get(number);
    if (n == null) {
      if (!number.chars().allMatch(Character::isDigit)) {
        return Optional.empty(); // "a few", "several"
      }
      n = Integer.parseInt(number);
    }
    return Optional.of(
        switch (unit) {
          case "day" -> DayRange.day(pub.minusDays(n));
          case "week" -> week(pub.minusWeeks(n));
          case "month" -> TimexValue.months(pub.minusMonths(n).withDayOfMonth(1), 1);
          case "decade" -> TimexValue.years(pub.getYear() - 10 * n, 1);
          default -> TimexValue.years(pub.getYear() - n, 1);
        });
  }

  private static Optional<DayRange> monthDay(
      Month month,
      String dayText,
      String yearText,
      Optional<LocalDate> publication,
      boolean forward,
      Optional<LocalDate> after) {
    int day = Integer.parseInt(dayText);
    if (yearText != null) {
      return Optional.of(DayRange.day(LocalDate.of(Integer.parseInt(yearText), month, day)));
    }
    Optional<LocalDate> anchor = after.or(() -> publication);
    if (anchor.isEmpty()) {
      return Optional.empty();
    }
    boolean ahead = after.isPresent() || forward;
    LocalDate a = anchor.get();
    for (int n = 0; n <= 8; n++) {
      int year = a.getYear() + (ahead ? n : -n);
      if (day > month.length(java.time.Year.isLeap(year))) {
        continue;
      }
      LocalDate candidate = LocalDate.of(year, month, day);
      if (ahead ? !candidate.isBefore(a) : !candidate.isAfter(a)) {
        return Optional.of(DayRange.day(candidate));
      }
    }
    return Optional.empty();
  }

  private static Optional<DayRange> month(
      String modifier,
      Month month,
      String yearText,
      Optional<LocalDate> publication,
      boolean forward,
      Optional<LocalDate> after) {
    if (yearText != null) {
      return Optional.of(TimexValue.months(LocalDate.of(Integer.parseInt(yearText), month, 1), 1));
    }
    Optional<LocalDate> anchor = after.or(() -> publication);
    if (anchor.isEmpty()) {
      return Optional.empty();
    }
    LocalDate thisMonth = anchor.get().withDayOfMonth(1);
    String mod = modifier == null ? "" : modifier;
    int year = thisMonth.getYear();
    LocalDate candidate = LocalDate.of(year, month, 1);
    switch (mod) {
      case "last" -> {
        if (!candidate.isBefore(thisMonth)) {
          candidate = candidate.minusYears(1);
        }
      }
      case "next" -> {
        if (!candidate.isAfter(thisMonth)) {
          candidate = candidate.plusYears(1);
        }
      }
      case "this" -> {
        // the one of the publication year
      }
      default -> {
        boolean ahead = after.isPresent() || forward;
        if (ahead && candidate.isBefore(thisMonth)) {
          candidate = candidate.plusYears(1);
        } else if (!ahead && candidate.isAfter(thisMonth)) {
          candidate = candidate.minusYears(1);
        }
      }
    }
    return Optional.of(TimexValue.months(candidate, 1));
  }

  private static DayOfWeek weekday(String name) {
    String p = name.substring(0, 3);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(p)) {
        return d;
      }
    }
    throw new IllegalStateException("weekday pattern matched an unknown day: " + name);
  }

  private static Month month(String name) {
    String p = name.substring(0, 3);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(p)) {
        return m;
      }
    }
    throw new IllegalStateException("month pattern matched an unknown month: " + name);
  }

  static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip()
        .replaceAll("[,;:.]+$", "")
        .replaceAll("^(?:on|in|at|during|of|the) ", "")
        .replaceAll("^(?:the) ", "")
        .strip();
  }
}
