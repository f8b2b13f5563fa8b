package org.annals.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child process: commits one small batch, then stores big batches until killed. Prints
 * {@code committed <n>} after each commit and {@code storing} before each big batch.
 */
public final class BatchInChildProcess {
  static final int FIRST = 3;
  static final int BIG = 400;

  private BatchInChildProcess() {}

  public static void main(String[] args) {
    try (ArticleStore store = ArticleStore.open(Path.of(args[0]))) {
      long run = store.beginRun(List.of("child"));
      store.storeBatch(run, batch("first", FIRST), List.of());
      long total = FIRST;
      System.out.println("committed " + total);
      for (int round = 0; ; round++) {
        List<ArticleRecord> big = batch("round" + round, BIG);
        System.out.println("storing");
        System.out.flush();
        store.storeBatch(run, big, List.of());
        total += BIG;
        System.out.println("committed " + total);
      }
    }
  }

  static List<ArticleRecord> batch(String name, int n) {
    List<ArticleRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(
          Fixtures.article(
              "https://q.example/" + name + "/" + i,
              "Alice met Bob in Lisbon on Monday, story " + name + " " + i + ".",
              "Acme left Porto yesterday, said Bob.",
              "Nobody else was there."));
    }
    return out;
  }
}
