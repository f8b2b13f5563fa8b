package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.annals.model.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers (like annotation workers calling contains) run while the writer commits batches. */
class ConcurrencyTest {
  @TempDir Path tmp;

  @Test
  void readersSeeOnlyWholeBatchesWhileTheWriterCommits() throws Exception {
    int batches = 15;
    int perBatch = 20;
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of());
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(
            Threads.named("reader-%d")
                .newThread(
                    () -> {
                      try {
                        while (writing.get()) {
                          StoreStats stats = store.stats();
                          // all or nothing: every stored article has its 3 sentences
                          assertThat(stats.versions() % perBatch).isZero();
                          assertThat(stats.sentences()).isEqualTo(3 * stats.versions());
                          store.contains("https://q.example/round0/0", "x");
                          store.listArticles(ArticleQuery.latest().page(5, 0));
                        }
                      } catch (Throwable t) {
                        failures.add(t);
                      }
                    }));
      }
      readers.forEach(Thread::start);
      try {
        for (int b = 0; b < batches; b++) {
          store.storeBatch(run, BatchInChildProcess.batch("round" + b, perBatch), List.of());
        }
      } finally {
        writing.set(false);
        for (Thread t : readers) {
          t.join();
        }
      }
      assertThat(failures).isEmpty();
      assertThat(store.stats().versions()).isEqualTo((long) batches * perBatch);
    }
  }
}
