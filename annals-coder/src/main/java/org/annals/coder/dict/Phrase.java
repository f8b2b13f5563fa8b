package org.annals.coder.dict;

import java.util.List;

/**
 * A dictionary phrase as tokens, with its sense.
 *
 * @param tokens the phrase's tokens, {@link Words#fold folded} (and lower-cased unless {@code
 *     caseSensitive})
 * @param caseSensitive whether the text's case must match (phrases with a capital letter)
 */
public record Phrase(List<String> tokens, boolean caseSensitive, Sense sense, String source) {
  public Phrase {
    tokens = List.copyOf(tokens);
  }

  public int length() {
    return tokens.size();
  }
}
