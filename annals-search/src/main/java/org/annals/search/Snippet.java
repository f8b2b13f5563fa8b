package org.annals.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annals.model.CharSpan;

/**
 * A short plain-text passage of a hit (not HTML) and where the query matched in it, so that a UI
 * can mark the matches (escaping the rest) without trusting the text.
 *
 * @param text at most about {@value #MAX_LENGTH} characters, whitespace collapsed; "…" where it was
 *     cut
 * @param highlights the matches, as [start, end) offsets into {@code text}: sorted, not
 *     overlapping, never empty ranges
 */
public record Snippet(String text, List<CharSpan> highlights) {
  /** The longest snippet, "…" marks aside. */
  public static final int MAX_LENGTH = 300;

  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    int last = 0;
    for (CharSpan s : highlights) {
      if (s.start() < last || s.end() > text.length() || s.length() == 0) {
        throw new IllegalArgumentException(
            "highlights must be sorted, disjoint, non-empty and inside the snippet of length "
                + text.length()
                + ", got "
                + highlights);
      }
      last = s.end();
    }
  }

  /** A snippet without matches. */
  public static Snippet plain(String text) {
    return new Snippet(text, List.of());
  }

  /** The highlighted words, in order. */
  public List<String> matches() {
    return highlights.stream().map(s -> s.of(text)).toList();
  }

  /** The text with each match between {@code open} and {@code close}, e.g. "[" and "]". */
  public String marked(String open, String close) {
    StringBuilder b = new StringBuilder(text.length() + highlights.size() * 8);
    int at = 0;
    for (CharSpan s : highlights) {
      b.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return b.append(text, at, text.length()).toString();
  }

  /** As JSON: {@code {"text": …, "highlights": [[start, end], …]}}. */
  public Map<String, Object> record() {
    List<List<Integer>> spans = new ArrayList<>();
    for (CharSpan s : highlights) {
      spans.add(List.of(s.start(), s.end()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", text);
    m.put("highlights", spans);
    return m;
  }
}
