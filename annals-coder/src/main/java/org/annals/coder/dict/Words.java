package org.annals.coder.dict;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Word normalisation shared by the dictionaries and the matcher. */
public final class Words {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Words() {}

  /** Accents folded, typographic quotes and dashes made plain, case kept. */
  public static String fold(String word) {
    String s = word;
    if (!isAscii(s)) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
      s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-');
      s = s.replace('\u2014', '-');
    }
    return s;
  }

  /** {@link #fold} and lower case: the key words are indexed by. */
  public static String key(String word) {
    return fold(word).toLowerCase(Locale.ROOT);
  }

  /** Whether a dictionary phrase must match case-sensitively (it has an upper-case letter). */
  public static boolean caseSensitive(String phrase) {
    return !phrase.equals(phrase.toLowerCase(Locale.ROOT));
  }

  /**
   * A dictionary phrase as the tokens CoreNLP would give: split on spaces, with a possessive "'s"
   * split off. A leading "the" is dropped: it is optional when matching.
   */
  public static List<String> tokens(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
        out.add(w.substring(0, w.length() - 2));
        out.add("'s");
      } else {
        out.add(w);
      }
    }
    if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) {
      out.remove(0);
    }
    return out;
  }

  /**
   * The token sequences a phrase may appear as: CoreNLP splits most hyphenated words
   * ("drug-smuggling" → "drug", "-", "smuggling") but keeps some ("MS-13"), so a phrase with a
   * hyphen is listed both ways.
   */
  public static List<List<String>> variants(String phrase) {
    List<String> whole = tokens(phrase);
    List<String> split = new ArrayList<>();
    for (String t : whole) {
      if (t.length() > 2 && t.indexOf('-') > 0 && t.indexOf('-') < t.length() - 1) {
        String[] parts = t.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            split.add("-");
          }
          if (!parts[i].isEmpty()) {
            split.add(parts[i]);
          }
        }
      } else {
        split.add(t);
      }
    }
    return split.equals(whole) ? List.of(whole) : List.of(whole, split);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
