package org.annals.eval;

import java.util.List;

/**
 * A document of a CoNLL file.
 *
 * @param index 0-based position in its corpus
 * @param sentences never empty
 * @param entities the gold entities, as token ranges over the whole document (tokens numbered
 *     across its sentences), in order, with CoNLL types ({@code PER}, {@code ORG}, {@code LOC},
 *     {@code MISC})
 */
public record ConllDocument(int index, List<ConllSentence> sentences, List<LabeledSpan> entities) {
  public ConllDocument {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("document " + index + " has no sentences");
    }
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.words().size()).sum();
  }

  /** 1-based line of its first token. */
  public int line() {
    return sentences.get(0).line();
  }

  /** The text an annotator sees: one sentence per line, tokens separated by one space. */
  public TokenText text() {
    return TokenText.join(sentences.stream().map(ConllSentence::words).toList());
  }
}
