package org.annals.model;

import java.util.List;

/**
 * A sentence of the clean text.
 *
 * @param index 0-based index within the article
 * @param span offsets in the clean text
 * @param tokens never empty
 * @param dependencies empty unless {@code parsed}
 * @param parsed whether the dependency parser ran on this sentence (only sentences that can yield
 *     events are parsed)
 */
public record Sentence(
    int index, CharSpan span, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public String text(CharSequence clean) {
    return span.of(clean);
  }
}
