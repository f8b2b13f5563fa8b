package org.annals.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * The words of a text that say what it is about: lower-cased lemmas of nouns, verbs, adjectives and
 * names, without function words, reporting verbs and numbers; and, apart, the numbers it gives.
 */
public final class Terms {
  private Terms() {}

  private static final Set<String> STOP =
      Set.of(
          "be",
          "have",
          "do",
          "say",
          "tell",
          "also",
          "would",
          "could",
          "will",
          "can",
          "may",
          "might",
          "must",
          "shall",
          "should",
          "get",
          "make",
          "go",
          "take",
          "come",
          "give",
          "one",
          "year",
          "day",
          "week",
          "month",
          "time",
          "people",
          "other",
          "new",
          "more",
          "most",
          "many",
          "such",
          "last",
          "first",
          "former",
          "mr.",
          "mrs.",
          "ms.",
          "mr",
          "mrs",
          "ms",
          "accord",
          "report",
          "news",
          "add",
          "include",
          "told",
          "state",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "percent",
          "%",
          "`",
          "'s",
          "-lrb-",
          "-rrb-");

  /** Content terms of tokens: see the class comment. */
  public static Set<String> content(List<Token> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      String term = term(t);
      if (!term.isEmpty()) {
        out.add(term);
      }
    }
    return out;
  }

  /** The term a token contributes, or "" when it contributes none. */
  public static String term(Token t) {
    String pos = t.pos();
    boolean content =
        pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("FW");
    if (!content) {
      return "";
    }
    String lemma = (t.lemma() == null || t.lemma().isBlank() ? t.word() : t.lemma());
    lemma = lemma.toLowerCase(Locale.ROOT);
    if (lemma.length() < 2 || STOP.contains(lemma) || !Character.isLetter(lemma.charAt(0))) {
      return "";
    }
    return lemma;
  }

  /**
   * Numbers the tokens give, normalized: "11", "eleven" and "11.0" are all {@code 11}; years
   * (1800–2100) are left out, they date rather than count.
   */
  public static Set<String> numbers(List<Token> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (!t.pos().equals("CD")) {
        continue;
      }
      String n = number(t.word());
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  private static final List<String> WORDS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  static String number(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    int spelled = WORDS.indexOf(w);
    if (spelled >= 0) {
      return Integer.toString(spelled);
    }
    try {
      double d = Double.parseDouble(w);
      if (d == Math.rint(d) && d >= 1800 && d <= 2100) {
        return "";
      }
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    } catch (NumberFormatException e) {
      return "";
    }
  }

  /** Jaccard similarity of two sets, 0 when both are empty. */
  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String s : small) {
      if (large.contains(s)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }

  /**
   * The lemma of a trigger: of its first verb or noun among the tokens the span covers ("sign" for
   * "signed off"), else of its first token; "" when it covers none.
   */
  public static String triggerLemma(List<Token> tokens, org.annals.model.CharSpan span) {
    String first = "";
    for (Token t : tokens) {
      if (t.span().end() <= span.start() || t.span().start() >= span.end()) {
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.pos().startsWith("VB") || t.pos().startsWith("NN")) {
        return lemma;
      }
      if (first.isEmpty()) {
        first = lemma;
      }
    }
    return first;
  }
}
