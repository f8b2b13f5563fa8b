package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * Whether a sentence may hold a time expression: SUTime is most of NER's cost, and a sentence with
 * no digit and no word of time ("Monday", "March", "yesterday", "two weeks ago", "last year") has
 * nothing for it to find.
 */
final class TimeCues {
  static final Set<String> WORDS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "today",
          "tonight",
          "yesterday",
          "tomorrow",
          "recently",
          "ago",
          "day",
          "days",
          "daily",
          "week",
          "weeks",
          "weekly",
          "weekend",
          "weekends",
          "month",
          "months",
          "monthly",
          "year",
          "years",
          "yearly",
          "annual",
          "annually",
          "decade",
          "decades",
          "century",
          "centuries",
          "quarter",
          "quarters",
          "season",
          "seasons",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "morning",
          "mornings",
          "afternoon",
          "evening",
          "evenings",
          "night",
          "nights",
          "overnight",
          "noon",
          "midnight",
          "dawn",
          "dusk",
          "hour",
          "hours",
          "hourly",
          "minute",
          "minutes",
          "second",
          "seconds",
          "christmas",
          "easter",
          "ramadan",
          "eid",
          "thanksgiving",
          "past",
          "earlier",
          "later",
          "twice",
          "century's",
          "midday",
          "nowadays",
          "fortnight",
          "millennium",
          "semester",
          "holiday",
          "holidays",
          "anniversary",
          "eve",
          "weekday",
          "weekdays",
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties",
          "seventies",
          "eighties",
          "nineties");

  private TimeCues() {}

  static boolean any(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.word();
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
      if (WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
