package org.annals.coder.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.Role;
import org.annals.coder.dict.Sense;
import org.annals.coder.dict.Words;
import org.annals.model.Dependency;
import org.annals.model.Token;

/**
 * Reads the likely country and sector of a name the dictionary does not know from the words around
 * it, with the dictionary's own tables (country names, adjectives and demonyms, sector nouns,
 * titles, institutions, and the sectors' {@code in-names} words):
 *
 * <ul>
 *   <li>a title or description before the name: "Colombian Defense Minister Tomas Arbelaez", "rebel
 *       commander X", "the Venezuelan business chamber Fedecamaras";
 *   <li>an apposition either way: "X, Colombia's defense minister", "X, a spokesman for the
 *       Venezuelan army", "Colombia's defense minister, X";
 *   <li>for organisations, the name itself: a country ("Venezuelan Chamber of Commerce", "Bank of
 *       Colombia") and the word that says what it is ("Chamber of Commerce" BUS, "Party" PTY).
 * </ul>
 *
 * <p>A title names the sector of its holder unless a sector word modifies it ("rebel leader" is
 * REB, not GOV) or it heads an organisation the dictionary does not know ("Fedecamaras president"
 * says nothing of the government); a spokesman, envoy or official speaks for what modifies them ("a
 * spokesman for the Venezuelan army" is MIL), or for a country's government. "Former" makes a
 * country's official ELI.
 */
final class AffiliationReader {
  /** Relations that describe a noun: its modifiers and what it is "of", "for" or "from". */
  private static final Set<String> DESCRIBING =
      Set.of(
          "amod",
          "compound",
          "flat",
          "nmod:poss",
          "nmod:of",
          "nmod:for",
          "nmod:from",
          "nmod:at",
          "nmod:in",
          "nmod",
          "det",
          "case");

  private static final Set<String> CONTENT_EDGES =
      Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-");

  private final ActorDictionary dictionary;
  private final ActorResolver resolver;

  AffiliationReader(ActorDictionary dictionary, ActorResolver resolver) {
    this.dictionary = dictionary;
    this.resolver = resolver;
  }

  /** Words of the sentence that describe the name, headed by one noun. */
  private record Group(int head, TreeSet<Integer> tokens, boolean name) {}

  /** What one group says. */
  private record Reading(
      Optional<String> country, Optional<String> sector, Optional<String> igo, boolean stateless) {
    boolean isEmpty() {
      return country.isEmpty() && sector.isEmpty() && igo.isEmpty();
    }
  }

  Affiliation read(SentenceGraph g, List<Mention> mentions, ProperName name, String cleanText) {
    List<Group> groups = groups(g, name);
    Optional<String> country = Optional.empty();
    Optional<String> sector = Optional.empty();
    Optional<String> igo = Optional.empty();
    boolean stateless = false;
    TreeSet<Integer> cueTokens = new TreeSet<>();
    List<Group> used = new ArrayList<>();
    for (Group gr : groups) {
      Reading r = reading(g, mentions, name, gr);
      if (r.isEmpty()) {
        continue;
      }
      boolean contributed = false;
      if (country.isEmpty() && r.country().isPresent()) {
        country = r.country();
        contributed = true;
      }
      if (sector.isEmpty() && r.sector().isPresent()) {
        sector = r.sector();
        stateless = r.stateless();
        contributed = true;
      }
      if (igo.isEmpty() && r.igo().isPresent()) {
        igo = r.igo();
        contributed = true;
      }
      if (contributed) {
        used.add(gr);
        cueTokens.addAll(gr.tokens());
      }
    }
    if (country.isPresent()) {
      igo = Optional.empty();
    } else if (igo.isPresent()) {
      sector = Optional.of("IGO");
      stateless = false;
    }
    if (country.isEmpty() && sector.isEmpty() && igo.isEmpty()) {
      return Affiliation.NONE;
    }
    return new Affiliation(country, sector, igo, stateless, name.person(), cue(g, used, cleanText));
  }

  // ------------------------------------------------------------------------------ groups

