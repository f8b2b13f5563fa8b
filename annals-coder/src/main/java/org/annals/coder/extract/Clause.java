package org.annals.coder.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.Dependency;

/**
 * The arguments of one verb in the dependency parse: its subjects (or passive agents), objects,
 * indirect objects and prepositional phrases, each as head tokens.
 *
 * <p>Enhanced++ dependencies already spread subjects and objects over coordination ("Russia and
 * Venezuela signed" gives two subjects) and controlled clauses ("agreed to send" gives "send" the
 * subject of "agreed").
 */
record Clause(
    int verb,
    Optional<String> particle,
    boolean passive,
    List<Integer> subjects,
    Map<String, List<Integer>> slots) {

  /** Prepositions of the object's own modifiers that may carry the target ("strikes on boats"). */
  static final List<String> OBJECT_TARGET_PREPS =
      List.of("on", "against", "to", "with", "for", "over", "toward", "towards");

  /** Obliques that may carry the target, in order. */
  static final List<String> OBLIQUE_TARGET_PREPS =
      List.of(
          "to", "with", "against", "on", "at", "into", "toward", "towards", "for", "upon", "over");

  static Clause of(SentenceGraph g, int v) {
    Optional<String> particle = Optional.empty();
    for (int p : g.children(v, "compound:prt")) {
      particle = Optional.of(g.word(p));
    }
    boolean passive = g.hasChild(v, "nsubj:pass") || g.hasChild(v, "aux:pass");
    List<Integer> subjects = new ArrayList<>();
    Map<String, List<Integer>> slots = new LinkedHashMap<>();
    // a reduced relative: "the boats struck by US forces", "civilians detained by police" —
    // the modified noun is the patient, whatever subject the enhanced graph gave the participle
    int reducedPatient = -1;
    if (g.token(v).pos().equals("VBN")) {
      for (Dependency d : g.parents(v)) {
        if (d.relation().equals("acl") && d.governor() >= 0) {
          reducedPatient = d.governor();
        }
      }
    }
    if (reducedPatient >= 0) {
      passive = true;
      add(slots, "obj", reducedPatient);
    }
    if (passive) {
      for (Dependency d : g.children(v)) {
        if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
          subjects.add(d.dependent());
        } else if (d.relation().startsWith("nsubj:pass")) {
          add(slots, "obj", d.dependent());
        }
      }
    } else {
      for (Dependency d : g.children(v)) {
        String rel = d.relation();
        if (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("csubj")) {
          subjects.add(d.dependent());
        }
      }
    }
    if (subjects.isEmpty() && !passive && g.token(v).pos().equals("VBG")) {
      // "…, accusing him of lying": a participle clause shares its governor's subject
      for (Dependency d : g.parents(v)) {
        if ((d.relation().startsWith("advcl") || d.relation().equals("dep")) && d.governor() >= 0) {
          for (Dependency s : g.children(d.governor())) {
            if (s.relation().equals("nsubj")) {
              subjects.add(s.dependent());
            }
          }
        }
      }
    }
    for (Dependency d : g.children(v)) {
      String rel = d.relation();
      if (rel.equals("obj") || rel.equals("dobj")) {
        add(slots, "obj", d.dependent());
      } else if (rel.equals("iobj")) {
        add(slots, "iobj", d.dependent());
      } else if ((rel.startsWith("obl")
              && !rel.equals("obl:agent")
              && !rel.equals("obl:tmod")
              && !rel.equals("obl:npmod"))
          || rel.startsWith("nmod")) {
        if (passive && rel.equals("obl:by")) {
          continue;
        }
        String prep = g.preposition(d);
        if (!prep.isEmpty()) {
          add(slots, prep, d.dependent());
        }
      }
    }
    // the object's own prepositional modifiers: "launched strikes against boats"
    // and through "of" chains: "welcomed the resumption of ties with Osgiliath"
    List<Integer> frontier = new ArrayList<>(slots.getOrDefault("obj", List.of()));
    for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int o : frontier) {
        for (Dependency d : g.children(o)) {
          if (d.relation().startsWith("nmod") && !d.relation().equals("nmod:poss")) {
            String prep = g.preposition(d);
            if (!prep.isEmpty()) {
              add(slots, prep, d.dependent());
              if (prep.equals("of")) {
                next.add(d.dependent());
              }
            }
          }
        }
      }
      frontier = next;
    }
    return new Clause(v, particle, passive, subjects, slots);
  }

  List<Integer> slot(String name) {
    return slots.getOrDefault(name, List.of());
  }

  private static void add(Map<String, List<Integer>> slots, String slot, int token) {
    List<Integer> list = slots.computeIfAbsent(slot, k -> new ArrayList<>(2));
    if (!list.contains(token)) {
      list.add(token);
    }
  }
}
