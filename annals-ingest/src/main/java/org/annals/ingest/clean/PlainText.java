package org.annals.ingest.clean;

import org.annals.model.CleanText;

/**
 * Turns plain text into one paragraph per line. Lines are paragraphs, except in hard-wrapped text
 * (most lines 30–100 characters, paragraphs separated by blank lines, as in wire copy and e-mail),
 * where single line breaks are joined with a space and only blank lines end paragraphs.
 */
public final class PlainText {
  private PlainText() {}

  public static CleanText normalize(String raw) {
    boolean wrapped = isHardWrapped(raw);
    TextBuilder out = new TextBuilder();
    int len = raw.length();
    int i = 0;
    while (i < len) {
      char c = raw.charAt(i);
      if (c == '\r' || c == '\n') {
        int breakAt = i;
        int newlines = 0;
        while (i < len
            && (raw.charAt(i) == '\r'
                || raw.charAt(i) == '\n'
                || raw.charAt(i) == ' '
                || raw.charAt(i) == '\t')) {
          if (raw.charAt(i) == '\n'
              || (raw.charAt(i) == '\r' && (i + 1 >= len || raw.charAt(i + 1) != '\n'))) {
            newlines++;
          }
          i++;
        }
        if (!wrapped || newlines >= 2) {
          out.paragraphBreak(breakAt);
        } else {
          out.append(' ', breakAt);
        }
        continue;
      }
      out.append(c, i);
      i++;
    }
    return out.build(len);
  }

  static boolean isHardWrapped(String raw) {
    String[] lines = raw.split("\\r?\\n|\\r");
    int nonEmpty = 0;
    int midLength = 0;
    int unterminated = 0;
    int blank = 0;
    for (String l : lines) {
      String s = l.strip();
      if (s.isEmpty()) {
        blank++;
        continue;
      }
      nonEmpty++;
      if (l.length() >= 30 && l.length() <= 100) {
        midLength++;
      }
      if (!s.matches(".*[.!?\"”:]$")) {
        unterminated++;
      }
    }
    return nonEmpty >= 6
        && blank > 0
        && midLength * 10 >= nonEmpty * 7
        && unterminated * 10 >= nonEmpty * 4;
  }
}
