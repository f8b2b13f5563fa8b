package org.annals.coder.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.CharSpan;
import org.annals.model.Dependency;
import org.annals.model.Token;

/**
 * A proper name in a sentence that could be an actor: a run of tokens [start, end) that CoreNLP
 * tagged PERSON or ORGANIZATION, or MISC when it names a group in the plural ("the Zapatistas").
 * Pronouns are never names.
 *
 * @param head the token the rest of the name depends on in the parse (the last token when the
 *     sentence has no parse)
 */
record ProperName(int start, int end, int head, String nerType) {
  static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "MISC");

  /** Tokens that may sit at the edge of a tagged run but are not part of the name. */
  private static final Set<String> EDGE_POS = Set.of("DT", "POS", "IN", "CC", ",", ".", ":", "``");

  ProperName {
    if (start < 0 || end <= start || head < start || head >= end) {
      throw new IllegalStateException(
          "a name needs start <= head < end, got " + start + ", " + head + ", " + end);
    }
  }

  int length() {
    return end - start;
  }

  boolean covers(int token) {
    return token >= start && token < end;
  }

  boolean person() {
    return nerType.equals("PERSON");
  }

  CharSpan span(List<Token> tokens) {
    return new CharSpan(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
  }

  String text(List<Token> tokens, String cleanText) {
    return span(tokens).of(cleanText).replaceAll("\\s+", " ");
  }

  /** The last word: a person's surname. */
  String last(List<Token> tokens) {
    return tokens.get(end - 1).word();
  }

  /** The names of a sentence, left to right; {@code g} may be null for a sentence with no parse. */
  static List<ProperName> all(List<Token> tokens, SentenceGraph g) {
    List<ProperName> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<ProperName> n = at(tokens, g, i);
      if (n.isPresent()) {
        out.add(n.get());
        i = Math.max(i + 1, n.get().end());
      } else {
        i++;
      }
    }
    return out;
  }

  /** The name that the token is part of. */
  static Optional<ProperName> at(List<Token> tokens, SentenceGraph g, int token) {
    String type = tokens.get(token).ner();
    if (!TYPES.contains(type)) {
      return Optional.empty();
    }
    int s = token;
    int e = token + 1;
    while (s > 0 && tokens.get(s - 1).ner().equals(type)) {
      s--;
    }
    while (e < tokens.size() && tokens.get(e).ner().equals(type)) {
      e++;
    }
    while (s < e && EDGE_POS.contains(tokens.get(s).pos())) {
      s++;
    }
    while (e > s && EDGE_POS.contains(tokens.get(e - 1).pos())) {
      e--;
    }
    if (s >= e || token < s || token >= e) {
      return Optional.empty();
    }
    boolean proper = false;
    for (int i = s; i < e; i++) {
      String pos = tokens.get(i).pos();
      if (pos.startsWith("PRP") || pos.startsWith("WP")) {
        return Optional.empty(); // "he", "his": pronouns never name an actor
      }
      proper |= pos.equals("NNP") || pos.equals("NNPS");
    }
    if (!proper) {
      return Optional.empty();
    }
    int head = head(g, s, e);
    if (type.equals("MISC") && !tokens.get(head).pos().equals("NNPS")) {
      return Optional.empty(); // "Venezuelan", "Olympics": only plural group names
    }
    return Optional.of(new ProperName(s, e, head, type));
  }

  /** The token of [s, e) whose governor is outside it; the last noun when there is no parse. */
  private static int head(SentenceGraph g, int s, int e) {
    if (g != null) {
      for (int i = s; i < e; i++) {
        boolean inside = false;
        boolean any = false;
        for (Dependency d : g.parents(i)) {
          any = true;
          if (d.governor() >= s && d.governor() < e) {
            inside = true;
          }
        }
        if (any && !inside) {
          return i;
        }
      }
    }
    return e - 1;
  }
}
