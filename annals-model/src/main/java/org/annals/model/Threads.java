package org.annals.model;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, so a thread dump tells you the stage. */
public final class Threads {
  private Threads() {}

  /** A factory naming threads by {@code pattern}, e.g. {@code "annotate-%d"}. */
  public static ThreadFactory named(String pattern) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, String.format(java.util.Locale.ROOT, pattern, n.incrementAndGet()));
      t.setDaemon(true);
      return t;
    };
  }
}
