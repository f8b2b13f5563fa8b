package org.annals.eval;

/**
 * How CoNLL named-entity tags mark where an entity starts.
 *
 * <ul>
 *   <li>{@link #IOB1} (the original CoNLL-2003 files): every token of an entity is {@code I-TYPE};
 *       {@code B-TYPE} appears only on the first token of an entity that directly follows another
 *       entity of the same type.
 *   <li>{@link #IOB2} (most redistributions): the first token of every entity is {@code B-TYPE},
 *       the rest {@code I-TYPE}.
 * </ul>
 *
 * Both decode the same way: {@code B-TYPE}, or {@code I-TYPE} after a token that is not of TYPE,
 * starts an entity. They differ in what is invalid, which the reader reports.
 */
public enum TagScheme {
  IOB1,
  IOB2;

  /** {@code iob1} or {@code iob2}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
