package org.annals.coder.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * A sentence's dependency graph with edges indexed both ways (enhanced++ may give a token several
 * heads).
 */
final class SentenceGraph {
  final Sentence sentence;
  private final List<List<Dependency>> out;
  private final List<List<Dependency>> in;

  SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    out = new ArrayList<>(n);
    in = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>(2));
      in.add(new ArrayList<>(2));
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      in.get(d.dependent()).add(d);
      if (d.governor() >= 0 && d.governor() < n) {
        out.get(d.governor()).add(d);
      }
    }
  }

  int size() {
    return out.size();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  String word(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  List<Dependency> children(int i) {
    return out.get(i);
  }

  List<Dependency> parents(int i) {
    return in.get(i);
  }

  /**
   * Children by relation: exact ({@code "obj"}) or a family with a trailing colon ({@code "obl:"}).
   */
  List<Integer> children(int i, String relation) {
    List<Integer> r = new ArrayList<>(2);
    for (Dependency d : out.get(i)) {
      if (matches(d.relation(), relation)) {
        r.add(d.dependent());
      }
    }
    return r;
  }

  boolean hasChild(int i, String relation) {
    for (Dependency d : out.get(i)) {
      if (matches(d.relation(), relation)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(String actual, String wanted) {
    if (wanted.endsWith(":")) {
      return actual.startsWith(wanted) || actual.equals(wanted.substring(0, wanted.length() - 1));
    }
    return actual.equals(wanted);
  }

  /** The preposition of an oblique or nominal modifier: from "obl:with", else its case child. */
  String preposition(Dependency d) {
    String rel = d.relation();
    int colon = rel.indexOf(':');
    if (colon > 0) {
      String sub = rel.substring(colon + 1);
      if (!sub.equals("tmod")
          && !sub.equals("npmod")
          && !sub.equals("poss")
          && !sub.equals("agent")) {
        return sub.replace('_', ' ');
      }
      if (sub.equals("agent")) {
        return "by";
      }
    }
    for (int c : children(d.dependent(), "case")) {
      return word(c);
    }
    return "";
  }

  /** The first governor reached by one of these relations, or -1. */
  int governorBy(int i, String... relations) {
    for (Dependency d : in.get(i)) {
      for (String r : relations) {
        if (matches(d.relation(), r) && d.governor() >= 0) {
          return d.governor();
        }
      }
    }
    return -1;
  }
}
