package org.annals.model;

/**
 * Where an event comes from in its article.
 *
 * @param sentenceIndex 0-based sentence number in the article
 * @param sentence the sentence's span in the clean text
 * @param trigger the span of the words that matched the pattern (the verb, with its particle)
 * @param pattern the lexicon pattern that matched, as written in the lexicon
 */
public record EventEvidence(
    int sentenceIndex, CharSpan sentence, CharSpan trigger, String pattern) {
  public EventEvidence {
    if (sentenceIndex < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, got " + sentenceIndex);
    }
  }
}
