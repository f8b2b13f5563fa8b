package org.annals.model;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++).
 *
 * @param relation e.g. {@code nsubj}, {@code obj}, {@code obl:to}
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
  public static final int ROOT = -1;
}
