package org.annals.coder.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.PersonEntry;
import org.annals.coder.dict.Role;
import org.annals.coder.dict.Sense;
import org.annals.coder.dict.Words;
import org.annals.model.Dependency;

/**
 * Turns the noun phrase headed by a token into an actor: names, institutions and IGOs directly;
 * sector nouns and titles composed with the country that modifies them; people by the role they
 * hold on the document's date; pronouns and bare titles from the article's earlier actors.
 */
final class ActorResolver {
  /** Heads that take their actor from a modifier: "the Kremlin spokesman", "Russia's envoy". */
  static final Set<String> AGENTIVE =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "envoy",
          "ambassador",
          "embassy",
          "delegation",
          "delegate",
          "representative",
          "negotiator",
          "side",
          "counterpart",
          "camp",
          "team",
          "mission",
          "office",
          "aide",
          "adviser",
          "advisor",
          "emissary",
          "consulate",
          "statement",
          "source",
          "sources",
          "official",
          "officials",
          "diplomat",
          "diplomats",
          "leadership",
          "authorities");

  private static final Set<String> MODIFIER_RELATIONS =
      Set.of(
          "amod",
          "compound",
          "nmod:poss",
          "nmod:of",
          "nmod",
          "flat",
          "appos",
          "nmod:'s",
          "nmod:from",
          "nmod:in");
  private static final Set<String> MALE = Set.of("he", "him", "his");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers");
  private static final Set<String> NONPERSON = Set.of("it", "its", "they", "them", "their");

  private final ActorDictionary dictionary;
  private final LocalDate date;

  ActorResolver(ActorDictionary dictionary, LocalDate date) {
    this.dictionary = dictionary;
    this.date = date;
  }

  /** What one sentence offers the resolver. */
  /**
   * One sentence being resolved.
   *
   * @param place the one country the sentence places its event in ("in Caracas"), which sector
   *     nouns with no country of their own take ("police" → VENCOP)
   */
  record Context(
      SentenceGraph graph,
      List<Mention> mentions,
      int sentenceIndex,
      History history,
      Optional<String> place) {
    Context(SentenceGraph graph, List<Mention> mentions, int sentenceIndex, History history) {
      this(graph, mentions, sentenceIndex, history, Optional.empty());
    }

    Context withPlace(Optional<String> country) {
      return new Context(graph, mentions, sentenceIndex, history, country);
    }
  }

  /**
   * The actor of a phrase, and the others when the phrase names several countries for one sector or
   * agent: "the ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost and Gondor".
   */
  /**
   * Nouns that, as "the two N" or "both N", name the two actors last named before them, and what
   * those actors must be: people ("the two leaders"), states ("both countries"), or either ("the
   * two sides").
   */
  private static final Map<String, java.util.function.Predicate<Resolved>> PAIR_NOUNS = pairNouns();

  private static Map<String, java.util.function.Predicate<Resolved>> pairNouns() {
    java.util.function.Predicate<Resolved> people = Resolved::person;
    java.util.function.Predicate<Resolved> states =
        r ->
            !r.person()
                && r.country().isPresent()
                && r.sector().map(x -> x.equals("GOV")).orElse(true);
    java.util.function.Predicate<Resolved> any = r -> true;
    Map<String, java.util.function.Predicate<Resolved>> m = new java.util.HashMap<>();
    for (String n :
        List.of("leader", "president", "minister", "premier", "man", "woman", "official")) {
      m.put(n, people);
    }
    for (String n : List.of("country", "nation", "government", "state", "neighbor", "neighbour")) {
      m.put(n, states);
    }
    for (String n : List.of("side", "party", "delegation", "ally", "partner", "rival")) {
      m.put(n, any);
    }
    return Map.copyOf(m);
  }

  /**
   * Whether a pair phrase starts at token {@code i}: "two" or "both" before a plural noun that
   * {@link #pair} reads as the two actors named before ("the two leaders", "both sides"). A cheap
   * test on words and tags, for choosing the sentences worth parsing.
   */
  static boolean pairAt(List<org.annals.model.Token> tokens, int i) {
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    if (!(w.equals("two") || w.equals("both"))) {
      return false;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
      org.annals.model.Token t = tokens.get(j);
      if (t.pos().equals("NNS") && PAIR_NOUNS.containsKey(Words.key(t.lemma()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The two leaders", "both countries", "the two sides": the two actors named last before the
   * phrase (within {@link History#WINDOW} sentences) that the noun allows, or empty.
   */
  List<Resolved> pair(Context c, int head) {
    SentenceGraph g = c.graph();
    java.util.function.Predicate<Resolved> kind =
        PAIR_NOUNS.get(g.lemma(head).toLowerCase(java.util.Locale.ROOT));
    if (kind == null || !g.token(head).pos().equals("NNS")) {
      return List.of();
    }
    boolean two = false;
    for (Dependency d : g.children(head)) {
      String w = g.word(d.dependent()).toLowerCase(java.util.Locale.ROOT);
      String rel = d.relation();
      if ((rel.equals("nummod") && (w.equals("two") || w.equals("2")))
          || ((rel.equals("det") || rel.equals("det:predet") || rel.equals("cc:preconj"))
              && w.equals("both"))) {
        two = true;
      }
      if (rel.startsWith("nmod") || rel.equals("amod") && !w.equals("other")) {
        // "the two leaders of Brazil and Chile", "the two Asian countries": named or narrowed
        // here, not a pair from before
        return List.of();
      }
    }
    if (!two) {
      return List.of();
    }
    return c.history().lastTwo(kind, c.sentenceIndex(), head).stream()
        .map(r -> r.at(c.sentenceIndex(), head, head + 1, "pair", 0.7))
        .toList();
  }

  List<Resolved> resolveAll(Context c, int head) {
    Optional<Resolved> first = resolve(c, head);
    if (first.isEmpty()) {
      return List.of();
    }
    Resolved r = first.get();
    List<Resolved> out = new ArrayList<>(List.of(r));
    if (!r.resolution().equals("composed") || r.country().isEmpty() || r.sector().isEmpty()) {
      return out;
    }
    SentenceGraph g = c.graph();
    Set<Integer> np = phrase(g, head);
    // the country the actor was composed with, and only countries coordinated with it ("of
    // Brazil, Chile and Peru"), not a place ("Russian troops in Syria")
    Mention anchor = null;
    for (Mention m : c.mentions()) {
      if (np.stream().anyMatch(m::covers)
          && m.sense(Sense.Country.class)
              .map(x -> x.country().equals(r.country().get()))
              .orElse(false)) {
        anchor = m;
        break;
      }
    }
    if (anchor == null) {
      return out;
    }
    for (Mention m : c.mentions()) {
      if (m == anchor
          || np.stream().noneMatch(m::covers)
          || m.covers(head)
          || !coordinated(g, anchor, m)) {
        continue;
      }
      Optional<Sense.Country> cs = m.sense(Sense.Country.class);
      if (cs.isEmpty() || cs.get().form() == Sense.Form.CAPITAL) {
        continue;
      }
      String country = cs.get().country();
      String code = compose(country, r.sector().get());
      if (out.stream().noneMatch(x -> x.code().equals(code))) {
        out.add(
            new Resolved(
                code,
                dictionary.nameOf(country) + " " + label(r.sector().get()),
                Optional.of(country),
                r.sector(),
                r.sentence(),
                r.start(),
                r.end(),
                "composed",
                false,
                Optional.empty(),
                r.certainty()));
      }
    }
    return out;
  }

  /**
   * A surname that is in the dictionary, after a first name that is not: "Michael Howard" is not
   * the "Howard" listed (John Howard). Titles before the name are fine ("President Putin").
   */
  private static boolean otherFirstName(Context c, Mention m) {
    if (m.end() - m.start() != 1 || m.start() == 0) {
      return false;
    }
    int prev = m.start() - 1;
    for (Mention o : c.mentions()) {
      if (o.covers(prev)) {
        return false; // a title or another dictionary phrase
      }
    }
    var t = c.graph().token(prev);
    return (t.pos().equals("NNP") && t.ner().equals("PERSON"));
  }

  /** A title with a name the dictionary does not know: "President Laurent Gbagbo". */
  private static boolean namesSomeoneElse(SentenceGraph g, int head, List<Mention> mentions) {
    for (Dependency d : g.children(head)) {
      String rel = d.relation();
      if ((rel.equals("appos") || rel.startsWith("flat") || rel.equals("compound"))
          && g.token(d.dependent()).ner().equals("PERSON")) {
        return true;
      }
    }
    for (Dependency d : g.parents(head)) {
      if (d.relation().equals("compound")
          && d.governor() >= 0
          && g.token(d.governor()).ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }

  private static boolean coordinated(SentenceGraph g, Mention a, Mention b) {
    for (int i = a.start(); i < a.end(); i++) {
      for (Dependency d : g.children(i)) {
        if (d.relation().startsWith("conj") && b.covers(d.dependent())) {
          return true;
        }
      }
      for (Dependency d : g.parents(i)) {
        if (d.relation().startsWith("conj") && d.governor() >= 0 && b.covers(d.governor())) {
          return true;
        }
      }
    }
    return false;
  }

  Optional<Resolved> resolve(Context c, int head) {
    SentenceGraph g = c.graph();
    Set<Integer> np = phrase(g, head);
    int lo = np.stream().mapToInt(Integer::intValue).min().orElse(head);
    int hi = np.stream().mapToInt(Integer::intValue).max().orElse(head) + 1;
    boolean former =
        np.stream().anyMatch(i -> g.word(i).equals("former") || g.word(i).equals("ex"));

    Mention atHead = mentionAt(c.mentions(), head);
    List<Mention> mods = new ArrayList<>();
    for (Mention m : c.mentions()) {
      if (m != atHead && np.stream().anyMatch(m::covers)) {
        mods.add(m);
      }
    }

    // 1. a named person anywhere in the phrase ("President Maduro", "Maduro's government" is below)
    if (atHead != null) {
      Optional<Sense.Person> p = atHead.sense(Sense.Person.class);
      if (p.isPresent() && !otherFirstName(c, atHead)) {
        return person(p.get().person(), former, c, lo, hi, p.get().alias() ? "alias" : "name");
      }
    }
    for (Mention m : mods) {
      Optional<Sense.Person> p = m.sense(Sense.Person.class);
      if (p.isPresent() && isAppositionOrName(g, head, m)) {
        return person(p.get().person(), former, c, lo, hi, "name");
      }
    }
    // 2a. a country the parser made the head of its own sector noun: "the US military" is
    // sometimes parsed with "US" as the head and "military" as its modifier
    if (atHead != null) {
      Optional<Sense.Country> cs = atHead.sense(Sense.Country.class);
      if (cs.isPresent()) {
        for (Mention m : mods) {
          Optional<Sense.Sector> sec = m.sense(Sense.Sector.class);
          if (sec.isPresent() && m.start() == atHead.end()) {
            String code = cs.get().country();
            String sc = sec.get().sector();
            return Optional.of(sectorOf(code, sc, c, lo, hi, "composed", 0.9));
          }
        }
      }
    }
    // 2b. an institution named generically with another country: "Nigeria's Senate" is not the
    // US Senate, "the Mexican Congress" not the US Congress
    if (atHead != null) {
      Optional<Sense.Institution> inst = atHead.sense(Sense.Institution.class);
      if (inst.isPresent()) {
        for (Mention m : mods) {
          Optional<Sense.Country> other = m.sense(Sense.Country.class);
          if (other.isPresent() && !other.get().country().equals(inst.get().country())) {
            String code = other.get().country();
            String sc = inst.get().sector();
            return Optional.of(sectorOf(code, sc, c, lo, hi, "composed", 0.9));
          }
        }
      }
    }
    // 2. the head is itself a name
    if (atHead != null) {
      for (Sense s : atHead.senses()) {
        Optional<Resolved> r = direct(s, c, lo, hi);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    // 3. a sector noun, title or agentive head, composed with the country that modifies it
    Optional<String> country = Optional.empty();
    for (Mention m : mods) {
      for (Sense s : m.senses()) {
        Optional<String> cc = countryOf(s);
        if (cc.isPresent()) {
          country = cc;
          break;
        }
      }
      if (country.isPresent()) {
        break;
      }
    }
    Optional<Sense.Sector> sector =
        atHead == null ? Optional.empty() : atHead.sense(Sense.Sector.class);
    Optional<Sense.Title> title =
        atHead == null ? Optional.empty() : atHead.sense(Sense.Title.class);
    if (title.isEmpty() && atHead == null) {
      // an unknown name with a title before it: "Defence Minister Vladimir Padrino"
      for (Mention m : mods) {
        if (m.sense(Sense.Title.class).isPresent() && isName(g, head)) {
          title = m.sense(Sense.Title.class);
        }
      }
    }
    if (sector.isPresent()) {
      String sec = sector.get().sector();
      if (country.isPresent()) {
        return Optional.of(sectorOf(country.get(), sec, c, lo, hi, "composed", 0.9));
      }
      Optional<Resolved> igo = igoModifier(mods, c, lo, hi);
      if (igo.isPresent()) {
        return igo;
      }
      if (c.place().isPresent() && !sec.equals("MIL")) {
        // "police arrested protesters in Caracas": the sentence's one country (not for troops,
        // which are often abroad)
        String where = c.place().get();
        return Optional.of(sectorOf(where, sec, c, lo, hi, "placed", 0.75));
      }
      if (sector.get().stateless()) {
        return Optional.of(
            resolved(
                sec, label(sec), Optional.empty(), Optional.of(sec), c, lo, hi, "sector", 0.85));
      }
      return Optional.empty();
    }
    if (title.isPresent()) {
      List<String> roles = title.get().roles();
      if (country.isPresent()) {
        List<PersonEntry> holders = dictionary.holders(country.get(), roles, date);
        if (!former && holders.size() == 1 && atHead != null) {
          return person(holders.get(0), false, c, lo, hi, "title");
        }
        String sec = former ? "ELI" : roleSector(roles);
        return Optional.of(sectorOf(country.get(), sec, c, lo, hi, "title", 0.85));
      }
      if (atHead != null && !former && !namesSomeoneElse(g, head, c.mentions())) {
        // "the president" alone: the president named in the last few sentences
        return c.history()
            .personWithRole(roles, dictionary, date, c.sentenceIndex())
            .map(r -> r.at(c.sentenceIndex(), lo, hi, "title", 0.75));
      }
      return Optional.empty();
    }
    String headWord = g.word(head);
    if (AGENTIVE.contains(g.lemma(head)) || AGENTIVE.contains(headWord)) {
      for (Mention m : mods) {
        for (Sense s : m.senses()) {
          if (s instanceof Sense.Country cs && cs.form() != Sense.Form.CAPITAL) {
            // "Iraq's security advisor", "the Russian embassy": the country's government
            return Optional.of(sectorOf(cs.country(), "GOV", c, lo, hi, "composed", 0.85));
          }
          Optional<Resolved> r = direct(s, c, lo, hi);
          if (r.isPresent()) {
            return Optional.of(r.get().at(c.sentenceIndex(), lo, hi, "composed", 0.85));
          }
          if (s instanceof Sense.Country cs) {
            return Optional.of(sectorOf(cs.country(), "GOV", c, lo, hi, "composed", 0.85));
          }
          if (s instanceof Sense.Person ps) {
            return person(ps.person(), former, c, lo, hi, "composed");
          }
        }
      }
      return Optional.empty();
    }
    // "Maduro's government" → the person's country and the head's sector was handled above;
    // pronouns
    if (np.size() == 1 && g.token(head).pos().startsWith("PRP")) {
      return pronoun(c, head, headWord);
    }
    return Optional.empty();
  }

  private Optional<Resolved> pronoun(Context c, int head, String word) {
    Optional<Resolved> r;
    if (MALE.contains(word)) {
      r = c.history().lastPerson('m', c.sentenceIndex(), head);
    } else if (FEMALE.contains(word)) {
      r = c.history().lastPerson('f', c.sentenceIndex(), head);
    } else if (NONPERSON.contains(word)) {
      r = c.history().lastNonPerson(c.sentenceIndex(), head);
    } else {
      return Optional.empty();
    }
    return r.map(x -> x.at(c.sentenceIndex(), head, head + 1, "pronoun", 0.75));
  }

  private Optional<Resolved> igoModifier(List<Mention> mods, Context c, int lo, int hi) {
    for (Mention m : mods) {
      Optional<Sense.Igo> igo = m.sense(Sense.Igo.class);
      if (igo.isPresent()) {
        return Optional.of(
            resolved(
                igo.get().code(),
                igo.get().name(),
                Optional.empty(),
                Optional.of("IGO"),
                c,
                lo,
                hi,
                "composed",
                0.85));
      }
    }
    return Optional.empty();
  }

  /** A sense that is an actor on its own. */
  Optional<Resolved> direct(Sense s, Context c, int lo, int hi) {
    if (s instanceof Sense.Country cs) {
      String name = dictionary.nameOf(cs.country());
      return switch (cs.form()) {
        case NAME, DEMONYM ->
            Optional.of(
                resolved(
                    cs.country(),
                    name,
                    Optional.of(cs.country()),
                    Optional.empty(),
                    c,
                    lo,
                    hi,
                    "name",
                    1.0));
        case CAPITAL ->
            Optional.of(
                resolved(
                    compose(cs.country(), "GOV"),
                    name + " government",
                    Optional.of(cs.country()),
                    Optional.of("GOV"),
                    c,
                    lo,
                    hi,
                    "metonym",
                    0.9));
        case ADJECTIVE -> Optional.empty();
      };
    }
    if (s instanceof Sense.Institution in) {
      return Optional.of(
          resolved(
              compose(in.country(), in.sector()),
              in.name(),
              Optional.of(in.country()),
              Optional.of(in.sector()),
              c,
              lo,
              hi,
              "name",
              0.95));
    }
    if (s instanceof Sense.Igo igo && !igo.modifier()) {
      return Optional.of(
          resolved(
              igo.code(),
              igo.name(),
              Optional.empty(),
              Optional.of("IGO"),
              c,
              lo,
              hi,
              "name",
              1.0));
    }
    if (s instanceof Sense.Group gr) {
      String code =
          gr.country().isPresent() && gr.sector().isPresent()
              ? compose(gr.country().get(), gr.sector().get())
              : gr.code();
      return Optional.of(
          resolved(code, gr.name(), gr.country(), gr.sector(), c, lo, hi, "name", 0.95));
    }
    return Optional.empty();
  }

  /** The country a sense names or belongs to: a person's by the role held on the date. */
  Optional<String> countryOf(Sense s) {
    if (s instanceof Sense.Country cs) {
      return Optional.of(cs.country());
    }
    if (s instanceof Sense.Institution in) {
      return Optional.of(in.country());
    }
    if (s instanceof Sense.Group gr) {
      return gr.country();
    }
    if (s instanceof Sense.Person p) {
      Optional<Role> r = p.person().roleOn(date).or(() -> p.person().latestRole());
      return r.map(Role::actor).filter(a -> dictionary.country(a).isPresent());
    }
    return Optional.empty();
  }

  /**
   * A person's actor with the role they held on another day (an event's own date): "President X met
   * Y in 2019" in a 2022 article is X's government then, though X is a former president on the
   * article's date. Anyone else, a name shared by several people, or a person without a role on
   * that day keeps the actor the article's date gave.
   */
  Resolved onDate(Resolved r, LocalDate day) {
    if (!r.person()) {
      return r;
    }
    List<PersonEntry> entries = dictionary.people(r.name());
    if (entries.size() != 1) {
      return r;
    }
    Optional<Role> then = entries.get(0).roleOn(day);
    if (then.isEmpty()) {
      return r;
    }
    Role role = then.get();
    String code = compose(role.actor(), role.sector());
    if (code.equals(r.code())) {
      return r;
    }
    Optional<String> country =
        dictionary.country(role.actor()).isPresent() ? Optional.of(role.actor()) : Optional.empty();
    Optional<String> sector =
        role.sector().isEmpty() ? Optional.of("IGO") : Optional.of(role.sector());
    return new Resolved(
        code,
        r.name(),
        country,
        sector,
        r.sentence(),
        r.start(),
        r.end(),
        r.resolution(),
        true,
        r.gender(),
        r.certainty());
  }

  /** A person named in a sentence that has no parse (kept for later pronouns). */
  Optional<Resolved> personAt(PersonEntry p, int sentence, int lo, int hi) {
    return person(p, false, new Context(null, List.of(), sentence, null), lo, hi, "name");
  }

  private Optional<Resolved> person(
      PersonEntry p, boolean former, Context c, int lo, int hi, String how) {
    Optional<Role> now = former ? Optional.empty() : p.roleOn(date);
    String code;
    Optional<String> country;
    Optional<String> sector;
    double certainty = how.equals("name") ? 1.0 : 0.85;
    if (now.isPresent()) {
      Role r = now.get();
      country =
          dictionary.country(r.actor()).isPresent() ? Optional.of(r.actor()) : Optional.empty();
      sector = r.sector().isEmpty() ? Optional.of("IGO") : Optional.of(r.sector());
      code = compose(r.actor(), r.sector());
    } else {
      Optional<Role> past =
          p.formerRoleOn(date).or(() -> former ? p.latestRole() : Optional.empty());
      if (past.isEmpty()) {
        return Optional.empty();
      }
      country = Optional.of(past.get().actor());
      sector = Optional.of("ELI");
      code = compose(past.get().actor(), "ELI");
      certainty *= 0.9;
    }
    return Optional.of(
        new Resolved(
            code,
            p.name(),
            country,
            sector,
            c.sentenceIndex(),
            lo,
            hi,
            how,
            true,
            p.gender(),
            certainty));
  }

  /** A country's sector ("Venezuela police", VENCOP), as resolved from the words [lo, hi). */
  private Resolved sectorOf(
      String country, String sector, Context c, int lo, int hi, String how, double certainty) {
    return resolved(
        compose(country, sector),
        dictionary.nameOf(country) + " " + label(sector),
        Optional.of(country),
        Optional.of(sector),
        c,
        lo,
        hi,
        how,
        certainty);
  }

  private Resolved resolved(
      String code,
      String name,
      Optional<String> country,
      Optional<String> sector,
      Context c,
      int lo,
      int hi,
      String how,
      double certainty) {
    return new Resolved(
        code,
        name,
        country,
        sector,
        c.sentenceIndex(),
        lo,
        hi,
        how,
        false,
        Optional.empty(),
        certainty);
  }

  private static String roleSector(List<String> roles) {
    return new Role("", roles.get(0), LocalDate.MIN, Optional.empty()).sector().isEmpty()
        ? "GOV"
        : new Role("", roles.get(0), LocalDate.MIN, Optional.empty()).sector();
  }

  /**
   * A country (or a coded actor) with a sector: "RUS" + "MIL". A code that already ends with the
   * sector keeps it once ("USAGOV" officials are USAGOV, not USAGOVGOV).
   */
  static String compose(String actor, String sector) {
    if (sector.isEmpty() || actor.endsWith(sector)) {
      return actor;
    }
    return actor + sector;
  }

  static String label(String sector) {
    return switch (sector) {
      case "GOV" -> "government";
      case "MIL" -> "military";
      case "COP" -> "police";
      case "LEG" -> "legislature";
      case "JUD" -> "judiciary";
      case "OPP" -> "opposition";
      case "REB" -> "rebels";
      case "CRM" -> "criminals";
      case "MED" -> "media";
      case "BUS" -> "business";
      case "NGO" -> "NGOs";
      case "REF" -> "refugees";
      case "CVL" -> "civilians";
      case "ELI" -> "former officials";
      case "SPY" -> "intelligence";
      case "LAB" -> "labour";
      case "EDU" -> "education";
      case "HLH" -> "health";
      case "PTY" -> "party";
      default -> sector.toLowerCase(Locale.ROOT);
    };
  }

  private static Mention mentionAt(List<Mention> mentions, int token) {
    for (Mention m : mentions) {
      if (m.covers(token)) {
        return m;
      }
    }
    return null;
  }

  private static boolean isName(SentenceGraph g, int i) {
    String pos = g.token(i).pos();
    return pos.equals("NNP") || pos.equals("NNPS") || g.token(i).ner().equals("PERSON");
  }

  /** A person mention that names the head ("the president, Maduro", "President Nicolás Maduro"). */
  private static boolean isAppositionOrName(SentenceGraph g, int head, Mention m) {
    for (Dependency d : g.children(head)) {
      if (m.covers(d.dependent())
          && (d.relation().equals("appos")
              || d.relation().equals("flat")
              || d.relation().equals("compound"))) {
        return !d.relation().equals("compound")
            || isName(g, head)
            || g.token(head).ner().equals("PERSON");
      }
    }
    return false;
  }

  /** The head and its modifiers, two levels deep. */
  static Set<Integer> phrase(SentenceGraph g, int head) {
    Set<Integer> np = new LinkedHashSet<>();
    np.add(head);
    List<Integer> frontier = List.of(head);
    for (int depth = 0; depth < 2; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int t : frontier) {
        for (Dependency d : g.children(t)) {
          String rel = d.relation();
          boolean mod =
              MODIFIER_RELATIONS.contains(rel)
                  || rel.startsWith("compound")
                  || rel.startsWith("flat")
                  || rel.equals("nmod:of")
                  || rel.equals("nmod:poss");
          if (mod && np.add(d.dependent())) {
            next.add(d.dependent());
          }
          if (rel.equals("amod") || rel.equals("det") || (rel.equals("case") && depth > 0)) {
            // "former", "the", "Russia's" count for the span; the head's own preposition not
            np.add(d.dependent());
          }
        }
      }
      frontier = next;
    }
    // keep the span tight: drop determiners and possessive markers at the edges
    return np;
  }
}
