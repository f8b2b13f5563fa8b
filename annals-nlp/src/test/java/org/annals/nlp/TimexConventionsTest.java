package org.annals.nlp;

import static org.annals.nlp.TestSentences.sentence;
import static org.annals.nlp.TestSentences.spanOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;

class TimexConventionsTest {
  private static final LocalDate OCT_26_1989 = LocalDate.of(1989, 10, 26);

  private static TimexConventions.Typed norm(String type, String text, String value, boolean past) {
    return TimexConventions.normalize(type, text, value, OCT_26_1989, past, false);
  }

  @Test
  void agesOnceAndLoneVerbsAreNoTimeExpressions() {
    Sentence s =
        sentence(
            "The/DT/the 6-year-old/JJ/6-year-old boy/NN/boy once/RB/once said/VBD/say it/PRP/it");
    assertThat(TimexConventions.isTimex("DURATION", "6-year-old", s, spanOf(s, "6-year-old")))
        .isFalse();
    assertThat(TimexConventions.isTimex("DATE", "once", s, spanOf(s, "once"))).isFalse();
    Sentence verb = sentence("prosecutors/NNS/prosecutor might/MD/might present/VB/present");
    assertThat(TimexConventions.isTimex("DATE", "present", verb, spanOf(verb, "present")))
        .isFalse();
    Sentence report = sentence("the/DT/the annual/JJ/annual report/NN/report");
    assertThat(TimexConventions.isTimex("SET", "annual", report, spanOf(report, "annual")))
        .isFalse();
    Sentence friday = sentence("on/IN/on Friday/NNP/Friday");
    assertThat(TimexConventions.isTimex("DATE", "Friday", friday, spanOf(friday, "Friday")))
        .isTrue();
  }

  @Test
  void agoHasTheGranularityOfItsUnit() {
    assertThat(norm("DATE", "three years ago", "1986-10-26", true).value()).isEqualTo("1986");
    assertThat(norm("DATE", "two months earlier", "1989-08-26", true).value()).isEqualTo("1989-08");
    assertThat(norm("DATE", "two days ago", "1989-10-24", true).value()).isEqualTo("1989-10-24");
  }

  @Test
  void aPartOfANamedDayIsTheDay() {
    assertThat(norm("TIME", "Wednesday night", "1989-10-25TNI", true))
        .isEqualTo(new TimexConventions.Typed("DATE", "1989-10-25"));
    assertThat(norm("TIME", "the morning", "1989-10-26TMO", true).value())
        .isEqualTo("1989-10-26TMO");
  }

  @Test
  void decadesCenturiesAndZones() {
    assertThat(norm("DATE", "the 1970s", "197X", true).value()).isEqualTo("197X");
    // a Thursday article: "the weekend" of a report is the one before
    assertThat(norm("DATE", "the weekend", "1989-W43-WE", true).value()).isEqualTo("1989-W42-WE");
    assertThat(norm("DATE", "the weekend", "1989-W43-WE", false).value()).isEqualTo("1989-W43-WE");
    assertThat(norm("DATE", "the 20th century", "19XX", true).value()).isEqualTo("19");
    assertThat(norm("TIME", "4 a.m. EDT", "1989-10-26T04:00-0500", true).value())
        .isEqualTo("1989-10-26T04:00");
  }

  @Test
  void theQuarterOfAPastReportIsTheLastCompletedOne() {
    assertThat(norm("DATE", "the quarter", "1989-Q4", true).value()).isEqualTo("1989-Q3");
    assertThat(norm("DATE", "the quarter", "1989-Q4", false).value()).isEqualTo("1989-Q4");
    assertThat(
            TimexConventions.normalize(
                    "DATE", "a year earlier", "1988-10-26", OCT_26_1989, true, true)
                .value())
        .isEqualTo("1988-Q3");
    assertThat(TimexConventions.yearEarlier(LocalDate.of(1990, 2, 1), true)).isEqualTo("1988-Q4");
    assertThat(TimexConventions.yearEarlier(OCT_26_1989, false)).isEqualTo("1988");
  }

  @Test
  void titlesDiscourseNowAttendanceAndMarchesAreNoTimeExpressions() {
    Sentence show =
        sentence(
            "He/PRP/he said/VBD/say on/IN/on CBS/NNP/CBS 's/POS/'s ``/``/`` 60/CD/60"
                + " Minutes/NNPS/Minutes ''/''/''");
    assertThat(TimexConventions.isTimex("DURATION", "60 Minutes", show, spanOf(show, "60 Minutes")))
        .isFalse();
    Sentence holiday =
        sentence("found/VBN/find on/IN/on Thanksgiving/NNP/Thanksgiving Day/NNP/Day");
    assertThat(TimexConventions.isTimex("DURATION", "Day", holiday, spanOf(holiday, "Day")))
        .isFalse();
    Sentence opening = sentence("Days/NNS/day later/RB/later ,/,/, he/PRP/he left/VBD/leave");
    assertThat(TimexConventions.isTimex("DURATION", "Days", opening, spanOf(opening, "Days")))
        .isTrue();

    Sentence marker = sentence("Now/RB/now ,/,/, he/PRP/he says/VBZ/say");
    assertThat(TimexConventions.isTimex("DATE", "Now", marker, spanOf(marker, "Now"))).isFalse();
    Sentence now = sentence("Now/RB/now officials/NNS/official are/VBP/be worried/JJ/worried");
    assertThat(TimexConventions.isTimex("DATE", "Now", now, spanOf(now, "Now"))).isTrue();

    Sentence attended = sentence("officers/NNS/officer were/VBD/be present/JJ/present");
    assertThat(TimexConventions.isTimex("DATE", "present", attended, spanOf(attended, "present")))
        .isFalse();
    Sentence atPresent = sentence("at/IN/at present/JJ/present");
    assertThat(TimexConventions.isTimex("DATE", "present", atPresent, spanOf(atPresent, "present")))
        .isTrue();

    Sentence march = sentence("women/NNS/woman joined/VBD/join the/DT/the march/NN/march");
    assertThat(TimexConventions.isTimex("DATE", "march", march, spanOf(march, "march"))).isFalse();
    Sentence forLife = sentence("at/IN/at the/DT/the annual/JJ/annual March/NNP/March for/IN/for");
    assertThat(TimexConventions.isTimex("DATE", "March", forLife, spanOf(forLife, "March")))
        .isFalse();
    Sentence month = sentence("in/IN/in March/NNP/March ,/,/, he/PRP/he left/VBD/leave");
    assertThat(TimexConventions.isTimex("DATE", "March", month, spanOf(month, "March"))).isTrue();
  }

  @Test
  void aYearIdentifiedByItsEndIsADuration() {
    Sentence ended =
        sentence(
            "revenue/NN/revenue for/IN/for the/DT/the year/NN/year ended/VBD/end June/NNP/June");
    TimexConventions.Typed calendar = new TimexConventions.Typed("DATE", "1989");
    assertThat(TimexConventions.periodEnded("the year", ended, spanOf(ended, "the year"), calendar))
        .isEqualTo(new TimexConventions.Typed("DURATION", "P1Y"));
    Sentence plain = sentence("spending/NN/spending for/IN/for the/DT/the year/NN/year ,/,/,");
    assertThat(TimexConventions.periodEnded("the year", plain, spanOf(plain, "the year"), calendar))
        .isEqualTo(calendar);
  }
}
