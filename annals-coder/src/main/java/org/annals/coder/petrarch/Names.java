package org.annals.coder.petrarch;

import java.util.Locale;

/** Turning PETRARCH phrases (upper case, underscores) into Annals names. */
final class Names {
  private Names() {}

  /**
   * A PETRARCH phrase as an Annals name: underscores become spaces, a trailing underscore
   * (PETRARCH: "match the whole word") is dropped, and the phrase is lower-cased so that it matches
   * case-insensitively, except short all-letter acronyms ({@code IMF}, {@code UN}, {@code ETA})
   * which stay upper case so that they match only in capitals (also after a leading "the"). Empty
   * when nothing is left.
   */
  static String name(String phrase) {
    String s = phrase.replace('_', ' ').replace('|', ' ').trim().replaceAll("\\s+", " ");
    if (s.isEmpty()) {
      return s;
    }
    // "THE_US" would otherwise become "us" (Annals drops a leading "the"): the pronoun
    String core = s.regionMatches(true, 0, "THE ", 0, 4) ? s.substring(4) : s;
    if (core.matches("[A-Z]{2,3}")) {
      return core.equals(s) ? s : "the " + core;
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** The regular English plural of a phrase's last word ("minister" → "ministers"). */
  static String plural(String phrase) {
    String p = phrase;
    String lower = p.toLowerCase(Locale.ROOT);
    if (lower.endsWith("y")
        && p.length() > 1
        && !"aeiou".contains(lower.substring(p.length() - 2, p.length() - 1))) {
      return p.substring(0, p.length() - 1) + "ies";
    }
    if (lower.endsWith("s")
        || lower.endsWith("x")
        || lower.endsWith("z")
        || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      return p + "es";
    }
    return p + "s";
  }

  /** A crude singular of a (lower-case) word, or the word itself: "sanctions" → "sanction". */
  static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
