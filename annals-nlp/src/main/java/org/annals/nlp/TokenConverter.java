package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.CharSpan;
import org.annals.model.Token;

/** CoreNLP tokens to model {@link Token}s. */
final class TokenConverter {
  private TokenConverter() {}

  static List<Token> tokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      String word = label.originalText() != null ? label.originalText() : label.word();
      tokens.add(
          new Token(
              i,
              new CharSpan(label.beginPosition(), label.endPosition()),
              word,
              orElse(label.lemma(), word),
              orElse(label.tag(), ""),
              orElse(label.ner(), "O")));
    }
    return tokens;
  }

  static CharSpan span(CoreMap map) {
    return new CharSpan(
        map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
