package org.annals.coder.extract;

import java.util.ArrayList;
import java.util.List;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.Phrase;
import org.annals.coder.dict.Sense;
import org.annals.coder.dict.Words;
import org.annals.model.Token;

/** Finds dictionary phrases in a sentence: longest match first, left to right. */
final class ActorMatcher {
  private final ActorDictionary dictionary;

  ActorMatcher(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  List<Mention> find(List<Token> tokens) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      List<Phrase> candidates = dictionary.phrasesStartingWith(Words.key(tokens.get(i).word()));
      int best = 0;
      List<Sense> senses = new ArrayList<>();
      for (Phrase p : candidates) {
        if (p.length() < best) {
          break; // sorted longest first
        }
        if (matchesAt(p, tokens, i)) {
          best = p.length();
          if (!senses.contains(p.sense())) {
            senses.add(p.sense());
          }
        }
      }
      if (best > 0) {
        out.add(new Mention(i, i + best, senses));
        i += best;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean matchesAt(Phrase p, List<Token> tokens, int start) {
    if (start + p.length() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < p.length(); k++) {
      String word = tokens.get(start + k).word();
      String want = p.tokens().get(k);
      if (p.caseSensitive()) {
        String folded = Words.fold(word);
        if (!folded.equals(want)
            && !(isAllCaps(folded) && folded.equalsIgnoreCase(want) && want.length() > 3)) {
          return false;
        }
      } else if (!Words.key(word).equals(want)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllCaps(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }
}
