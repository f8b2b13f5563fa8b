package org.annals.eval;

/** Told after each document of an evaluation, e.g. to print progress. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total) -> {};

  void documentDone(int done, int total);
}
