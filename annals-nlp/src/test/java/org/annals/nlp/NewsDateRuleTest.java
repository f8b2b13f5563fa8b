package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsDateRuleTest {
  /** A Thursday. */
  private static final LocalDate THURSDAY_2025_05_08 = LocalDate.of(2025, 5, 8);

  @ParameterizedTest(name = "[{index}] {1} = {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // bare weekdays resolved into the rest of the week move back one week
        "DATE | Friday            | 2025-05-09    | 2025-05-02",
        "DATE | on Friday         | 2025-05-09    | 2025-05-02",
        "DATE | Sunday            | 2025-05-11    | 2025-05-04",
        "DATE | late Friday       | 2025-05-09    | 2025-05-02",
        "DATE | Fri.              | 2025-05-09    | 2025-05-02",
        "TIME | Friday night      | 2025-05-09TNI | 2025-05-02TNI",
        "TIME | Friday morning    | 2025-05-09TMO | 2025-05-02TMO",
        // not after the publication date: unchanged
        "DATE | Wednesday         | 2025-05-07    | 2025-05-07",
        "DATE | Thursday          | 2025-05-08    | 2025-05-08",
        // not bare: SUTime's own reading stands
        "DATE | this Friday       | 2025-05-09    | 2025-05-09",
        "DATE | next Friday       | 2025-05-16    | 2025-05-16",
        "DATE | Friday, May 9     | 2025-05-09    | 2025-05-09",
        // the value's weekday does not match the text: leave it alone
        "DATE | Friday            | 2025-05-10    | 2025-05-10",
        // month-days without a year move back to the latest year not after publication
        "DATE | May 9             | 2025-05-09    | 2024-05-09",
        "DATE | on May 20         | 2025-05-20    | 2024-05-20",
        "DATE | 20 May            | 2025-05-20    | 2024-05-20",
        "DATE | the 20th of May   | 2025-05-20    | 2024-05-20",
        "DATE | Dec. 31           | 2025-12-31    | 2024-12-31",
        // holidays without a year move back to the last one (Thanksgiving: fourth Thursday)
        "DATE | Thanksgiving      | 2025-11-27    | 2024-11-28",
        "DATE | Thanksgiving Day  | 2025-11-27    | 2024-11-28",
        "DATE | on Christmas Day  | 2025-12-25    | 2024-12-25",
        "DATE | Labor Day         | 2025-09-01    | 2024-09-02",
        "DATE | May 8             | 2025-05-08    | 2025-05-08",
        "DATE | May 9, 2025       | 2025-05-09    | 2025-05-09",
        "DATE | May 10            | 2025-05-11    | 2025-05-11",
        // other types and values the rule cannot read are untouched
        "DURATION | Friday        | P1D           | P1D",
        "DATE | Friday            | 2025-05-09-WXX-5 INTERSECT PTXH | 2025-05-09-WXX-5 INTERSECT PTXH",
        "DATE | Friday            | XXXX-WXX-5    | XXXX-WXX-5",
        "SET  | every Friday      | XXXX-WXX-5    | XXXX-WXX-5",
      })
  void shiftsForwardResolvedBareDatesBack(String type, String text, String value, String expected) {
    assertThat(NewsDateRule.apply(type, text, value, THURSDAY_2025_05_08, false))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] will ... {0} = {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // future clause: dates after publication are what we expect
        "Friday       | 2025-05-09 | 2025-05-09",
        "May 9        | 2025-05-09 | 2025-05-09",
        // … and dates before it move forward
        "Friday       | 2025-05-02 | 2025-05-09",
        "Monday       | 2025-05-05 | 2025-05-12",
        "Thursday     | 2025-05-08 | 2025-05-08",
        "February 16  | 2025-02-16 | 2026-02-16",
        "this Friday  | 2025-05-02 | 2025-05-02",
        "February     | 2025-02    | 2026-02",
        "May          | 2025-05    | 2025-05",
      })
  void movesFutureClausesForwardOnly(String text, String value, String expected) {
    assertThat(NewsDateRule.apply("DATE", text, value, THURSDAY_2025_05_08, true))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the stack check's case: a November article, "on February 16" resolved to next year
        "2025-11-20 | February 16 | 2026-02-16 | 2025-02-16",
        // leap day: back to the latest leap year
        "2025-03-01 | February 29 | 2028-02-29 | 2024-02-29",
        // across a year boundary
        "2025-01-02 | December 30 | 2025-12-30 | 2024-12-30",
        "2025-01-02 | Saturday    | 2025-01-04 | 2024-12-28",
        // a month without a year: the latest not after the publication month
        "2025-02-17 | May         | 2025-05    | 2024-05",
        "2025-02-17 | in May      | 2025-05    | 2024-05",
        "2025-02-17 | February    | 2025-02    | 2025-02",
        "2025-02-17 | January     | 2025-01    | 2025-01",
        // "last June" is the latest June before the publication month, whatever SUTime says
        "1989-10-26 | last June   | 1988-06    | 1989-06",
        "1989-10-26 | last October | 1989-10   | 1988-10",
      })
  void handlesYearsAndLeapDays(String publication, String text, String value, String expected) {
    assertThat(NewsDateRule.apply("DATE", text, value, LocalDate.parse(publication), false))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] forward {0} = {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a weekday SUTime put before publication moves to the coming one
        "Tuesday         | 2025-05-06 | 2025-05-13",
        "on Monday       | 2025-05-05 | 2025-05-12",
        "Tuesday morning | 2025-05-06 | 2025-05-13",
        // already ahead, or not a bare weekday: unchanged
        "Friday          | 2025-05-09 | 2025-05-09",
        "May 6           | 2025-05-06 | 2025-05-06",
        "last Tuesday    | 2025-05-06 | 2025-05-06",
      })
  void weekdaysInAForwardClauseMoveForward(String text, String value, String expected) {
    assertThat(NewsDateRule.forwardWeekday("DATE", text, value, THURSDAY_2025_05_08))
        .isEqualTo(expected);
  }
}
