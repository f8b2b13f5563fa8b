package org.annals.eval.coref;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annals.model.CharSpan;

/**
 * One ECB+ document, its text rebuilt from the tokens: tokens joined by single spaces, one sentence
 * per line (so a line break never falls inside a sentence).
 *
 * @param name the file name without {@code .xml}, e.g. {@code 1_10ecb}
 * @param topic e.g. {@code 1}
 * @param subtopic the topic and the half of the corpus: {@code 1ecb} (the original ECB documents)
 *     or {@code 1ecbplus} (the documents added by ECB+, about another, similar event)
 * @param text the rebuilt text
 * @param tokens the tokens in file order
 * @param mentions the gold event mentions in token order
 * @param selectedSentences the sentence numbers whose annotation is reliable (from the coreference
 *     sentence list; every sentence of the document when it was read without the list, none when
 *     the list does not name the document)
 */
public record EcbDocument(
    String name,
    String topic,
    String subtopic,
    String text,
    List<EcbToken> tokens,
    List<EventMention> mentions,
    Set<Integer> selectedSentences) {
  public EcbDocument {
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    selectedSentences = Collections.unmodifiableSet(new TreeSet<>(selectedSentences));
  }

  /** The sentence number of the token at or after {@code offset}; -1 when there is none. */
  public int sentenceAt(int offset) {
    // tokens are in text order: binary search for the first token that ends after offset
    int lo = 0;
    int hi = tokens.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() > offset) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found < 0 ? -1 : tokens.get(found).sentence();
  }

  /** Whether the span starts in a selected sentence. */
  public boolean inSelectedSentence(CharSpan span) {
    return selectedSentences.contains(sentenceAt(span.start()));
  }

  /** The mentions in selected sentences. */
  public List<EventMention> selectedMentions() {
    return mentions.stream().filter(EventMention::selected).toList();
  }

  /** This document as a system sees it: its name and text, nothing gold. */
  public CorefDocument input() {
    return new CorefDocument(name, text);
  }
}
