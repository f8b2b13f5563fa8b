package org.annals.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects SUTime's resolution of bare weekdays and month-days for news.
 *
 * <p>SUTime picks one occurrence of "Friday" or "February 16" near the document date, and it often
 * picks the wrong side: "arrived in Moscow on Sunday" in a Thursday article became the coming
 * Sunday, "on February 16" in a November article became next February, and "will visit Paris on
 * Friday" became the past Friday. News mostly reports the past, so:
 *
 * <ul>
 *   <li>outside a future-tense clause, a value <em>after</em> the publication date moves back: a
 *       weekday by whole weeks, a month-day to the latest year where it is not after publication;
 *   <li>inside a future-tense clause (see {@link FutureCue}), a value <em>before</em> the
 *       publication date moves forward the same way.
 * </ul>
 *
 * <p>Applies only when all hold: type DATE or TIME; the value starts with a full {@code yyyy-MM-dd}
 * (an optional {@code T…} suffix such as {@code TNI} is kept); the expression is a bare weekday
 * ("Friday", "on Friday", "late Friday", "Friday night") or a bare month-day ("May 9", "9th of
 * May") with no year and no "last"/"next"/"this"; and the resolved day matches the named weekday or
 * month-day. Everything else is returned unchanged.
 */
final class NewsDateRule {
  private static final String WEEKDAY =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?";
  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
  private static final String DAY = "([0-9]{1,2})(?:st|nd|rd|th)?";
  private static final String PREFIX = "(?:(?:early|late) )?(?:on )?";
  private static final String PART_OF_DAY = "(?: (?:morning|afternoon|evening|night))?";

  private static final Pattern BARE_WEEKDAY = Pattern.compile(PREFIX + WEEKDAY + PART_OF_DAY);
  private static final Pattern MONTH_DAY = Pattern.compile(PREFIX + MONTH + " " + DAY);
  private static final Pattern DAY_MONTH =
      Pattern.compile(PREFIX + "(?:the )?" + DAY + " (?:of )?" + MONTH);
  private static final Pattern BARE_MONTH =
      Pattern.compile("(?:(?:early|mid|mid-|late) ?)?(?:in )?" + MONTH);
  private static final Pattern LAST_MONTH = Pattern.compile("last " + MONTH);

  /** Holidays without a year: "Thanksgiving", "on Christmas Day", "New Year's Eve". */
  private static final Pattern HOLIDAY =
      Pattern.compile(
          PREFIX
              + "(thanksgiving(?: day)?|labor day|memorial day|christmas(?: day)?|christmas eve"
              + "|new year'?s?(?: day)?|new year'?s? eve|independence day|halloween"
              + "|valentine'?s day)");

  private static final Pattern MONTH_VALUE = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Pattern DATED_VALUE =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})(T[0-9A-Z:.]*)?");

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("mon", DayOfWeek.MONDAY),
          Map.entry("tue", DayOfWeek.TUESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY),
          Map.entry("thu", DayOfWeek.THURSDAY),
          Map.entry("fri", DayOfWeek.FRIDAY),
          Map.entry("sat", DayOfWeek.SATURDAY),
          Map.entry("sun", DayOfWeek.SUNDAY));

  private static final int MAX_YEARS = 8;

  private NewsDateRule() {}

  /**
   * @param type TIMEX3 type
   * @param text the expression as written
   * @param value the TIMEX3 value SUTime gave, anchored on {@code publication}
   * @param publication the document date SUTime was anchored on
   * @param futureContext whether the expression sits in a future-tense clause ("will meet on
   *     Friday"), where the date should not be before publication
   * @return the corrected value, or {@code value} unchanged
   */
  static String apply(
      String type, String text, String value, LocalDate publication, boolean futureContext) {
    if (!(type.equals("DATE") || type.equals("TIME"))) {
      return value;
    }
    Matcher mv = MONTH_VALUE.matcher(value);
    if (mv.matches()) {
      return month(normalize(text), mv, publication, futureContext).orElse(value);
    }
    Matcher v = DATED_VALUE.matcher(value);
    if (!v.matches()) {
      return value;
    }
    LocalDate resolved;
    try {
      resolved = LocalDate.parse(v.group(1));
    } catch (DateTimeException e) {
      return value;
    }
    boolean wrongSide =
        futureContext ? resolved.isBefore(publication) : resolved.isAfter(publication);
    if (!wrongSide) {
      return value;
    }
    String suffix = v.group(2) == null ? "" : v.group(2);
    return shift(normalize(text), resolved, publication, futureContext)
        .map(d -> d + suffix)
        .orElse(value);
  }

  /**
   * In a clause that points forward: a bare weekday ("on Thursday", "Tuesday morning") resolved
   * before {@code publication} moves to its next occurrence; everything else is returned unchanged.
   */
  static String forwardWeekday(String type, String text, String value, LocalDate publication) {
    if (!BARE_WEEKDAY.matcher(normalize(text)).matches()) {
      return value;
    }
    return apply(type, text, value, publication, true);
  }

  private static Optional<LocalDate> shift(
      String text, LocalDate resolved, LocalDate publication, boolean forward) {
    Matcher weekday = BARE_WEEKDAY.matcher(text);
    if (weekday.matches()) {
      DayOfWeek named = WEEKDAYS.get(weekday.group(1).substring(0, 3));
      if (named != resolved.getDayOfWeek()) {
        return Optional.empty();
      }
      LocalDate shifted = resolved;
      while (forward ? shifted.isBefore(publication) : shifted.isAfter(publication)) {
        shifted = forward ? shifted.plusWeeks(1) : shifted.minusWeeks(1);
      }
      return Optional.of(shifted);
    }
    Matcher holiday = HOLIDAY.matcher(text);
    if (holiday.matches()) {
      String name = holiday.group(1).replace("'", "").replace(" day", "");
      LocalDate candidate = holiday(name, resolved.getYear());
      if (!resolved.equals(candidate)) {
        return Optional.empty();
      }
      for (int year = resolved.getYear(), n = 0; n <= MAX_YEARS; n++) {
        year += forward ? 1 : -1;
        candidate = holiday(name, year);
        if (forward ? !candidate.isBefore(publication) : !candidate.isAfter(publication)) {
          return Optional.of(candidate);
        }
      }
      return Optional.empty();
    }
    Matcher monthDay = MONTH_DAY.matcher(text);
    if (monthDay.matches()) {
      return sameDay(monthDay.group(1), monthDay.group(2), resolved, publication, forward);
    }
    Matcher dayMonth = DAY_MONTH.matcher(text);
    if (dayMonth.matches()) {
      return sameDay(dayMonth.group(2), dayMonth.group(1), resolved, publication, forward);
    }
    return Optional.empty();
  }

  /**
   * A month without a year: "last May" is the latest May before the publication month; a bare "May"
   * moves like a month-day, to the latest May not after the publication month (or, in a future
   * clause, the first not before it).
   */
  private static Optional<String> month(
      String text, Matcher value, LocalDate publication, boolean forward) {
    int year = Integer.parseInt(value.group(1));
    int monthNumber = Integer.parseInt(value.group(2));
    if (monthNumber < 1 || monthNumber > 12) {
      return Optional.empty();
    }
    LocalDate pubMonth = publication.withDayOfMonth(1);
    Matcher last = LAST_MONTH.matcher(text);
    if (last.matches()) {
      Month named = month(last.group(1));
      if (named.getValue() != monthNumber) {
        return Optional.empty();
      }
      LocalDate candidate = LocalDate.of(pubMonth.getYear(), named, 1);
      if (!candidate.isBefore(pubMonth)) {
        candidate = candidate.minusYears(1);
      }
      return Optional.of(candidate.toString().substring(0, 7));
    }
    Matcher bare = BARE_MONTH.matcher(text);
    if (!bare.matches() || month(bare.group(1)).getValue() != monthNumber) {
      return Optional.empty();
    }
    LocalDate resolved = LocalDate.of(year, monthNumber, 1);
    if (forward ? !resolved.isBefore(pubMonth) : !resolved.isAfter(pubMonth)) {
      return Optional.empty();
    }
    LocalDate candidate = LocalDate.of(pubMonth.getYear(), monthNumber, 1);
    if (forward && candidate.isBefore(pubMonth)) {
      candidate = candidate.plusYears(1);
    } else if (!forward && candidate.isAfter(pubMonth)) {
      candidate = candidate.minusYears(1);
    }
    return Optional.of(candidate.toString().substring(0, 7));
  }

  /**
   * The date with this month and day nearest to {@code publication} on the wanted side: the latest
   * one not after it, or ({@code forward}) the earliest one not before it.
   */
  private static Optional<LocalDate> sameDay(
      String monthName,
      String dayText,
      LocalDate resolved,
      LocalDate publication,
      boolean forward) {
    Month month = month(monthName);
    int day = Integer.parseInt(dayText);
    if (month != resolved.getMonth() || day != resolved.getDayOfMonth()) {
      return Optional.empty();
    }
    int step = forward ? 1 : -1;
    for (int n = 0, year = publication.getYear(); n <= MAX_YEARS; n++, year += step) {
      if (month == Month.FEBRUARY && day == 29 && !Year.isLeap(year)) {
        continue;
      }
      LocalDate candidate = LocalDate.of(year, month, day);
      if (forward ? !candidate.isBefore(publication) : !candidate.isAfter(publication)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The day of a holiday ({@link #HOLIDAY}'s name without "day" and apostrophes) in a year. */
  static LocalDate holiday(String name, int year) {
    return switch (name) {
      case "thanksgiving" ->
          LocalDate.of(year, 11, 1)
              .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
      case "labor" ->
          LocalDate.of(year, 9, 1)
              .with(java.time.temporal.TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
      case "memorial" ->
          LocalDate.of(year, 5, 1)
              .with(java.time.temporal.TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      case "christmas" -> LocalDate.of(year, 12, 25);
      case "christmas eve" -> LocalDate.of(year, 12, 24);
      case "new years", "new year" -> LocalDate.of(year, 1, 1);
      case "new years eve", "new year eve" -> LocalDate.of(year, 12, 31);
      case "independence" -> LocalDate.of(year, 7, 4);
      case "halloween" -> LocalDate.of(year, 10, 31);
      case "valentines" -> LocalDate.of(year, 2, 14);
      default ->
          throw new IllegalStateException("holiday pattern matched an unknown name: " + name);
    };
  }

  private static Month month(String name) {
    String prefix = name.substring(0, 3);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return m;
      }
    }
    throw new IllegalStateException("month pattern matched an unknown month: " + name);
  }

  private static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .trim()
        .replaceAll("[,;:.]+$", "")
        .trim();
  }
}
