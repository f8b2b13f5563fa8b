package org.annals.coder.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.Sense;
import org.annals.coder.dict.Words;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * The proper names of one article that the dictionary does not know, sentence by sentence, with the
 * affiliation the words around them suggest. Not thread-safe: one per article.
 *
 * <p>A name is unknown when its words are not all dictionary words and the resolver gives it no
 * actor of its own: it resolves to nothing ("Juan Perez met …") or only to a generic actor read
 * from a title or a country modifier ("Colombian Defense Minister Tomas Arbelaez" → COLGOV). A
 * surname alone is the person the article named in full before ("Tomas Arbelaez … Arbelaez"), and
 * known when that person is; the affiliation read where the article first gave one holds for the
 * later mentions.
 */
final class UnknownNames {
  /** Resolutions that give a generic actor, not the name's own. */
  static final Set<String> GENERIC = Set.of("title", "composed", "placed", "sector");

  /** POS tags of words that carry a name's content (not "of", "the", "'s"). */
  private static final Set<String> CONTENT_POS = Set.of("NNP", "NNPS", "NN", "NNS", "FW", "JJ");

  /**
   * An unknown name in a sentence.
   *
   * @param fullName the fullest form the article gave it
   * @param text the words here
   * @param generic the generic actor the resolver read from its phrase, if any
   */
  record Unknown(
      ProperName name,
      String fullName,
      String text,
      Affiliation affiliation,
      Optional<Resolved> generic) {}

  private record Full(String name, boolean known) {}

  private final ActorResolver resolver;
  private final AffiliationReader reader;
  private final String cleanText;
  private final Map<String, Map<String, Full>> bySurname = new HashMap<>();
  private final Map<String, Affiliation> affiliations = new HashMap<>();

  UnknownNames(ActorDictionary dictionary, ActorResolver resolver, String cleanText) {
    this.resolver = resolver;
    this.reader = new AffiliationReader(dictionary, resolver);
    this.cleanText = cleanText;
  }

  /** Remembers the full names of a sentence that has no parse. */
  void seeUnparsed(Sentence s, List<Mention> mentions) {
    for (ProperName n : ProperName.all(s.tokens(), null)) {
      rememberFullName(n, s.tokens(), mentions);
    }
  }

  /** The unknown names of a parsed sentence, left to right. */
  List<Unknown> of(SentenceGraph g, ActorResolver.Context ctx) {
    List<Token> tokens = g.sentence.tokens();
    List<ProperName> names = ProperName.all(tokens, g);
    for (ProperName n : names) {
      rememberFullName(n, tokens, ctx.mentions());
    }
    List<Unknown> out = new ArrayList<>();
    for (ProperName n : names) {
      if (!hasUnknownWords(n, tokens, ctx.mentions())) {
        continue; // "the Venezuelan Navy", "President Maduro": dictionary words only
      }
      if (n.person() && !g.children(n.head(), "det").isEmpty()) {
        continue; // "the Bill": a person's name takes no article
      }
      Optional<Resolved> r = resolver.resolve(ctx, n.head());
      if (r.isPresent() && !GENERIC.contains(r.get().resolution())) {
        continue;
      }
      String text = n.text(tokens, cleanText);
      String fullName = text;
      if (n.person() && n.length() == 1) {
        Map<String, Full> full = bySurname.getOrDefault(Words.key(n.last(tokens)), Map.of());
        if (full.size() == 1) {
          Full f = full.values().iterator().next();
          if (f.known()) {
            continue; // "Diego Molano … Molano": a known person by his surname
          }
          fullName = f.name();
        }
      }
      Affiliation a = reader.read(g, ctx.mentions(), n, cleanText);
      String key = Words.key(fullName);
      if (a.isEmpty()) {
        a = affiliations.getOrDefault(key, Affiliation.NONE);
      } else {
        affiliations.putIfAbsent(key, a);
      }
      out.add(new Unknown(n, fullName, text, a, r));
    }
    return out;
  }

  private void rememberFullName(ProperName n, List<Token> tokens, List<Mention> mentions) {
    if (!n.person() || n.length() < 2) {
      return;
    }
    boolean known = false;
    for (Mention m : mentions) {
      if (m.start() <= n.start() && n.end() <= m.end() && m.sense(Sense.Person.class).isPresent()) {
        known = true;
      }
    }
    String name = n.text(tokens, cleanText);
    Map<String, Full> full =
        bySurname.computeIfAbsent(Words.key(n.last(tokens)), k -> new HashMap<>());
    Full before = full.get(Words.key(name));
    full.put(
        Words.key(name),
        new Full(before == null ? name : before.name(), known || before != null && before.known()));
  }

  /** Whether some content word of the name is not a dictionary word. */
  private static boolean hasUnknownWords(ProperName n, List<Token> tokens, List<Mention> mentions) {
    for (int i = n.start(); i < n.end(); i++) {
      if (!CONTENT_POS.contains(tokens.get(i).pos())) {
        continue;
      }
      int t = i;
      if (mentions.stream().noneMatch(m -> AffiliationReader.isActorWords(m) && m.covers(t))) {
        return true;
      }
    }
    return false;
  }
}
