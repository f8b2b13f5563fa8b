package org.annals.nlp;

import java.util.List;
import java.util.Set;
import org.annals.model.Token;

/**
 * Decides which sentences go to the dependency parser: parsing is the most expensive step, and only
 * sentences with a possible actor and a verb can yield events.
 */
final class ParseSelector {
  static final Set<String> ACTOR_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private ParseSelector() {}

  /**
   * Whether to parse a sentence with these tokens: never when longer than {@code
   * maxSentenceTokens}; with {@code parseFilter}, only when some token is a PERSON, ORGANIZATION,
   * LOCATION or MISC (or an NNP/NNPS that NER left untyped, so names NER missed still count, but
   * "Friday" or "May" tagged DATE do not) or a personal pronoun the coder may resolve ("he", "she",
   * "they") or a pair ("the two leaders", "both sides"), and some token is a verb (VB*).
   */
  static boolean shouldParse(List<Token> tokens, NlpConfig config) {
    if (!parseable(tokens, config)) {
      return false;
    }
    if (!config.parseFilter()) {
      return true;
    }
    boolean actor = false;
    boolean verb = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      actor |=
          ACTOR_TYPES.contains(t.ner())
              || isUntypedProperNoun(t)
              || isPersonalPronoun(t)
              || isPair(tokens, i);
      verb |= t.pos().startsWith("VB");
    }
    return actor && verb;
  }

  /**
   * "The two leaders", "both countries": the coder resolves such a pair to the two actors named
   * just before.
   */
  private static boolean isPair(List<Token> tokens, int i) {
    String w = tokens.get(i).word();
    if (!(w.equalsIgnoreCase("two") || w.equalsIgnoreCase("both"))) {
      return false;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
      if (tokens.get(j).pos().equals("NNS")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the parser may run on a sentence at all: the config asks for parses and the sentence is
   * not empty or longer than {@code maxSentenceTokens}.
   */
  static boolean parseable(List<Token> tokens, NlpConfig config) {
    return config.depparse() && !tokens.isEmpty() && tokens.size() <= config.maxSentenceTokens();
  }

  /** "He met …", "They signed …": the coder resolves pronouns to earlier actors. */
  private static boolean isPersonalPronoun(Token t) {
    return t.pos().equals("PRP")
        && !t.word().equalsIgnoreCase("it")
        && !t.word().equalsIgnoreCase("i")
        && !t.word().equalsIgnoreCase("you")
        && !t.word().equalsIgnoreCase("we");
  }

  private static boolean isUntypedProperNoun(Token t) {
    return t.ner().equals("O") && (t.pos().equals("NNP") || t.pos().equals("NNPS"));
  }
}
