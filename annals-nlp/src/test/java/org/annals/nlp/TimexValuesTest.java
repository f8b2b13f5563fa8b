package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexValuesTest {
  @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
  @CsvSource({
    // fully written: absolute
    "DATE, 2025-05-09, true",
    "DATE, 2025-05, true",
    "DATE, 2025, true",
    "DATE, 2025-W18, true",
    "DATE, 2025-Q2, true",
    "DATE, 2025-SU, true",
    "DATE, 199X, true",
    "DATE, 19XX, true",
    "TIME, 2025-05-07T15:00, true",
    "TIME, 2025-05-07TNI, true",
    // what SUTime leaves when there is no document date: relative
    "DATE, XXXX-WXX-3, false",
    "DATE, XXXX-05-09, false",
    "DATE, PRESENT_REF, false",
    "DATE, PAST_REF, false",
    "TIME, T15:00, false",
    "TIME, XXXX-WXX-3T15:00, false",
    "DATE, THIS P1W OFFSET P-1W, false",
    "DATE, 2025-WXX-3, false",
    // durations and sets never depend on the document date
    "DURATION, P5Y, true",
    "DURATION, PXY, true",
    "SET, XXXX-WXX-1, true",
    // anything else
    "MONEY, 2025, false",
  })
  void tellsAbsoluteFromRelative(String type, String value, boolean absolute) {
    assertThat(TimexValues.isAbsolute(type, value)).isEqualTo(absolute);
  }

  @Test
  void missingValueIsNotAbsolute() {
    assertThat(TimexValues.isAbsolute("DATE", null)).isFalse();
    assertThat(TimexValues.isAbsolute("DURATION", "")).isFalse();
  }
}