  private List<Group> groups(SentenceGraph g, ProperName name) {
    List<Group> out = new ArrayList<>();
    if (!name.person()) {
      TreeSet<Integer> inside = new TreeSet<>();
      for (int i = name.start(); i < name.end(); i++) {
        inside.add(i);
      }
      out.add(new Group(name.head(), inside, true));
    }
    // modifiers before or after the name, outside it: "Colombian Defense Minister" X
    TreeSet<Integer> mods = new TreeSet<>();
    int modHead = -1;
    for (int i = name.start(); i < name.end(); i++) {
      for (Dependency d : g.children(i)) {
        String rel = d.relation();
        int dep = d.dependent();
        if (name.covers(dep)
            || !(rel.equals("amod")
                || rel.startsWith("compound")
                || rel.equals("nmod:poss")
                || rel.startsWith("flat"))) {
          continue;
        }
        mods.addAll(subtree(g, dep, name));
        if (modHead < 0 || dep > modHead) {
          modHead = dep; // the modifier nearest the name heads the description
        }
      }
    }
    if (modHead >= 0) {
      out.add(new Group(modHead, mods, false));
    }
    // appositions: "X, Colombia's defense minister"
    for (Dependency d : g.children(name.head())) {
      if (d.relation().equals("appos") && !name.covers(d.dependent())) {
        out.add(new Group(d.dependent(), subtree(g, d.dependent(), name), false));
      }
    }
    // the name in apposition to a description: "Colombia's defense minister, X"
    for (Dependency d : g.parents(name.head())) {
      if (d.relation().equals("appos") && d.governor() >= 0 && !name.covers(d.governor())) {
        out.add(new Group(d.governor(), subtree(g, d.governor(), name), false));
      }
    }
    return out;
  }

