package org.annals.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.CharSpan;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * TimeML conventions SUTime does not follow, applied to its expressions and values.
 *
 * <p>What is not a time expression ({@link #isTimex}): ages ("a 6-year-old", "52 years old"),
 * "once" and "previously" (no time of their own), a lone article, a lone verb ("might present"),
 * and a single adjective before a noun ("annual report", "quarterly dividend", "future growth").
 *
 * <p>How values are written ({@link #normalize}):
 *
 * <ul>
 *   <li>"three years ago", "two months earlier": the value has the unit's granularity ({@code
 *       1995}, {@code 1999-11}), not the day SUTime computes;
 *   <li>a part of a named day ("Wednesday night", "tonight", "Tuesday morning") is that day, a DATE
 *       ({@code 2000-01-05}, not {@code 2000-01-05TNI});
 *   <li>centuries as TIMEX3 writes them: {@code 19} for the 20th century (SUTime: {@code 19XX});
 *   <li>clock times without their time zone ({@code T04:00}, not {@code T04:00-0500});
 *   <li>"the weekend" in a past-tense report: the last weekend, not the coming one;
 *   <li>"the quarter", "the latest quarter" in a past-tense report: the last quarter completed
 *       before publication (SUTime: the current one); "a year earlier" in a past-tense sentence
 *       about quarters is that quarter a year before ({@code 1988-Q3}).
 * </ul>
 */
final class TimexConventions {
  private static final Pattern AGE =
      Pattern.compile("(?i)(?:.*\\b)?(?:[0-9]+|[a-z]+)[- ](?:year|month|week|day)s?[- ]old\\b.*");
  private static final Set<String> NOT_TIMEX = Set.of("once", "previously");
  private static final Set<String> ONLY_ARTICLE = Set.of("the", "a", "an");

  /** Adjectives that, before a noun, qualify it rather than name a time: "annual report". */
  private static final Set<String> PRENOMINAL =
      Set.of("annual", "quarterly", "yearly", "biannual", "semiannual", "future");

  /** "the year-earlier quarter", "year-ago": SUTime finds no expression in them. */
  static final Pattern YEAR_EARLIER =
      Pattern.compile(
          "(?i)\\b(?:the )?year-(?:earlier|ago)(?: (?:quarter|period|level|results?))?\\b");

  private static final Pattern AGO =
      Pattern.compile(
          "(?i)(?:.*\\b)?(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
              + "|twelve|several|a few)\\s+(year|month)s?\\s+(?:ago|earlier|before)");
  private static final Pattern DAY_VALUE = Pattern.compile("([0-9]{4}-[0-9]{2})-[0-9]{2}");
  private static final Pattern PART_OF_DAY =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})T(?:MO|AF|EV|NI|DT)");
  private static final Pattern NAMED_DAY =
      Pattern.compile(
          "(?i).*\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight"
              + "|yesterday|tomorrow|today)\\b.*");
  private static final Pattern CENTURY = Pattern.compile("([0-9]{2})XX");
  private static final Pattern ZONE =
      Pattern.compile("(.*T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?)(?:[+-][0-9]{2}:?[0-9]{2}|Z)");
  private static final Pattern WEEKEND = Pattern.compile("([0-9]{4})-W([0-9]{2})-WE");
  private static final Pattern WEEKEND_WORDS =
      Pattern.compile("(?i)(?:the |this |over the |during the )?weekend");
  private static final Pattern THE_QUARTER =
      Pattern.compile("(?i)the (?:latest |recent |most recent |just-ended |past )?quarter");

  private static final Pattern YEAR_AGO =
      Pattern.compile("(?i)(?:a year (?:ago|earlier|before)|the year-earlier(?: period)?)");

  private TimexConventions() {}

  /** A typed value. */
  record Typed(String type, String value) {}

  /** Words of a capitalized title that look like a time: "60 Minutes", "This Week", "Day". */
  private static final Pattern TITLE_WORDS =
      Pattern.compile(
          "(?:(?:[0-9]+|This|Next|Last) )*(?:Day|Days|Week|Weeks|Minute|Minutes|Hour|Hours|Month"
              + "|Months|Year|Years)");

  private static final Set<String> QUOTES = Set.of("``", "''", "\"", "'", "`", "-LRB-", "(");

  /** Whether the words SUTime found are a TIMEX3 at all. */
  static boolean isTimex(String type, String expression, Sentence sentence, CharSpan span) {
    String text = expression.strip().toLowerCase(Locale.ROOT);
    if (NOT_TIMEX.contains(text) || AGE.matcher(text).matches() || ONLY_ARTICLE.contains(text)) {
      return false;
    }
    List<Token> all = sentence.tokens();
    int first = -1;
    int last = -1;
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      if (t.span().start() >= span.start() && t.span().end() <= span.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first >= 0) {
      Token before = first > 0 ? all.get(first - 1) : null;
      Token after = last + 1 < all.size() ? all.get(last + 1) : null;
      boolean opens = before == null || QUOTES.contains(before.word());
      if (before != null && TITLE_WORDS.matcher(expression.strip()).matches()) {
        return false; // a name: CBS's "60 Minutes", ABC's "This Week", Thanksgiving "Day"
      }
      if (text.equals("now") && opens && after != null && after.word().equals(",")) {
        return false; // "Now, he says ...": a discourse marker, not the present
      }
      if (text.equals("present") && (before == null || !before.word().equalsIgnoreCase("at"))) {
        return false; // "were present at the ceremony": attendance, not the present time
      }
      if ((text.equals("march") || text.equals("may"))
          && Character.isLowerCase(expression.strip().charAt(0))) {
        return false; // "the march", "may": not the month
      }
      if (text.equals("march")
          && before != null
          && (before.pos().equals("DT") || before.pos().equals("JJ"))
          && after != null
          && (after.word().equals("of") || after.word().equals("for"))) {
        return false; // "the March of the Combatant Mothers", "the annual March for Life"
      }
    }
    if (type.equals("SET") || type.equals("DATE")) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.span().start() == span.start() && t.span().end() == span.end()) {
          if (t.pos().startsWith("VB")) {
            return false; // "evidence prosecutors might present"
          }
          // one adjective before a noun: "annual report", "quarterly dividend"
          return !(t.pos().equals("JJ")
              && PRENOMINAL.contains(text)
              && i + 1 < tokens.size()
              && tokens.get(i + 1).pos().startsWith("NN"));
        }
      }
    }
    return true;
  }

  /**
   * @param past whether the expression's clause reports the past (neither future nor prospective)
   */
  static Typed normalize(
      String type,
      String expression,
      String value,
      LocalDate publication,
      boolean past,
      boolean aboutQuarters) {
    Matcher m = CENTURY.matcher(value);
    if (m.matches()) {
      return new Typed(type, m.group(1));
    }
    m = ZONE.matcher(value);
    if (m.matches()) {
      return new Typed(type, m.group(1));
    }
    if (publication == null) {
      return new Typed(type, value);
    }
    String text = expression.strip();
    if (past && aboutQuarters && YEAR_AGO.matcher(text).matches()) {
      // "profit fell from $1.2 million a year earlier": the year-earlier quarter
      return new Typed("DATE", yearEarlier(publication, true));
    }
    m = AGO.matcher(text);
    Matcher day = DAY_VALUE.matcher(value);
    if (m.matches() && day.matches()) {
      String unit = m.group(1).toLowerCase(Locale.ROOT);
      return new Typed(type, unit.equals("year") ? value.substring(0, 4) : day.group(1));
    }
    m = PART_OF_DAY.matcher(value);
    if (m.matches() && NAMED_DAY.matcher(text).matches()) {
      return new Typed("DATE", m.group(1));
    }
    m = WEEKEND.matcher(value);
    if (past && m.matches() && WEEKEND_WORDS.matcher(text).matches()) {
      // "the weekend" in a report: the last one, not the coming one
      LocalDate saturday =
          LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
              .with(
                  java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                  Integer.parseInt(m.group(2)))
              .with(java.time.DayOfWeek.SATURDAY);
      if (saturday.isAfter(publication)) {
        LocalDate before = saturday.minusWeeks(1);
        return new Typed(
            type,
            String.format(
                Locale.ROOT,
                "%d-W%02d-WE",
                before.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                before.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
      }
    }
    if (past && THE_QUARTER.matcher(text).matches()) {
      return new Typed("DATE", lastQuarter(publication));
    }
    return new Typed(type, value);
  }

  private static final Pattern THE_YEAR = Pattern.compile("(?i)the (?:fiscal |financial )?year");

  /**
   * "the year ended Sept. 30", "the fiscal year ending June 30": a year identified by its end is a
   * length of time, {@code DURATION P1Y}, not the calendar year; else {@code typed} unchanged.
   */
  static Typed periodEnded(String expression, Sentence sentence, CharSpan span, Typed typed) {
    if (!THE_YEAR.matcher(expression.strip()).matches()) {
      return typed;
    }
    for (Token t : sentence.tokens()) {
      if (t.span().start() >= span.end()) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("ended") || w.equals("ending") ? new Typed("DURATION", "P1Y") : typed;
      }
    }
    return typed;
  }

  /**
   * The value of "year-earlier" / "year-ago": in a sentence about quarters the year-earlier
   * quarter, else the year before publication.
   */
  static String yearEarlier(LocalDate publication, boolean aboutQuarters) {
    if (!aboutQuarters) {
      return Integer.toString(publication.getYear() - 1);
    }
    String quarter = lastQuarter(publication);
    return (Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4);
  }

  /** The last quarter completed before {@code publication}, e.g. {@code 1989-Q3}. */
  private static String lastQuarter(LocalDate publication) {
    int quarter = (publication.getMonthValue() - 1) / 3; // the current one is quarter + 1
    int year = publication.getYear();
    if (quarter == 0) {
      quarter = 4;
      year--;
    }
    return year + "-Q" + quarter;
  }
}
