package org.annals.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date part of declared publication dates: ISO 8601 dates and date-times (the local date
 * as written, whatever the offset), RFC 1123 / RFC 822 (feeds), and English forms such as {@code
 * March 10, 2023}, {@code 10 March 2023}, {@code Tuesday, Oct. 21, 2025}. Thread-safe.
 */
public final class DateParser {
  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December|"
          + "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|"
          + "Dec\\.?)";

  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(T.*)?$");
  private static final Pattern MDY =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DMY =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");

  private DateParser() {}

  /** The date a declared value names, or empty if it cannot be read as a date. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      Matcher iso = ISO.matcher(v);
      if (iso.find()) {
        try {
          return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
          return Optional.of(
              LocalDate.of(
                  Integer.parseInt(iso.group(1)),
                  Integer.parseInt(iso.group(2)),
                  Integer.parseInt(iso.group(3))));
        }
      }
      Matcher compact = COMPACT.matcher(v);
      if (compact.matches()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(compact.group(1)),
                Integer.parseInt(compact.group(2)),
                Integer.parseInt(compact.group(3))));
      }
      try {
        return Optional.of(
            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
      } catch (DateTimeParseException e) {
        // not RFC 1123; try English forms
      }
      return parseEnglish(v);
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The first English-form full date (month name, day, year) in {@code text}. */
  static Optional<LocalDate> parseEnglish(String text) {
    Matcher m = MDY.matcher(text);
    if (m.find()) {
      return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = DMY.matcher(text);
    if (m.find()) {
      return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    return Optional.empty();
  }

  static int month(String name) {
    return MONTHS.get(name.replace(".", "").toLowerCase(Locale.ROOT));
  }

  static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
