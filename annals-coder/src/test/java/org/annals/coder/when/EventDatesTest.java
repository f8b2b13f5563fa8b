package org.annals.coder.when;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.DatePrecision;
import org.annals.model.Dependency;
import org.annals.model.EventDate;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The date rules on sentences we wrote, with hand-made parses and time expressions standing in for
 * CoreNLP's. The publication date is Thursday 2022-02-17 unless a test says otherwise.
 */
class EventDatesTest {
  private static final LocalDate THURSDAY = LocalDate.of(2022, 2, 17);

  /** A whitespace-tokenized sentence, its tags, and each token's "head/relation". */
  record Parsed(String text, Sentence sentence, List<TimeExpression> times) {
    Parsed time(String words, String type, String value) {
      int start = text.indexOf(words);
      assertThat(start).as(words).isNotNegative();
      List<TimeExpression> more = new ArrayList<>(times);
      more.add(
          new TimeExpression(
              0,
              new CharSpan(start, start + words.length()),
              words,
              type,
              Optional.ofNullable(value),
              true));
      return new Parsed(text, sentence, more);
    }

    EventDate dateOf(int event, LocalDate publication) {
      return EventDates.of(sentence, event, times, text, Optional.ofNullable(publication));
    }

    EventDate dateOf(int event) {
      return dateOf(event, THURSDAY);
    }
  }

