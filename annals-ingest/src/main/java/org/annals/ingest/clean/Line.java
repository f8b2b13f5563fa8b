package org.annals.ingest.clean;

import org.annals.model.CharSpan;

/**
 * One paragraph (line) of a text being cleaned.
 *
 * @param index 0-based line number among non-empty lines
 * @param span offsets of the line in the text it was cut from
 * @param text the line, stripped
 * @param reason why the cleaner removed it ({@code photo-credit}, {@code comments}, …), or null if
 *     kept
 */
public record Line(int index, CharSpan span, String text, String reason) {
  public boolean kept() {
    return reason == null;
  }

  Line withReason(String why) {
    return new Line(index, span, text, why);
  }

  int words() {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
