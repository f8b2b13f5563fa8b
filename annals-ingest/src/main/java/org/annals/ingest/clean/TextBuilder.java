package org.annals.ingest.clean;

import java.util.Arrays;
import org.annals.model.CleanText;
import org.annals.model.OffsetMap;

/**
 * Builds clean text one character at a time while recording, for each character, its offset in the
 * source. Collapses runs of whitespace to one space, drops invisible characters, and joins
 * paragraphs with a single {@code '\n'}. Source offsets are clamped to be non-decreasing, so the
 * resulting {@link OffsetMap} is always monotonic. Not thread-safe.
 */
final class TextBuilder {
  private final StringBuilder text = new StringBuilder();
  private int[] source = new int[256];
  private boolean pendingSpace;
  private int pendingSpaceAt;
  private boolean pendingBreak;
  private int pendingBreakAt;
  private int lastSource;

  /** Appends one source character found at {@code at}. */
  void append(char c, int at) {
    if (isInvisible(c)) {
      return;
    }
    if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
      if (!pendingSpace) {
        pendingSpace = true;
        pendingSpaceAt = at;
      }
      return;
    }
    if (text.length() > 0) {
      if (pendingBreak) {
        put('\n', pendingBreakAt);
      } else if (pendingSpace) {
        put(' ', pendingSpaceAt);
      }
    }
    pendingBreak = false;
    pendingSpace = false;
    put(c, at);
  }

  /** Appends {@code s}, whose character {@code i} is at source offset {@code start + i}. */
  void appendLinear(CharSequence s, int start) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i), start + i);
    }
  }

  /** Ends the current paragraph; the break is emitted only if more text follows. */
  void paragraphBreak(int at) {
    if (!pendingBreak) {
      pendingBreak = true;
      pendingBreakAt = at;
    }
  }

  int length() {
    return text.length();
  }

  boolean endsParagraph() {
    return text.length() == 0 || pendingBreak;
  }

  /** The clean text; {@code sourceEnd} is the source offset the end of the text maps to. */
  CleanText build(int sourceEnd) {
    int n = text.length();
    int[] table = Arrays.copyOf(source, n + 1);
    table[n] = Math.max(sourceEnd, n == 0 ? sourceEnd : table[n - 1] + 1);
    return new CleanText(text.toString(), OffsetMap.fromTable(table));
  }

  private void put(char c, int at) {
    int pos = Math.max(at, lastSource);
    lastSource = pos;
    if (text.length() + 1 >= source.length) {
      source = Arrays.copyOf(source, source.length * 2);
    }
    source[text.length()] = pos;
    text.append(c);
  }

  static boolean isInvisible(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD'
        || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
        || c == 0x7F;
  }
}