  static Parsed parse(String words, String tags, String heads) {
    String[] w = words.split(" ");
    String[] t = tags.split(" ");
    String[] h = heads.split(" ");
    assertThat(t).hasSameSizeAs(w);
    assertThat(h).hasSameSizeAs(w);
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < w.length; i++) {
      tokens.add(new Token(i, new CharSpan(at, at + w[i].length()), w[i], lemma(w[i]), t[i], "O"));
      at += w[i].length() + 1;
      int slash = h[i].indexOf('/');
      deps.add(
          new Dependency(h[i].substring(slash + 1), Integer.parseInt(h[i].substring(0, slash)), i));
    }
    String text = String.join(" ", w);
    return new Parsed(
        text, new Sentence(0, new CharSpan(0, text.length()), tokens, deps, true), List.of());
  }

  private static String lemma(String word) {
    return switch (word) {
      case "signed", "signs" -> "sign";
      case "said" -> "say";
      case "will" -> "will";
      default -> word.toLowerCase(java.util.Locale.ROOT);
    };
  }

  /**
   * "Russia signed the deal TIME ." with TIME's last word an oblique of "signed" (token 1) and its
   * other words hanging on that last word.
   */
  static Parsed signed(String time) {
    return deal("signed", "VBD", time);
  }

  static Parsed deal(String verb, String tag, String time) {
    String[] tw = time.split(" ");
    int head = 4 + tw.length - 1;
    StringBuilder tags = new StringBuilder("NNP " + tag + " DT NN");
    StringBuilder heads = new StringBuilder("1/nsubj -1/root 3/det 1/obj");
    for (int i = 0; i < tw.length; i++) {
      tags.append(i == tw.length - 1 ? " NN" : " JJ");
      heads.append(i == tw.length - 1 ? " 1/obl:tmod" : " " + head + "/amod");
    }
    return parse("Russia " + verb + " the deal " + time + " .", tags + " .", heads + " 1/punct");
  }

  /** "Russia will sign the deal TIME ." with "sign" as token 2. */
  static Parsed willSign(String time) {
    String[] tw = time.split(" ");
    int head = 5 + tw.length - 1;
    StringBuilder tags = new StringBuilder("NNP MD VB DT NN");
    StringBuilder heads = new StringBuilder("2/nsubj 2/aux -1/root 4/det 2/obj");
    for (int i = 0; i < tw.length; i++) {
      tags.append(i == tw.length - 1 ? " NN" : " JJ");
      heads.append(i == tw.length - 1 ? " 2/obl:tmod" : " " + head + "/amod");
    }
    return parse("Russia will sign the deal " + time + " .", tags + " .", heads + " 2/punct");
  }

  private static void assertDate(
      EventDate d, String start, String end, DatePrecision precision, String evidence) {
    assertThat(d.start()).contains(LocalDate.parse(start));
    assertThat(d.end()).contains(LocalDate.parse(end));
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d.evidence().orElseThrow().text()).isEqualTo(evidence);
    assertThat(d.upperBound()).contains(THURSDAY);
  }

  @Test
  void aWeekdayIsTheLatestSuchDayNotAfterPublication() {
    EventDate d = signed("on Wednesday").time("Wednesday", "DATE", "2022-02-16").dateOf(1);
    assertDate(d, "2022-02-16", "2022-02-16", DatePrecision.DAY, "Wednesday");
    assertThat(d.evidence().orElseThrow().span()).isEqualTo(new CharSpan(26, 35));
  }

  @Test
  void aWeekdayAfterPublicationInThePastTenseMovesBackAWeek() {
    // SUTime's forward reading of "Saturday" in a Thursday article
    EventDate d = signed("on Saturday").time("Saturday", "DATE", "2022-02-19").dateOf(1);
    assertDate(d, "2022-02-12", "2022-02-12", DatePrecision.DAY, "Saturday");
  }

  @Test
  void theFutureTenseReadsAWeekdayForward() {
    EventDate d = willSign("on Saturday").time("Saturday", "DATE", "2022-02-12").dateOf(2);
    assertDate(d, "2022-02-19", "2022-02-19", DatePrecision.DAY, "Saturday");
  }

  @Test
  void nextReadsForwardEvenInThePresentTense() {
    EventDate d = deal("signs", "VBZ", "next Monday").time("next Monday", "DATE", null).dateOf(1);
    assertDate(d, "2022-02-21", "2022-02-21", DatePrecision.DAY, "next Monday");
    EventDate last = signed("last Thursday").time("last Thursday", "DATE", null).dateOf(1);
    assertDate(last, "2022-02-10", "2022-02-10", DatePrecision.DAY, "last Thursday");
  }

  @Test
  void lastWeekIsTheWholeWeekBefore() {
    EventDate d = signed("last week").time("last week", "DATE", "2022-W06").dateOf(1);
    assertDate(d, "2022-02-07", "2022-02-13", DatePrecision.WEEK, "last week");
  }

  @Test
  void earlierThisMonthRunsFromItsFirstDayToPublication() {
    EventDate d =
        signed("earlier this month").time("earlier this month", "DATE", "2022-02").dateOf(1);
    assertDate(d, "2022-02-01", "2022-02-17", DatePrecision.MONTH, "earlier this month");
  }

  @Test
  void threeYearsAgoIsThatYear() {
    EventDate d = signed("three years ago").time("three years ago", "DATE", "2019").dateOf(1);
    assertDate(d, "2019-01-01", "2019-12-31", DatePrecision.YEAR, "three years ago");
    EventDate days = signed("two days ago").time("two days ago", "DATE", null).dateOf(1);
    assertDate(days, "2022-02-15", "2022-02-15", DatePrecision.DAY, "two days ago");
  }

  @Test
  void aMonthWithoutAYearIsTheLatestNotAfterPublicationUnlessFuture() {
    // SUTime reads "May" in a February article as the coming May
    EventDate past = signed("in May").time("May", "DATE", "2022-05").dateOf(1);
    assertDate(past, "2021-05-01", "2021-05-31", DatePrecision.MONTH, "May");
    EventDate future = willSign("in May").time("May", "DATE", "2022-05").dateOf(2);
    assertDate(future, "2022-05-01", "2022-05-31", DatePrecision.MONTH, "May");
  }

  @Test
  void aRangeOfDaysOfOneMonth() {
    Parsed p =
        parse(
            "Russia held talks with Venezuela between March 3 and 5 .",
            "NNP VBD NNS IN NNP IN NNP CD CC CD .",
            "1/nsubj -1/root 1/obj 4/case 1/obl:with 6/case 1/obl:between 6/nummod 9/cc 6/conj"
                + " 1/punct");
    EventDate d = p.time("March 3", "DATE", "2022-03-03").dateOf(1, LocalDate.of(2022, 3, 10));
    assertThat(d.start()).contains(LocalDate.of(2022, 3, 3));
    assertThat(d.end()).contains(LocalDate.of(2022, 3, 5));
    assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(d.evidence().orElseThrow().text()).isEqualTo("between March 3 and 5");
  }

  @Test
  void aRangeOfWeekdays() {
    Parsed p =
        parse(
            "Russia held talks with Venezuela from Monday to Wednesday .",
            "NNP VBD NNS IN NNP IN NNP IN NNP .",
            "1/nsubj -1/root 1/obj 4/case 1/obl:with 6/case 1/obl:from 8/case 1/obl:to 1/punct");
    EventDate d =
        p.time("Monday", "DATE", "2022-02-14").time("Wednesday", "DATE", "2022-02-16").dateOf(1);
    assertDate(d, "2022-02-14", "2022-02-16", DatePrecision.DAY, "from Monday to Wednesday");
  }

  @Test
  void aRangeOfMonthsKeepsMonthPrecision() {
    Parsed p =
        parse(
            "Russia held talks with Venezuela from May to July .",
            "NNP VBD NNS IN NNP IN NNP IN NNP .",
            "1/nsubj -1/root 1/obj 4/case 1/obl:with 6/case 1/obl:from 8/case 1/obl:to 1/punct");
    EventDate d = p.time("May", "DATE", "2021-05").time("July", "DATE", "2021-07").dateOf(1);
    assertDate(d, "2021-05-01", "2021-07-31", DatePrecision.MONTH, "from May to July");
  }

  @Test
  void aDayOfTheMonthInBracketsGivesTheDay() {
    Parsed p =
        parse(
            "The agreement was signed on Wednesday night ( 16 ) .",
            "DT NN VBD VBN IN NNP NN -LRB- CD -RRB- .",
            "1/det 3/nsubj:pass 3/aux:pass -1/root 6/case 6/compound 3/obl:on 8/punct 6/appos"
                + " 8/punct 3/punct");
    // published Friday 2022-02-25: the latest Wednesday would be the 23rd, the bracket says 16
    EventDate d =
        p.time("Wednesday night", "TIME", "2022-02-23TNI").dateOf(3, LocalDate.of(2022, 2, 25));
    assertThat(d.start()).contains(LocalDate.of(2022, 2, 16));
    assertThat(d.end()).contains(LocalDate.of(2022, 2, 16));
    assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(d.evidence().orElseThrow().text()).isEqualTo("Wednesday night ( 16 )");
  }

  @Test
  void noExpressionGivesAnUnknownDateBoundedByPublication() {
    EventDate d = signed("quickly").dateOf(1);
    assertThat(d.precision()).isEqualTo(DatePrecision.UNKNOWN);
    assertThat(d.start()).isEmpty();
    assertThat(d.end()).isEmpty();
    assertThat(d.evidence()).isEmpty();
    assertThat(d.upperBound()).contains(THURSDAY);
  }

  @Test
  void anExpressionInAnotherClauseIsNotUsed() {
    Parsed p =
        parse(
                "Maduro said on Monday that Russia signed the deal .",
                "NNP VBD IN NNP IN NNP VBD DT NN .",
                "1/nsubj -1/root 3/case 1/obl:on 6/mark 6/nsubj 1/ccomp 8/det 6/obj 1/punct")
            .time("Monday", "DATE", "2022-02-14");
    assertThat(p.dateOf(6).precision()).isEqualTo(DatePrecision.UNKNOWN);
    assertDate(p.dateOf(1), "2022-02-14", "2022-02-14", DatePrecision.DAY, "Monday");
  }

  @Test
  void anExpressionOnAnObliqueOfTheVerbIsInItsClause() {
    Parsed p =
        parse(
                "Two people were killed in an attack on Monday .",
                "CD NNS VBD VBN IN DT NN IN NNP .",
                "1/nummod 3/nsubj:pass 3/aux:pass -1/root 6/case 6/det 3/obl:in 8/case 6/nmod:on"
                    + " 3/punct")
            .time("Monday", "DATE", "2022-02-14");
    assertDate(p.dateOf(3), "2022-02-14", "2022-02-14", DatePrecision.DAY, "Monday");
  }

  @Test
  void aDateOfTheObjectIsNotTheEventsDate() {
    Parsed p =
        parse(
                "Russia condemned the February 24 invasion .",
                "NNP VBD DT NNP CD NN .",
                "1/nsubj -1/root 5/det 5/compound 3/nummod 1/obj 1/punct")
            .time("February 24", "DATE", "2022-02-24");
    assertThat(p.dateOf(1).precision()).isEqualTo(DatePrecision.UNKNOWN);
  }

  @Test
  void durationsSetsBoundsAndAnaphoraAreNoEventDates() {
    assertThat(
            signed("for three years").time("three years", "DURATION", "P3Y").dateOf(1).precision())
        .isEqualTo(DatePrecision.UNKNOWN);
    assertThat(signed("every Monday").time("every Monday", "SET", "XXXX-WXX-1").dateOf(1).known())
        .isFalse();
    assertThat(signed("until Friday").time("Friday", "DATE", "2022-02-18").dateOf(1).known())
        .isFalse();
    assertThat(
            signed("the following day")
                .time("the following day", "DATE", "2022-02-18")
                .dateOf(1)
                .known())
        .isFalse();
  }

  @Test
  void withoutAPublicationDateOnlyAbsoluteDatesAreGiven() {
    EventDate relative = signed("in May").time("May", "DATE", null).dateOf(1, null);
    assertThat(relative.known()).isFalse();
    assertThat(relative.upperBound()).isEmpty();
    EventDate absolute = signed("in May 2021").time("May 2021", "DATE", "2021-05").dateOf(1, null);
    assertThat(absolute.start()).contains(LocalDate.of(2021, 5, 1));
    assertThat(absolute.end()).contains(LocalDate.of(2021, 5, 31));
    assertThat(absolute.precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void theSutimeValueIsUsedWhenNoRuleReadsTheWords() {
    EventDate d =
        signed("in the first quarter").time("the first quarter", "DATE", "2021-Q1").dateOf(1);
    assertDate(d, "2021-01-01", "2021-03-31", DatePrecision.MONTH, "the first quarter");
    EventDate now = signed("now").time("now", "DATE", "PRESENT_REF").dateOf(1);
    assertThat(now.known()).isFalse();
  }
}
