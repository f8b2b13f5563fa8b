package org.annals.coder.dict;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One lexicon line: {@code 0332 send obj=@force to=+}.
 *
 * @param code the CAMEO code it gives
 * @param lemma the verb lemma
 * @param particle the particle a particle verb needs ({@code carry_out} → "out")
 * @param groups constraints; each group holds alternatives, at least one of which must hold
 * @param targetSlots where to look for the target; empty means the default order
 * @param voice "passive", "active" or empty
 * @param weight reliability, 0..1
 * @param text the line as written, shown as the event's evidence
 * @param order position in the lexicon, which breaks ties
 */
public record VerbPattern(
    String code,
    String lemma,
    Optional<String> particle,
    List<List<Constraint>> groups,
    List<String> targetSlots,
    String voice,
    double weight,
    String text,
    int order) {
  public VerbPattern {
    groups = groups.stream().map(List::copyOf).toList();
    targetSlots = List.copyOf(targetSlots);
  }

  /** How specific the pattern is: the number of constraint groups. */
  public int specificity() {
    return groups.size() + (voice.isEmpty() ? 0 : 1);
  }

  /**
   * A constraint on a slot of the verb: {@code obj} or a preposition.
   *
   * @param slot "obj" or the preposition ("with", "against", …)
   * @param words allowed head lemmas ({@link Words#key keys}); empty with {@code any} or {@code
   *     target}
   * @param any {@code *}: any head
   * @param target {@code +}: the head must be an actor, which becomes the target
   */
  public record Constraint(String slot, Set<String> words, boolean any, boolean target) {
    public Constraint {
      words = Set.copyOf(words);
    }

    public boolean accepts(String lemmaKey) {
      return any || target || words.contains(lemmaKey);
    }
  }
}
