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
}
