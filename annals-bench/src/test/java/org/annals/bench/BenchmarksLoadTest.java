package org.annals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmarks load and their bodies run once; no timing is measured or asserted here. */
class BenchmarksLoadTest {
  @Test
  void jmhGeneratedTheBenchmarkList() {
    assertThat(getClass().getResource("/META-INF/BenchmarkList")).isNotNull();
  }

  @Test
  void cleanerBenchmarkRuns() {
    CleanerBenchmark b = new CleanerBenchmark();
    b.setUp();
    assertThat(b.cleanHtml().article()).isPresent();
    assertThat(b.cleanText().article()).isPresent();
  }

  @Test
  void coderBenchmarkCodesItsSentence() {
    CoderBenchmark b = new CoderBenchmark();
    b.setUp();
    assertThat(b.codeSentence()).isNotEmpty();
    assertThat(b.mayYieldEvent()).isTrue();
  }
}
