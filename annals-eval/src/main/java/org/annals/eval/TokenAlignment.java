package org.annals.eval;

/**
 * The tokens a character range covers: tokens {@code [start, end)}.
 *
 * @param exact whether the range begins at the first token's start and ends at the last token's
 *     end; when false, the range cuts into a token (or starts or ends in white space) and {@code
 *     [start, end)} are the tokens it touches
 */
public record TokenAlignment(int start, int end, boolean exact) {
  public TokenAlignment {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "alignment needs 0 <= start < end, got start=" + start + ", end=" + end);
    }
  }
}
