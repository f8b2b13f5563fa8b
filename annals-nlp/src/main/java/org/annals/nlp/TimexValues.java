package org.annals.nlp;

import java.util.regex.Pattern;

/**
 * Tells which TIMEX3 values are absolute, i.e. do not depend on the document date.
 *
 * <p>Used when the publication date is unknown. The text is then annotated with <em>no</em>
 * document date, and SUTime leaves every relative expression unresolved: {@code Wednesday} becomes
 * {@code XXXX-WXX-3}, {@code May 9} becomes {@code XXXX-05-09}, {@code three years ago} gets no
 * value (only {@code alt_value="OFFSET P-3Y"}), {@code now} becomes {@code PRESENT_REF}, {@code 3
 * p.m.} becomes {@code T15:00}. A DATE or TIME value is therefore kept only when it starts with a
 * fully written year, decade ({@code 199X}) or century ({@code 19XX}) and has no other unknown
 * ({@code X}) field. DURATION ({@code P5Y}) and SET ({@code XXXX-WXX-1}, "every Monday") values
 * never depend on the document date and are kept as they are.
 */
final class TimexValues {
  private static final Pattern ABSOLUTE_DATE_OR_TIME =
      Pattern.compile("(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX)(?:[-T][0-9A-WYZ:.+\\-]*)?");

  private TimexValues() {}

  static boolean isAbsolute(String type, String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    return switch (type) {
      case "DURATION", "SET" -> true;
      case "DATE", "TIME" -> ABSOLUTE_DATE_OR_TIME.matcher(value).matches();
      default -> false;
    };
  }
}
