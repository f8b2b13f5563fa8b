package org.annals.model;

import java.util.List;

/**
 * The annotation layers of one article's clean text. Immutable.
 *
 * @param annotator name and version of what produced it, e.g. {@code corenlp-4.5.10}
 */
public record AnnotatedText(
    String annotator,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<TimeExpression> times) {
  public static final AnnotatedText NONE =
      new AnnotatedText("none", List.of(), List.of(), List.of());

  public AnnotatedText {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  public long parsedSentenceCount() {
    return sentences.stream().filter(Sentence::parsed).count();
  }
}
