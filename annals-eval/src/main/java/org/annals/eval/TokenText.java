package org.annals.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;

/**
 * A text rebuilt from pre-tokenized sentences, as clean text for an annotator: tokens joined by one
 * space, sentences by {@code '\n'} (one per line, so the annotator never joins two gold sentences).
 * Knows each token's character range, and maps character ranges found by the annotator back to
 * tokens. Immutable.
 */
public final class TokenText {
  private final String text;
  private final int[] starts;
  private final int[] ends;

  private TokenText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * @param sentences each a non-empty list of tokens; a token must not be empty or contain white
   *     space
   * @throws IllegalArgumentException on an empty sentence, or a token that is empty or contains
   *     white space (it could not be found again by its offsets)
   */
  public static TokenText join(List<List<String>> sentences) {
    int count = sentences.stream().mapToInt(List::size).sum();
    int[] starts = new int[count];
    int[] ends = new int[count];
    StringBuilder sb = new StringBuilder();
    int t = 0;
    for (int s = 0; s < sentences.size(); s++) {
      List<String> tokens = sentences.get(s);
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException("sentence " + s + " has no tokens");
      }
      if (s > 0) {
        sb.append('\n');
      }
      for (int i = 0; i < tokens.size(); i++) {
        String token = tokens.get(i);
        if (token.isEmpty() || token.codePoints().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException(
              "token " + i + " of sentence " + s + " is empty or has white space: '" + token + "'");
        }
        if (i > 0) {
          sb.append(' ');
        }
        starts[t] = sb.length();
        sb.append(token);
        ends[t] = sb.length();
        t++;
      }
    }
    return new TokenText(sb.toString(), starts, ends);
  }

  public String text() {
    return text;
  }

  public int tokenCount() {
    return starts.length;
  }

  /** Character range of token {@code index}. */
  public CharSpan token(int index) {
    return new CharSpan(starts[index], ends[index]);
  }

  /**
   * The tokens that {@code chars} touches, or empty when it touches none (it lies in white space or
   * beyond the text).
   */
  public Optional<TokenAlignment> align(CharSpan chars) {
    if (chars.length() == 0) {
      return Optional.empty();
    }
    // first token ending after chars.start, last token starting before chars.end
    int first = firstEndingAfter(chars.start());
    int last = lastStartingBefore(chars.end());
    if (first >= starts.length || last < 0 || first > last) {
      return Optional.empty();
    }
    boolean exact = starts[first] == chars.start() && ends[last] == chars.end();
    return Optional.of(new TokenAlignment(first, last + 1, exact));
  }

  private int firstEndingAfter(int offset) {
    int i = Arrays.binarySearch(ends, offset + 1);
    return i >= 0 ? i : -i - 1;
  }

  private int lastStartingBefore(int offset) {
    int i = Arrays.binarySearch(starts, offset - 1);
    return i >= 0 ? i : -i - 2;
  }
}