  /** A noun and its describing words, three levels deep, without the name's own tokens. */
  private static TreeSet<Integer> subtree(SentenceGraph g, int top, ProperName name) {
    TreeSet<Integer> out = new TreeSet<>();
    out.add(top);
    List<Integer> frontier = List.of(top);
    for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int t : frontier) {
        for (Dependency d : g.children(t)) {
          int dep = d.dependent();
          String rel = d.relation();
          boolean describing =
              DESCRIBING.contains(rel) || rel.startsWith("compound") || rel.startsWith("flat");
          if (describing && !name.covers(dep) && out.add(dep)) {
            next.add(dep);
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  // ------------------------------------------------------------------------------ reading

  private Reading reading(SentenceGraph g, List<Mention> mentions, ProperName name, Group gr) {
    Mention atHead = null;
    List<Mention> inGroup = new ArrayList<>();
    for (Mention m : mentions) {
      if (isActorWords(m) && gr.tokens().stream().anyMatch(m::covers)) {
        inGroup.add(m);
        if (m.covers(gr.head())) {
          atHead = m;
        }
      }
    }
    Optional<String> country = Optional.empty();
    Optional<String> igo = Optional.empty();
    for (Mention m : inGroup) {
      for (Sense s : m.senses()) {
        if (country.isEmpty() && !(s instanceof Sense.Igo)) {
          country = resolver.countryOf(s);
        }
        if (igo.isEmpty() && s instanceof Sense.Igo i) {
          igo = Optional.of(i.code());
        }
      }
    }
    if (gr.name()) {
      Optional<Sector> own = nameSector(g, inGroup, name);
      return new Reading(
          country, own.map(Sector::code), igo, own.map(Sector::stateless).orElse(false));
    }
    List<Sector> modSectors = new ArrayList<>();
    for (Mention m : inGroup) {
      if (m != atHead) {
        sectorOf(m).ifPresent(modSectors::add);
      }
    }
    boolean unknownOrg = false;
    boolean former = false;
    for (int t : gr.tokens()) {
      Token tok = g.token(t);
      unknownOrg |=
          tok.ner().equals("ORGANIZATION")
              && mentions.stream().noneMatch(m -> isActorWords(m) && m.covers(t));
      former |= g.word(t).equals("former") || g.word(t).equals("ex");
    }
    Optional<Sector> sector = Optional.empty();
    Optional<Sense.Title> title =
        atHead == null ? Optional.empty() : atHead.sense(Sense.Title.class);
    boolean agentive =
        ActorResolver.AGENTIVE.contains(g.lemma(gr.head()))
            || ActorResolver.AGENTIVE.contains(g.word(gr.head()));
    if (title.isPresent() || agentive) {
      if (!modSectors.isEmpty()) {
        sector = Optional.of(modSectors.get(0)); // "rebel leader", "army spokesman"
      } else if (igo.isPresent()) {
        sector = Optional.of(new Sector("IGO", false));
      } else if (unknownOrg) {
        sector = Optional.empty(); // "Fedecamaras president": the head of something we don't know
      } else if (title.isPresent()) {
        String s =
            new Role("", title.get().roles().get(0), java.time.LocalDate.MIN, Optional.empty())
                .sector();
        sector = s.isEmpty() ? Optional.empty() : Optional.of(new Sector(s, false));
      } else if (country.isPresent()) {
        sector = Optional.of(new Sector("GOV", false)); // "Venezuela's ambassador"
      }
    } else if (atHead != null && sectorOf(atHead).isPresent()) {
      // "a Venezuelan soldier"; a sector word before it says more ("rebel commander", "police
      // officer"), except "government", which any state agent serves
      Optional<Sector> mod = modSectors.stream().filter(m -> !m.code().equals("GOV")).findFirst();
      sector = mod.isPresent() ? mod : sectorOf(atHead);
    } else if (!modSectors.isEmpty()) {
      sector = Optional.of(modSectors.get(0)); // "police chief"
    } else if (!name.person()) {
      sector = nameWord(g, gr.head(), gr.head() + 1); // "X, a Colombian bank"
    }
    if (former && country.isPresent()) {
      sector = Optional.of(new Sector("ELI", false));
    }
    return new Reading(
        country, sector.map(Sector::code), igo, sector.map(Sector::stateless).orElse(false));
  }

  private record Sector(String code, boolean stateless) {}

  private static Optional<Sector> sectorOf(Mention m) {
    for (Sense s : m.senses()) {
      if (s instanceof Sense.Sector sec) {
        return Optional.of(new Sector(sec.sector(), sec.stateless()));
      }
      if (s instanceof Sense.Institution in) {
        return Optional.of(new Sector(in.sector(), false));
      }
      if (s instanceof Sense.Group gr && gr.sector().isPresent()) {
        return Optional.of(new Sector(gr.sector().get(), false));
      }
    }
    return Optional.empty();
  }

  /**
   * What an organisation's own name says it is: the sector words inside it, the one covering the
   * name's head first, the longest first ("Liberation Army" REB over "Army" MIL).
   */
  private Optional<Sector> nameSector(SentenceGraph g, List<Mention> inName, ProperName name) {
    record Hit(int start, int end, Sector sector) {}
    List<Hit> hits = new ArrayList<>();
    for (Mention m : inName) {
      sectorOf(m).ifPresent(s -> hits.add(new Hit(m.start(), m.end(), s)));
    }
    for (int i = name.start(); i < name.end(); i++) {
      int at = i;
      nameWordMatch(g, i, name.end())
          .ifPresent(
              w -> hits.add(new Hit(at, at + w.length(), new Sector(w.sector(), w.stateless()))));
    }
    Hit best = null;
    for (Hit h : hits) {
      boolean covers = h.start() <= name.head() && name.head() < h.end();
      boolean bestCovers = best != null && best.start() <= name.head() && name.head() < best.end();
      int len = h.end() - h.start();
      int bestLen = best == null ? 0 : best.end() - best.start();
      if (best == null
          || covers && !bestCovers
          || covers == bestCovers && (len > bestLen || len == bestLen && h.end() > best.end())) {
        best = h;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.sector());
  }

  private Optional<Sector> nameWord(SentenceGraph g, int start, int end) {
    return nameWordMatch(g, start, end).map(w -> new Sector(w.sector(), w.stateless()));
  }

  /** The longest {@code in-names} words starting at the token and ending by {@code end}. */
  private Optional<ActorDictionary.NameWord> nameWordMatch(SentenceGraph g, int start, int end) {
    for (ActorDictionary.NameWord w :
        dictionary.nameWordsStartingWith(Words.key(g.token(start).word()))) {
      if (start + w.length() > end) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < w.length() && all; k++) {
        all = Words.key(g.token(start + k).word()).equals(w.tokens().get(k));
      }
      if (all) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /** Dictionary words that say something about an actor ("Latin America" says nothing). */
  static boolean isActorWords(Mention m) {
    return m.senses().stream().anyMatch(s -> !(s instanceof Sense.NotActor));
  }

  // ------------------------------------------------------------------------------ cue

  private static Optional<String> cue(SentenceGraph g, List<Group> used, String cleanText) {
    List<String> parts = new ArrayList<>();
    for (Group gr : used) {
      int lo = gr.tokens().first();
      int hi = gr.tokens().last();
      while (lo < hi
          && (CONTENT_EDGES.contains(g.token(lo).pos()) || g.token(lo).pos().equals("IN"))) {
        lo++;
      }
      while (hi > lo && CONTENT_EDGES.contains(g.token(hi).pos())) {
        hi--;
      }
      String text =
          cleanText
              .substring(g.token(lo).span().start(), g.token(hi).span().end())
              .replaceAll("\\s+", " ");
      if (!parts.contains(text)) {
        parts.add(text);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" … ", parts));
  }
}
