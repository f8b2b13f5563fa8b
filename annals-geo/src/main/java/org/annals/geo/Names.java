package org.annals.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: case, diacritics, dots, hyphens and a leading "the" do not matter. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  /**
   * The lookup key of a name: {@code "the Côte d’Ivoire"} and {@code "cote d'ivoire"} share one.
   */
  public static String key(String name) {
    String s = name;
    if (!ascii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
      s = MARKS.matcher(s).replaceAll("");
    }
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '.', ',', '"', '(', ')' -> {}
        case '\u2019', '\u2018', '`', '\u00b4' -> sb.append('\'');
        case '-', '\u2013', '\u2014', '_', '/' -> sb.append(' ');
        case '\u0131' -> sb.append('i');
        case '\u00f8' -> sb.append('o');
        case '\u00df' -> sb.append("ss");
        case '\u00e6' -> sb.append("ae");
        case '\u0142' -> sb.append('l');
        case '\u0111' -> sb.append('d');
        default -> sb.append(c);
      }
    }
    s = sb.toString().trim();
    if (s.indexOf("  ") >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0) {
      s = SPACES.matcher(s).replaceAll(" ");
    }
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Whether the name is written in Latin letters (after removing diacritics). */
  public static boolean latin(String name) {
    String k = key(name);
    if (k.isEmpty()) {
      return false;
    }
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '\'')) {
        return false;
      }
    }
    return true;
  }
}
