package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.annals.model.AnnotatedText;
import org.annals.model.Threads;
import org.junit.jupiter.api.Test;

/** One shared annotator used from two threads at once gives what one thread gives. */
class CoreNlpAnnotatorConcurrencyIT {
  private static final int THREADS = 2;
  private static final int ROUNDS = 4;

  @Test
  void twoThreadsGetIdenticalResults() throws Exception {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared(NlpConfig.DEFAULTS);
    AnnotatedText expected =
        annotator.annotate(CoreNlpAnnotatorIT.NEWS, CoreNlpAnnotatorIT.PUBLISHED);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS, Threads.named("annotate-it-%d"));
    try {
      List<Future<AnnotatedText>> results = new ArrayList<>();
      for (int i = 0; i < THREADS * ROUNDS; i++) {
        results.add(
            pool.submit(
                () -> annotator.annotate(CoreNlpAnnotatorIT.NEWS, CoreNlpAnnotatorIT.PUBLISHED)));
      }
      for (Future<AnnotatedText> result : results) {
        assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
