package org.annals.coder.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.CharSpan;
import org.annals.model.DatePrecision;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/**
 * Dates one event from the time expressions of its own sentence.
 *
 * <p><b>Which expression.</b> Only DATE and TIME expressions of the event's sentence are
 * considered; durations ("for three years"), sets ("every Monday") and deadlines or bounds ("by
 * Friday", "since May", "until Monday", "before 2020") never date an event. In order of preference:
 *
 * <ol>
 *   <li>an expression attached to the event's word in the dependency parse ({@code obl:tmod},
 *       {@code obl:on}, {@code nmod:tmod}, {@code advmod} …: "signed the deal <u>on
 *       Wednesday</u>");
 *   <li>one in the same clause, reached from the event's word through oblique or nominal modifiers
 *       but not through its subject or object ("killed in an attack <u>on Monday</u>", but not
 *       "condemned <u>the February 24</u> invasion"), nearest first;
 *   <li>the sentence's only expression, when it belongs to no other verb's clause (a fragment or an
 *       unparsed sentence).
 * </ol>
 *
 * An expression whose nearest verb is another one ("said on Monday that troops had attacked") is
 * never used for an event of that other clause.
 *
 * <p><b>Which days.</b> The expression's words are read with rules for news, resolved against the
 * publication date; when no rule reads them, the annotator's TIMEX3 value (SUTime's, already
 * corrected for news) is used. Past reading unless the event is future (a will/shall auxiliary, a
 * "plans / is expected / is scheduled to" frame) or the words say so ("next", "coming"):
 *
 * <ul>
 *   <li>a weekday is the latest such day not after publication (future: the first not before it);
 *       "last Friday" is strictly before, "next Friday" strictly after; a day of the month in
 *       brackets after it ("on Wednesday night (16)") gives the day;
 *   <li>"today", "tonight", "yesterday", "last night", "tomorrow": that day;
 *   <li>"last / this / next week, month, year", "earlier this month" (from its first day to
 *       publication), "later this week";
 *   <li>"three years ago", "two weeks ago", "a month ago": that year, week, month or day;
 *   <li>a month without a year ("in May") is the latest May not after publication (future: the
 *       first not before it); a month-day likewise;
 *   <li>ranges: "between March 3 and 5", "from Monday to Wednesday" give their first and last day.
 * </ul>
 *
 * A past event's range ends at publication at the latest ("earlier this month", "this week"). With
 * no expression, or none that reads as a date: {@link EventDate#unknown} with the publication date
 * as the upper bound only.
 *
 * <p>Stateless.
 */
public final class EventDates {
  private static final Set<String> USABLE_TYPES = Set.of("DATE", "TIME");

  /** Words before an expression that make it a bound or deadline, not the event's date. */
  private static final Set<String> BOUNDS =
      Set.of("since", "until", "till", "by", "before", "after", "through", "throughout");

