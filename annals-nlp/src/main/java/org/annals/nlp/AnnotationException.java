package org.annals.nlp;

import java.util.OptionalInt;

/**
 * CoreNLP failed on a text. Says where when known: the sentence index and the char offset (into the
 * clean text) of that sentence.
 */
public final class AnnotationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int sentenceIndex;
  private final int charOffset;

  AnnotationException(String message, int sentenceIndex, int charOffset, Throwable cause) {
    super(message, cause);
    this.sentenceIndex = sentenceIndex;
    this.charOffset = charOffset;
  }

  /** A failure of the whole-document pass (tokenize … ner), where no sentence is known. */
  static AnnotationException forDocument(int textLength, RuntimeException cause) {
    return new AnnotationException(
        "CoreNLP failed to annotate a text of "
            + textLength
            + " chars (tokenize, ssplit, pos, lemma, ner): "
            + cause,
        -1,
        -1,
        cause);
  }

  /** A failure while parsing one sentence. */
  static AnnotationException forSentence(
      String stage, int sentenceIndex, int charOffset, RuntimeException cause) {
    return new AnnotationException(
        "CoreNLP "
            + stage
            + " failed on sentence "
            + sentenceIndex
            + " at char offset "
            + charOffset
            + ": "
            + cause,
        sentenceIndex,
        charOffset,
        cause);
  }

  /** 0-based index of the sentence that failed, when known. */
  public OptionalInt sentenceIndex() {
    return sentenceIndex < 0 ? OptionalInt.empty() : OptionalInt.of(sentenceIndex);
  }

  /** Char offset in the clean text where the failing sentence starts, when known. */
  public OptionalInt charOffset() {
    return charOffset < 0 ? OptionalInt.empty() : OptionalInt.of(charOffset);
  }
}
