package org.annals.model;

/** Half-open character range [start, end) in some text. */
public record CharSpan(int start, int end) {
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span needs 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
