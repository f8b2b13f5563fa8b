package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How annals bench --synthetic reports the heap trend (no timing measured here). */
class BenchTrendTest {
  private static String trend(List<long[]> samples) {
    StringWriter s = new StringWriter();
    try (PrintWriter out = new PrintWriter(s)) {
      BenchCommand.printTrend(out, samples);
    }
    return s.toString();
  }

  @Test
  void aFlatHeapHasNoSlope() {
    List<long[]> samples = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      samples.add(new long[] {i * 500L, 900L << 20});
    }
    assertThat(trend(samples))
        .contains("first quarter 900 MB, last quarter 900 MB (8 samples)")
        .contains("slope=0.00 MB per 10,000 articles");
  }

  @Test
  void aGrowingHeapShowsItsGrowthPerTenThousandArticles() {
    List<long[]> samples = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      samples.add(new long[] {i * 1000L, (500L << 20) + i * (1L << 20)}); // 1 MB per 1,000
    }
    assertThat(trend(samples)).contains("slope=10.00 MB per 10,000 articles");
  }

  @Test
  void tooFewSamplesSaySo() {
    assertThat(trend(List.of(new long[] {1, 1}))).contains("too few heap samples");
  }
}
