package org.annals.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.coder.extract.EventExtractor;
import org.annals.model.AnnotatedText;
import org.annals.model.CodedEvent;
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

/** The CODE stage on one pre-annotated sentence, and the sentence filter's cheap test. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoderBenchmark {
  private EventExtractor coder;
  private AnnotatedText text;

  @Setup
  public void setUp() {
    coder = EventExtractor.standard();
    text = Fixtures.annotated();
  }

  @Benchmark
  public List<CodedEvent> codeSentence() {
    return coder.code(Fixtures.SENTENCE, text, Fixtures.DATE, true);
  }

  @Benchmark
  public boolean mayYieldEvent() {
    return coder.mayYieldEvent(text.sentences().get(0).tokens());
  }
}
