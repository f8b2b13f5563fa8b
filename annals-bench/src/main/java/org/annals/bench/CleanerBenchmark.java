package org.annals.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.annals.ingest.ArticleCleaner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The CLEAN stage on one news page: main-text extraction, boilerplate filters, dates, language. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanerBenchmark {
  private ArticleCleaner cleaner;
  private byte[] html;
  private byte[] text;

  @Setup
  public void setUp() {
    cleaner = new ArticleCleaner(() -> LocalDate.of(2026, 12, 1));
    html = Fixtures.html().getBytes(StandardCharsets.UTF_8);
    text = Fixtures.plainText().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public ArticleCleaner.Outcome cleanHtml() {
    return cleaner.clean(Fixtures.raw(URI.create("https://news.example/world/1.html"), html, true));
  }

  @Benchmark
  public ArticleCleaner.Outcome cleanText() {
    return cleaner.clean(Fixtures.raw(URI.create("file:///bench/article.txt"), text, false));
  }
}
