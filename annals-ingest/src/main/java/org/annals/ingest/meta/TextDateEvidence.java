package org.annals.ingest.meta;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.DatePrecision;
import org.annals.model.PublishedDate;

/**
 * Infers a publication date from evidence inside the text, for inputs that declare none (plain
 * text, pages without metadata). An article is published on or soon after the latest date it
 * reports, so the result is the latest dated evidence, best kind first:
 *
 * <ol>
 *   <li>a "Published: …" / "Updated: …" line (taken as declared, not inferred);
 *   <li>strong evidence: the date of an embedded social post, a dated photo caption, a dateline;
 *   <li>weak evidence: the latest full date, or month and day, in the body that is not in a
 *       future-tense context.
 * </ol>
 *
 * A month and day without a year take their year from the latest year the article mentions; for
 * strong evidence, when weekdays are mentioned, the year is the one (from the latest year mentioned
 * minus one onward) in which that month-day falls on the weekday the article mentions most. Dates
 * after {@code notAfter} (today, or the crawl date) are ignored. Thread-safe.
 */
public final class TextDateEvidence {
  /** A line of text and the cleaner's reason for removing it (null if kept). */
  public record EvidenceLine(String text, String reason) {}

  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final Pattern PUBLISHED_LINE =
      Pattern.compile(
          "^(?:published|posted|updated|last updated|first published|date)(?: on| at)?\\s*[:|]?"
              + "\\s*(.{6,80})$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FULL_MDY =
      Pattern.compile(
          "\\b(?:"
              + WEEKDAY
              + ",?\\s+)?"
              + DateParser.MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern FULL_DMY =
      Pattern.compile(
          "\\b(?:"
              + WEEKDAY
              + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+"
              + DateParser.MONTH
              + ",?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b(?:"
              + WEEKDAY
              + ",?\\s+)?"
              + DateParser.MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b(?:"
              + WEEKDAY
              + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+"
              + DateParser.MONTH
              + "\\b(?!,?\\s+\\d{4})");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + DateParser.MONTH + "\\s+(\\d{4})\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
  private static final Pattern WEEKDAY_WORD = Pattern.compile("\\b" + WEEKDAY + "\\b");
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?,?\\s+"
              + DateParser.MONTH
              + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—:]");
  private static final Pattern FUTURE_CONTEXT =
      Pattern.compile(
          "\\b(will|would|scheduled|due|expected|planned|plans|until|next|deadline|set for|"
              + "upcoming|begins on|starting)\\b[^.]{0,40}$",
          Pattern.CASE_INSENSITIVE);

  private TextDateEvidence() {}

  private record Candidate(
      LocalDate date, DatePrecision precision, String evidence, String method) {}

  /**
   * Infers the publication date from {@code lines}, or {@link PublishedDate#UNKNOWN}.
   *
   * @param notAfter no evidence after this date is believed
   */
  public static PublishedDate infer(List<EvidenceLine> lines, LocalDate notAfter) {
    int maxYear = -1;
    Map<DayOfWeek, Integer> weekdays = new EnumMap<>(DayOfWeek.class);
    for (EvidenceLine l : lines) {
      Matcher y = YEAR.matcher(l.text());
      while (y.find()) {
        int year = Integer.parseInt(y.group(1));
        if (year <= notAfter.getYear()) {
          maxYear = Math.max(maxYear, year);
        }
      }
      Matcher w = WEEKDAY_WORD.matcher(l.text());
      while (w.find()) {
        weekdays.merge(weekday(w.group(1)), 1, Integer::sum);
      }
    }
    // 1. a stated publication line
    for (EvidenceLine l : lines) {
      Matcher m = PUBLISHED_LINE.matcher(l.text().strip());
      if (m.matches()) {
        Optional<LocalDate> d = DateParser.parse(m.group(1));
        if (d.isPresent() && !d.get().isAfter(notAfter)) {
          return PublishedDate.declared(d.get(), snippet(l.text(), 0), "text:published-line");
        }
      }
    }
    // 2. strong evidence
    List<Candidate> strong = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      EvidenceLine l = lines.get(i);
      String kind = strongKind(l, i);
      if (kind == null) {
        continue;
      }
      fullDates(l.text(), kind, strong);
      if (kind.equals("dateline")) {
        Matcher d = DATELINE.matcher(l.text());
        if (d.find() && d.group(3) == null) {
          resolve(
                  DateParser.month(d.group(1)),
                  Integer.parseInt(d.group(2)),
                  null,
                  maxYear,
                  weekdays,
                  notAfter)
              .ifPresent(
                  date ->
                      strong.add(
                          new Candidate(
                              date, DatePrecision.DAY, snippet(d.group(), 0), "dateline")));
        }
      } else {
        monthDays(l.text(), kind, maxYear, weekdays, notAfter, true, strong);
      }
    }
    Optional<Candidate> best = latest(strong, notAfter);
    if (best.isPresent()) {
      Candidate c = best.get();
      return PublishedDate.inferred(c.date(), c.precision(), c.evidence(), c.method());
    }
    // 3. weak evidence from the kept body
    List<Candidate> weak = new ArrayList<>();
    for (EvidenceLine l : lines) {
      if (l.reason() != null) {
        continue;
      }
      fullDates(l.text(), "date-in-text", weak);
      monthDays(l.text(), "date-in-text", maxYear, weekdays, notAfter, false, weak);
      Matcher my = MONTH_YEAR.matcher(l.text());
      while (my.find()) {
        if (!future(l.text(), my.start())) {
          DateParser.date(Integer.parseInt(my.group(2)), DateParser.month(my.group(1)), 1)
              .ifPresent(
                  d ->
                      weak.add(
                          new Candidate(
                              d,
                              DatePrecision.MONTH,
                              snippet(l.text(), my.start()),
                              "date-in-text")));
        }
      }
    }
    return latest(weak, notAfter)
        .map(c -> PublishedDate.inferred(c.date(), c.precision(), c.evidence(), c.method()))
        .orElse(PublishedDate.UNKNOWN);
  }

  private static String strongKind(EvidenceLine l, int index) {
    if ("social-embed".equals(l.reason())) {
      return "embed";
    }
    if ("caption".equals(l.reason()) || "photo-credit".equals(l.reason())) {
      return "caption";
    }
    if (index <= 2 && DATELINE.matcher(l.text()).find()) {
      return "dateline";
    }
    return null;
  }

  private static void fullDates(String text, String method, List<Candidate> out) {
    for (Pattern p : List.of(FULL_MDY, FULL_DMY)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (method.equals("date-in-text") && future(text, m.start())) {
          continue;
        }
        boolean mdy = p == FULL_MDY;
        int month = DateParser.month(mdy ? m.group(2) : m.group(3));
        int day = Integer.parseInt(mdy ? m.group(3) : m.group(2));
        int year = Integer.parseInt(m.group(4));
        DateParser.date(year, month, day)
            .ifPresent(
                d ->
                    out.add(new Candidate(d, DatePrecision.DAY, snippet(text, m.start()), method)));
      }
    }
  }