  private static final Set<String> CORE_ARGUMENTS =
      Set.of("nsubj", "nsubj:pass", "obj", "iobj", "csubj", "csubj:pass", "nsubj:xsubj");
  private static final Set<String> CLAUSAL =
      Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "conj");

  /**
   * Words that anchor an expression on another event, not on publication: "the following days", "a
   * day later", "the same day", "that week", "the day before".
   */
  private static final Pattern ANAPHORIC =
      Pattern.compile(
          "(?i).*\\b(?:following|preceding|same|prior|that|then|later|earlier|before|after"
              + "|next (?:day|morning|afternoon|evening|night))\\b.*");

  /** Periods of the publication date that "earlier" and "later" may qualify. */
  private static final Pattern THIS_PERIOD =
      Pattern.compile("(?i).*\\b(?:earlier|later) (?:this|today|tonight)\\b.*");

  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> FUTURE_FRAMES =
      Set.of("plan", "expect", "schedule", "due", "intend", "set", "prepare", "go", "slate");

  private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)\\b(?:between|from)\\s+$");
  private static final Pattern RANGE_LINK =
      Pattern.compile("(?i)^\\s*(?:and|to|through|thru|until|till|-|–|—)\\s*");
  private static final Pattern RANGE_DAY = Pattern.compile("^([0-9]{1,2})(?:st|nd|rd|th)?\\b");
  private static final Pattern BRACKET_DAY =
      Pattern.compile("^\\s*\\(\\s*([0-9]{1,2})(?:st|nd|rd|th)?\\s*\\)");

  private static final int MAX_HOPS = 5;

  private EventDates() {}

  /**
   * The date of the event whose word is token {@code event} of {@code sentence}.
   *
   * @param times the article's time expressions (those of other sentences are ignored)
   * @param cleanText the article's clean text, which spans refer to
   * @param publication the publication date, when known; without it only absolute dates are given
   */
  public static EventDate of(
      Sentence sentence,
      int event,
      List<TimeExpression> times,
      String cleanText,
      Optional<LocalDate> publication) {
    List<TimeExpression> own = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.sentenceIndex() == sentence.index()
          && USABLE_TYPES.contains(t.type())
          && t.span().length() > 0
          && t.span().end() <= cleanText.length()) {
        own.add(t);
      }
    }
    own.sort(Comparator.comparingInt(t -> t.span().start()));
    Optional<TimeExpression> chosen = choose(sentence, event, own, cleanText);
    if (chosen.isEmpty()) {
      return EventDate.unknown(publication);
    }
    boolean future = isFuture(sentence, event);
    return read(chosen.get(), own, sentence, cleanText, publication, future)
        .orElseGet(() -> EventDate.unknown(publication));
  }

  // ------------------------------------------------------------------------------ choosing

  private static Optional<TimeExpression> choose(
      Sentence s, int event, List<TimeExpression> own, String cleanText) {
    TimeExpression best = null;
    int bestRank = Integer.MAX_VALUE;
    int bestDistance = Integer.MAX_VALUE;
    int unattached = 0;
    TimeExpression lone = null;
    int usable = 0;
    for (TimeExpression t : own) {
      if (isRangeEnd(t, own, cleanText)) {
        continue;
      }
      usable++;
      List<Integer> inside = tokensIn(s, t.span());
      if (inside.isEmpty()) {
        continue;
      }
      int rank = s.parsed() ? rank(s, event, inside) : NO_CLAUSE;
      if (rank == NO_CLAUSE) {
        unattached++;
        lone = t;
        continue;
      }
      if (rank == OTHER_CLAUSE) {
        continue;
      }
      int distance = Math.abs(inside.get(0) - event);
      if (rank < bestRank || rank == bestRank && distance < bestDistance) {
        best = t;
        bestRank = rank;
        bestDistance = distance;
      }
    }
    TimeExpression pick = best != null ? best : usable == 1 && unattached == 1 ? lone : null;
    // a bound ("until Friday") or a date relative to another event ("the following day") is the
    // event's time expression but says no date for it
    if (pick == null || isBound(s, pick, cleanText) || isAnaphoric(pick)) {
      return Optional.empty();
    }
    return Optional.of(pick);
  }

  private static final int ATTACHED = 0;
  private static final int SAME_CLAUSE = 1;
  private static final int OTHER_CLAUSE = 100;
  private static final int NO_CLAUSE = 101;

  /** How the expression made of tokens {@code inside} relates to the event's word. */
  private static int rank(Sentence s, int event, List<Integer> inside) {
    int head = -1;
    for (int t : inside) {
      Dependency up = parent(s, t);
      if (up == null || up.governor() == Dependency.ROOT || !inside.contains(up.governor())) {
        head = t;
        break;
      }
    }
    if (head < 0) {
      return NO_CLAUSE;
    }
    int eventVerb = isVerb(s, event) ? event : nearestVerbAbove(s, event);
    int current = head;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Dependency up = parent(s, current);
      if (up == null || up.governor() == Dependency.ROOT) {
        return NO_CLAUSE;
      }
      String rel = up.relation();
      int gov = up.governor();
      if (gov == event) {
        if (hop == 0) {
          return CLAUSAL.contains(rel) ? OTHER_CLAUSE : ATTACHED;
        }
        if (hop == 1 && rel.startsWith("nsubj") && preverbal(s, inside, current, event)) {
          // "The parliament on Wednesday ratified …": the parser hangs the adverbial between
          // subject and verb on the subject; it dates the verb
          return SAME_CLAUSE;
        }
        return CLAUSAL.contains(rel) || CORE_ARGUMENTS.contains(rel) ? OTHER_CLAUSE : SAME_CLAUSE;
      }
      if (gov == eventVerb) {
        // the expression hangs on the verb of a noun event ("a strike ... killed 12 on Monday")
        return CLAUSAL.contains(rel) ? OTHER_CLAUSE : SAME_CLAUSE;
      }
      if (isVerb(s, gov) || CLAUSAL.contains(rel)) {
        return OTHER_CLAUSE;
      }
      if (hop > 0 && CORE_ARGUMENTS.contains(rel)) {
        return OTHER_CLAUSE;
      }
      current = gov;
    }
    return NO_CLAUSE;
  }

  /**
   * Whether a time expression hanging on the subject {@code subject} by a prepositional modifier
   * ("on Wednesday") stands between the subject and its verb: an adverbial of the verb the parser
   * attached to the noun before it.
   */
  private static boolean preverbal(Sentence s, List<Integer> inside, int subject, int verb) {
    Dependency link =
        parent(
            s,
            inside.stream()
                .filter(
                    t -> {
                      Dependency d = parent(s, t);
                      return d != null && d.governor() == subject;
                    })
                .findFirst()
                .orElse(-1));
    if (link == null
        || !link.relation().startsWith("nmod")
        || link.relation().equals("nmod:poss")) {
      return false;
    }
    for (int t : inside) {
      if (t <= subject || t >= verb) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAnaphoric(TimeExpression t) {
    String text = t.text();
    return ANAPHORIC.matcher(text).matches() && !THIS_PERIOD.matcher(text).matches();
  }

  /** "since May", "until Friday", "by 2030": a bound, not the event's date. */
  private static boolean isBound(Sentence s, TimeExpression t, String cleanText) {
    String first = firstWord(t.text());
    if (BOUNDS.contains(first)) {
      return true;
    }
    Token before = null;
    for (Token tok : s.tokens()) {
      if (tok.span().end() <= t.span().start()) {
        before = tok;
      }
    }
    return before != null && BOUNDS.contains(before.word().toLowerCase(Locale.ROOT));
  }

  /** The second half of "from Monday to Wednesday": read with its first half. */
  private static boolean isRangeEnd(TimeExpression t, List<TimeExpression> own, String cleanText) {
    return rangeStart(t, own, cleanText).isPresent();
  }

  private static Optional<TimeExpression> rangeStart(
      TimeExpression t, List<TimeExpression> own, String cleanText) {
    for (TimeExpression p : own) {
      if (p.span().end() <= t.span().start()) {
        String between = cleanText.substring(p.span().end(), t.span().start());
        Matcher link = RANGE_LINK.matcher(between);
        if (link.find() && link.end() == between.length() && hasRangeOpening(p, cleanText)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasRangeOpening(TimeExpression t, String cleanText) {
    int from = Math.max(0, t.span().start() - 12);
    return RANGE_BEFORE.matcher(cleanText.substring(from, t.span().start())).find()
        || t.text().toLowerCase(Locale.ROOT).matches("(?:between|from)\\b.*");
  }

  // ------------------------------------------------------------------------------ reading

  private static Optional<EventDate> read(
      TimeExpression t,
      List<TimeExpression> own,
      Sentence s,
      String cleanText,
      Optional<LocalDate> publication,
      boolean future) {
    String words = t.text();
    boolean forward = future || DateWords.pointsForward(words);
    Optional<DayRange> range =
        DateWords.read(words, publication, forward, Optional.empty())
            .or(() -> t.value().flatMap(TimexValue::range));
    if (range.isEmpty()) {
      return Optional.empty();
    }
    DayRange r = range.get();
    int evidenceEnd = t.span().end();

    // "on Wednesday night (16)": the bracketed day of the month names the day
    Matcher bracket = BRACKET_DAY.matcher(cleanText.substring(t.span().end()));
    if (bracket.find() && r.precision() == DatePrecision.DAY) {
      Optional<LocalDate> day =
          DateWords.dayOfMonthNear(r.start(), Integer.parseInt(bracket.group(1)));
      if (day.isPresent()) {
        r = new DayRange(day.get(), day.get(), DatePrecision.DAY);
        evidenceEnd = t.span().end() + bracket.end();
      }
    }

    // "between March 3 and 5", "from Monday to Wednesday"
    int evidenceStart = t.span().start();
    if (hasRangeOpening(t, cleanText)) {
      String after =
          cleanText.substring(t.span().end(), Math.min(cleanText.length(), s.span().end()));
      Matcher link = RANGE_LINK.matcher(after);
      if (link.find()) {
        int at = t.span().end() + link.end();
        Optional<DayRange> end = Optional.empty();
        int endAt = -1;
        for (TimeExpression n : own) {
          if (n.span().start() == at) {
            end =
                DateWords.read(n.text(), publication, forward, Optional.of(r.start()))
                    .or(() -> n.value().flatMap(TimexValue::range));
            endAt = n.span().end();
          }
        }
        Matcher day = RANGE_DAY.matcher(cleanText.substring(at));
        if (end.isEmpty() && day.find() && r.precision() == DatePrecision.DAY) {
          end = DateWords.dayOfMonthAfter(r.start(), Integer.parseInt(day.group(1)));
          endAt = at + day.end();
        }
        if (end.isPresent() && !end.get().end().isBefore(r.start())) {
          r = new DayRange(r.start(), end.get().end(), r.precision());
          evidenceEnd = endAt;
          Matcher open = RANGE_BEFORE.matcher(cleanText.substring(0, t.span().start()));
          if (open.find()) {
            evidenceStart = open.start();
          }
        }
      }
    }

    // a past event happened at the latest on the publication date
    if (!forward && publication.isPresent()) {
      LocalDate pub = publication.get();
      if (r.end().isAfter(pub) && !r.start().isAfter(pub)) {
        r = new DayRange(r.start(), pub, r.precision());
      }
    }
    CharSpan span = new CharSpan(evidenceStart, evidenceEnd);
    return Optional.of(
        EventDate.of(
            r.start(),
            r.end(),
            r.precision(),
            new EventDate.Evidence(span.of(cleanText), span),
            publication));
  }

  // ------------------------------------------------------------------------------ tense

  /**
   * A will/shall auxiliary on the event's verb, or a non-past planning frame it is the complement
   * of ("plans to", "is expected to", "is scheduled to", "is going to").
   */
  static boolean isFuture(Sentence s, int event) {
    if (!s.parsed()) {
      boolean modal = false;
      for (Token t : s.tokens()) {
        if (t.pos().equals("VBD")) {
          return false;
        }
        modal |= t.pos().equals("MD") && FUTURE_AUX.contains(lower(t.word()));
      }
      return modal;
    }
    int verb = isVerb(s, event) ? event : nearestVerbAbove(s, event);
    for (int hop = 0; hop < 3 && verb >= 0; hop++) {
      for (Dependency d : s.dependencies()) {
        if (d.governor() == verb
            && d.relation().equals("aux")
            && FUTURE_AUX.contains(lower(s.tokens().get(d.dependent()).word()))) {
          return true;
        }
      }
      Dependency up = parent(s, verb);
      if (up == null || !up.relation().equals("xcomp") || up.governor() < 0) {
        return false;
      }
      int frame = up.governor();
      Token f = s.tokens().get(frame);
      if (FUTURE_FRAMES.contains(lower(f.lemma())) && !pastMarked(s, frame)) {
        return true;
      }
      verb = frame;
    }
    return false;
  }

  private static boolean pastMarked(Sentence s, int token) {
    if (s.tokens().get(token).pos().equals("VBD")) {
      return true;
    }
    for (Dependency d : s.dependencies()) {
      if (d.governor() == token
          && (d.relation().startsWith("aux") || d.relation().equals("cop"))
          && s.tokens().get(d.dependent()).pos().equals("VBD")) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------ parse helpers

  private static List<Integer> tokensIn(Sentence s, CharSpan span) {
    List<Integer> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.span().start() >= span.start() && t.span().end() <= span.end()) {
        out.add(t.index());
      }
    }
    return out;
  }

  private static Dependency parent(Sentence s, int token) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }

  private static boolean isVerb(Sentence s, int token) {
    return token >= 0 && token < s.tokens().size() && s.tokens().get(token).pos().startsWith("VB");
  }

  private static int nearestVerbAbove(Sentence s, int token) {
    int current = token;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Dependency up = parent(s, current);
      if (up == null || up.governor() < 0) {
        return -1;
      }
      current = up.governor();
      if (isVerb(s, current)) {
        return current;
      }
    }
    return -1;
  }

  private static String firstWord(String text) {
    String t = lower(text).strip();
    int space = t.indexOf(' ');
    return space < 0 ? t : t.substring(0, space);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
