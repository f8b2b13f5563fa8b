package org.annals.eval;

import java.util.List;

/**
 * One sentence of a CoNLL file.
 *
 * @param words the tokens (first column), never empty
 * @param tags the named-entity tags (last column), one per word
 * @param line 1-based line of the first token in its file
 */
public record ConllSentence(List<String> words, List<String> tags, int line) {
  public ConllSentence {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    if (words.isEmpty() || words.size() != tags.size()) {
      throw new IllegalArgumentException(
          "sentence needs as many tags as words, and at least one word; got "
              + words.size()
              + " words and "
              + tags.size()
              + " tags at line "
              + line);
    }
  }
}