  private static void monthDays(
      String text,
      String method,
      int maxYear,
      Map<DayOfWeek, Integer> weekdays,
      LocalDate notAfter,
      boolean useWeekdays,
      List<Candidate> out) {
    for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (method.equals("date-in-text") && future(text, m.start())) {
          continue;
        }
        boolean md = p == MONTH_DAY;
        int month = DateParser.month(md ? m.group(2) : m.group(3));
        int day = Integer.parseInt(md ? m.group(3) : m.group(2));
        if (day < 1 || day > 31) {
          continue;
        }
        DayOfWeek stated = m.group(1) == null ? null : weekday(m.group(1));
        Optional<LocalDate> d =
            resolve(month, day, stated, maxYear, useWeekdays ? weekdays : Map.of(), notAfter);
        d.ifPresent(
            date ->
                out.add(new Candidate(date, DatePrecision.DAY, snippet(text, m.start()), method)));
      }
    }
  }

  /** Chooses the year of a month-day; see the class comment. */
  static Optional<LocalDate> resolve(
      int month,
      int day,
      DayOfWeek stated,
      int maxYear,
      Map<DayOfWeek, Integer> weekdays,
      LocalDate notAfter) {
    int from = maxYear > 0 ? maxYear - 1 : notAfter.getYear() - 10;
    LocalDate best = null;
    int bestScore = 0;
    for (int year = from; year <= notAfter.getYear(); year++) {
      Optional<LocalDate> d = DateParser.date(year, month, day);
      if (d.isEmpty() || d.get().isAfter(notAfter)) {
        continue;
      }
      DayOfWeek dow = d.get().getDayOfWeek();
      int score;
      if (stated != null) {
        score = dow == stated ? 100 : 0;
      } else {
        score = weekdays.getOrDefault(dow, 0);
      }
      if (score > bestScore) {
        best = d.get();
        bestScore = score;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    if (stated == null && maxYear > 0) {
      return DateParser.date(maxYear, month, day).filter(d -> !d.isAfter(notAfter));
    }
    return Optional.empty();
  }

  private static Optional<Candidate> latest(List<Candidate> candidates, LocalDate notAfter) {
    Candidate best = null;
    for (Candidate c : candidates) {
      if (c.date().isAfter(notAfter)) {
        continue;
      }
      if (best == null
          || c.date().isAfter(best.date())
          || (c.date().equals(best.date())
              && c.precision().ordinal() < best.precision().ordinal())) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean future(String text, int at) {
    return FUTURE_CONTEXT.matcher(text.substring(Math.max(0, at - 60), at)).find();
  }

  private static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static String snippet(String text, int at) {
    int start = Math.max(0, at - 60);
    int end = Math.min(text.length(), at + 60);
    String s = text.substring(start, end).strip();
    return (start > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
  }
}
