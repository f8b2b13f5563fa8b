package org.annals.resolve.merge;

import java.util.List;

/**
 * Whether two mentions report one real event, and why.
 *
 * @param score 0..1, the weighted agreement of the evidence
 * @param threshold the score at which the merger merges
 * @param matches the evidence that agreed, each with what it contributed
 * @param conflicts what the texts say that tells the two events apart; any conflict forbids the
 *     merge whatever the score
 */
public record MergeScore(
    double score, double threshold, List<Evidence> matches, List<String> conflicts) {

  /**
   * One piece of evidence.
   *
   * @param kind {@code dyad}, {@code code}, {@code date}, {@code place}, {@code terms}, {@code
   *     copies}
   * @param detail what was compared, readable ("RUSGOV→VENGOV = RUS→VEN")
   * @param agreement 0..1
   * @param weight its weight in the score
   */
  public record Evidence(String kind, String detail, double agreement, double weight) {}

  public MergeScore {
    matches = List.copyOf(matches);
    conflicts = List.copyOf(conflicts);
  }

  /** True when the two are one event: no conflict and a score at the threshold or above. */
  public boolean same() {
    return conflicts.isEmpty() && score >= threshold;
  }

  /** One line: the score, then each piece of evidence, then the conflicts. */
  public String explain() {
    StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%.2f", score));
    for (Evidence e : matches) {
      b.append(
          String.format(
              java.util.Locale.ROOT, "; %s %.2f (%s)", e.kind(), e.agreement(), e.detail()));
    }
    for (String c : conflicts) {
      b.append("; conflict: ").append(c);
    }
    return b.toString();
  }
}
