package org.annals.coder.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.annals.coder.codebook.Codebook;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.VerbLexicon;
import org.annals.coder.dict.VerbPattern;
import org.annals.coder.dict.Words;
import org.annals.coder.when.EventDates;
import org.annals.model.AnnotatedText;
import org.annals.model.CandidateActor;
import org.annals.model.CharSpan;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.EventActor;
import org.annals.model.EventDate;
import org.annals.model.EventEvidence;
import org.annals.model.EventFlags;
import org.annals.model.EventType;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/**
 * Codes the events of one annotated article: for every verb the lexicon knows, the pattern that
 * fits its arguments best, the actors of its subject and target slots, and what the sentence says
 * about its reality (negated, conditional, planned, reported). {@link #codeWithCandidates} also
 * returns the people and organisations acting in them that the dictionary does not know.
 *
 * <p>Stateless and thread-safe: all per-article state lives in one call of {@link #code} or {@link
 * #codeWithCandidates}.
 */
public final class EventExtractor {
  private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "wo", "'d");
  private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06");

  /**
   * Force without a target actor is still an event when the lexicon names what was hit ("US forces
   * struck a boat in the Caribbean", "Iran seized a tanker"): coded with the source alone.
   */
  private static final Set<String> FORCE_ROOTS = Set.of("17", "18", "19", "20");

  /** The pattern names the thing acted on (a ship, a base, a weapon) and wants no target actor. */
  private static boolean concreteObject(VerbPattern p) {
    boolean named = false;
    for (List<VerbPattern.Constraint> group : p.groups()) {
      for (VerbPattern.Constraint c : group) {
        if (c.target()) {
          return false;
        }
        named |= !c.words().isEmpty();
      }
    }
    return named;
  }

  private static final int MAX_ANCESTORS = 4;

  /** Verbs of asking whose "from" phrase names the party asked: "demanded restraint from X". */
  private static final Set<String> ASKED_FROM =
      Set.of("demand", "request", "seek", "ask", "expect", "require", "want", "need");

  /** Verbs that report the harm of a use of force named by a noun ("killed in shelling"). */
  private static final Set<String> HARM =
      Set.of("kill", "die", "wound", "injure", "hurt", "destroy", "damage", "sink", "flatten");

  /** Directives naming nouns of force and the code each gives, most specific first. */
  private static final List<String[]> FORCE_NOUNS =
      List.of(
          new String[] {"aerial", "195"},
          new String[] {"artillery", "194"},
          new String[] {"attack", "190"});

  /** Verbs whose "attack" by a person is criticism, not force. */
  private static final Set<String> VERBAL_ATTACK =
      Set.of("attack", "hit", "slam", "blast", "lash", "assail", "savage", "strike", "target");

  /** Intent verbs that commit the speaker, so a conflictual act under them is a threat. */
  private static final Set<String> COMMISSIVE =
      Set.of("vow", "pledge", "promise", "swear", "threaten", "warn");

  /** Codes of stand-in actors for unknown names start with this (never a real actor code). */
  private static final String CANDIDATE_PREFIX = "~";

  private final Codebook codebook;
  private final ActorDictionary dictionary;
  private final VerbLexicon lexicon;
  private final ActorMatcher matcher;
  private java.util.function.Consumer<String> trace = null;
  private boolean futureAsEvent = false;

  public EventExtractor(Codebook codebook, ActorDictionary dictionary, VerbLexicon lexicon) {
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.matcher = new ActorMatcher(dictionary);
  }

  /** The shipped codebook, dictionary and lexicon. */
  public static EventExtractor standard() {
    return new EventExtractor(
        Codebook.standard(), ActorDictionary.standard(), VerbLexicon.standard());
  }

  /**
   * Explains every decision (parse slots, patterns tried, actors, modality) to this sink; for
   * writing dictionaries ({@code annals code --explain}). Not for concurrent use once set.
   */
  public EventExtractor explainingTo(java.util.function.Consumer<String> sink) {
    EventExtractor e = new EventExtractor(codebook, dictionary, lexicon);
    e.trace = sink;
    e.futureAsEvent = futureAsEvent;
    return e;
  }

  /**
   * PETRARCH's and GDELT's convention: an announced action ("will abandon ties", "is about to
   * restore ties") is coded as the action itself, not as an intent or threat. Off by default: a
   * plan is not an event.
   */
  public EventExtractor withFutureAsEvent(boolean on) {
    EventExtractor e = new EventExtractor(codebook, dictionary, lexicon);
    e.trace = trace;
    e.futureAsEvent = on;
    return e;
  }

  private void trace(String format, Object... args) {
    if (trace != null) {
      trace.accept(String.format(Locale.ROOT, format, args));
    }
  }

  /** Which coder and dictionaries: stored with every event so a re-code can be told apart. */
  public String name() {
    return "annals-coder/"
        + Codebook.VERSION
        + " ("
        + lexicon.patternCount()
        + " verb patterns, "
        + dictionary.phraseCount()
        + " actor phrases)";
  }

  public Codebook codebook() {
    return codebook;
  }

  /** Pronouns the coder resolves to an earlier actor ("He met …", "They signed …"). */
  private static final Set<String> ACTOR_PRONOUNS = Set.of("he", "she", "they");

  /**
   * A cheap test, before any NER or parsing, of whether a sentence can yield an event: it names an
   * actor the dictionary knows (a country, its adjective or demonym, an institution, an IGO, a
   * group, an agent such as "troops" or "ministry", a title, a person) or a pronoun the coder
   * resolves ("he", "she", "they"), and it has a word whose lemma the verb lexicon knows (any part
   * of speech: the tagger mistakes "attacks" for a noun) or a verb that reports harm. Sentences it
   * rejects yield no event when coded, except through actors named in earlier sentences that a
   * later definite description refers to; see docs/eval-results.md for what the filter costs.
   *
   * @param tokens the sentence's tokens; only word, lemma and POS are read
   */
  public boolean mayYieldEvent(List<Token> tokens) {
    return mayYield(tokens, false);
  }

  /**
   * The stricter test that decides which of the sentences {@link #mayYieldEvent} accepts go to the
   * dependency parser: the actor (or resolvable pronoun, or pair) must come before a verb that may
   * fit, where a subject stands, or after a "by" behind one, where a passive's agent stands; or a
   * proper noun the dictionaries do not know stands before the verb (a candidate actor acting on
   * the known one). The coder codes an event only from a verb's subject or agent, so the parses
   * this skips would yield nothing; NER still runs on every sentence {@link #mayYieldEvent}
   * accepts, because the article's focus place and its story terms come from the names NER finds.
   */
  public boolean worthParsing(List<Token> tokens) {
    return mayYield(tokens, true);
  }

  private boolean mayYield(List<Token> tokens, boolean ordered) {
    Set<String> words = null;
    int firstVerb = -1;
    int lastVerb = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().startsWith("VB")) {
        continue; // the coder codes verbs only (and nouns of force through a verb of harm)
      }
      String lemma = Words.key(t.lemma());
      boolean fits = HARM.contains(lemma);
      if (!fits) {
        List<VerbPattern> patterns = lexicon.patterns(lemma);
        if (patterns.isEmpty()) {
          continue;
        }
        if (words == null) {
          words = sentenceWords(tokens);
        }
        for (VerbPattern p : patterns) {
          if (mayFit(p, words)) {
            fits = true;
            break;
          }
        }
      }
      if (fits) {
        firstVerb = firstVerb < 0 ? i : firstVerb;
        lastVerb = i;
      }
    }
    if (firstVerb < 0) {
      return false;
    }
    // an actor before a verb that may fit (its subject), or after "by" behind one (a passive's)
    int by = -1;
    for (int i = firstVerb + 1; i < tokens.size() && by < 0; i++) {
      if (tokens.get(i).word().equalsIgnoreCase("by")) {
        by = i;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("PRP") && ACTOR_PRONOUNS.contains(Words.key(t.word()))) {
        if (!ordered || i < lastVerb || (by >= 0 && i > by)) {
          return true;
        }
      }
      if (ActorResolver.pairAt(tokens, i) && (!ordered || i < lastVerb)) {
        return true; // "the two leaders", "both countries": the actors named before
      }
    }
    // a name the dictionaries do not know before the verb may be its subject, acting on a known
    // actor after it ("Arbelaez criticized Cuba"): the coder proposes it as a candidate actor
    boolean properBefore = false;
    for (int i = 0; i < lastVerb && !properBefore; i++) {
      properBefore = tokens.get(i).pos().startsWith("NNP");
    }
    for (Mention m : matcher.find(tokens)) {
      if (ordered && !(properBefore || m.start() < lastVerb || (by >= 0 && m.start() > by))) {
        continue;
      }
      for (org.annals.coder.dict.Sense sense : m.senses()) {
        if (!(sense instanceof org.annals.coder.dict.Sense.NotActor)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The keys a pattern's word constraint may match in a sentence: forms, lemmas, singulars. */
  private static Set<String> sentenceWords(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      String lemma = Words.key(t.lemma());
      out.add(lemma);
      out.add(Words.key(t.word()));
      out.add(singular(lemma));
    }
    return out;
  }

  /**
   * Whether a pattern can fit a sentence with these words: its particle is there and every
   * constraint group has an open slot (any head, an actor) or a word of the sentence. A compound
   * word ("chemical_weapon") needs only its head. {@link #fits} asks for more, never for less.
   */
  private static boolean mayFit(VerbPattern p, Set<String> words) {
    if (p.particle().isPresent() && !words.contains(Words.key(p.particle().get()))) {
      return false;
    }
    for (List<VerbPattern.Constraint> group : p.groups()) {
      boolean ok = false;
      for (VerbPattern.Constraint k : group) {
        if (k.any() || k.target()) {
          ok = true;
        } else {
          for (String w : k.words()) {
            int cut = Math.max(w.lastIndexOf('_'), w.lastIndexOf('-'));
            if (words.contains(w) || cut >= 0 && words.contains(w.substring(cut + 1))) {
              ok = true;
              break;
            }
          }
        }
        if (ok) {
          break;
        }
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #mayYieldEvent(List)} over parallel lists of a sentence's words, lemmas and Penn
   * Treebank POS tags.
   *
   * @throws IllegalArgumentException when the lists differ in length
   */
  public boolean mayYieldEvent(List<String> words, List<String> lemmas, List<String> pos) {
    if (words.size() != lemmas.size() || words.size() != pos.size()) {
      throw new IllegalArgumentException(
          "words, lemmas and pos differ in length: "
              + words.size()
              + ", "
              + lemmas.size()
              + ", "
              + pos.size());
    }
    List<Token> tokens = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      tokens.add(new Token(i, new CharSpan(0, 0), words.get(i), lemmas.get(i), pos.get(i), "O"));
    }
    return mayYieldEvent(tokens);
  }

  /**
   * The events of an article, asserted ones only.
   *
   * @param documentDate the date roles and titles are resolved on (the publication date)
   */
  public List<CodedEvent> code(String cleanText, AnnotatedText text, LocalDate documentDate) {
    return code(cleanText, text, documentDate, false);
  }

  /**
   * The events of an article.
   *
   * @param keepUnasserted also return negated and hypothetical events, flagged as such
   */
  public List<CodedEvent> code(
      String cleanText, AnnotatedText text, LocalDate documentDate, boolean keepUnasserted) {
    return codeWithCandidates(cleanText, text, documentDate, keepUnasserted).events();
  }

  /**
   * The events of an article and its candidate actors: the named people and organisations the
   * dictionary does not know that act in events (see {@link CandidateActor}). The events are those
   * {@link #code(String, AnnotatedText, LocalDate, boolean)} returns.
   *
   * <p>A candidate is recorded for each side of an event that is an unknown proper name (PERSON,
   * ORGANIZATION, or a MISC group) where the event would have been coded had the dictionary known
   * the name, and for each side that was coded only with a generic actor read from a title or
   * modifier around an unknown name ("Colombian Defense Minister Tomas Arbelaez" → COLGOV). The
   * same rules as for events decide: negated and hypothetical events give candidates only with
   * {@code keepUnasserted}; a speech verb whose reported clause holds an event gives none. Pronouns
   * never give candidates.
   *
   * @param documentDate the date roles and titles are resolved on (the publication date)
   * @param keepUnasserted also return negated and hypothetical events, flagged as such, and the
   *     candidates acting in them
   */
  public Coding codeWithCandidates(
      String cleanText, AnnotatedText text, LocalDate documentDate, boolean keepUnasserted) {
    ActorResolver resolver = new ActorResolver(dictionary, documentDate);
    History history = new History();
    UnknownNames unknownNames = new UnknownNames(dictionary, resolver, cleanText);
    List<CodedEvent> out = new ArrayList<>();
    List<CandidateActor> candidates = new ArrayList<>();
    // relative expressions were resolved only when the annotator knew the publication date
    Optional<LocalDate> publication =
        text.times().stream().allMatch(TimeExpression::anchored)
            ? Optional.of(documentDate)
            : Optional.empty();
    for (Sentence s : text.sentences()) {
      List<Mention> mentions = matcher.find(s.tokens());
      if (!s.parsed() || s.tokens().isEmpty()) {
        rememberUnparsed(s, mentions, resolver, history);
        unknownNames.seeUnparsed(s, mentions);
        continue;
      }
      SentenceGraph g = new SentenceGraph(s);
      if (trace != null) {
        trace("sentence %d: %s", s.index(), s.text(cleanText).replace('\n', ' '));
        StringBuilder deps = new StringBuilder();
        for (Dependency d : s.dependencies()) {
          deps.append(' ')
              .append(d.relation())
              .append('(')
              .append(d.governor() < 0 ? "ROOT" : g.token(d.governor()).word())
              .append(", ")
              .append(g.token(d.dependent()).word())
              .append(')');
        }
        trace("  parse:%s", deps);
        for (Mention m : mentions) {
          trace("  dictionary: tokens %d..%d %s", m.start(), m.end(), m.senses());
        }
      }
      ActorResolver.Context ctx = new ActorResolver.Context(g, mentions, s.index(), history);
      ctx = ctx.withPlace(sentenceCountry(ctx));
      List<Draft> drafts = new ArrayList<>();
      boolean discard = discarded(s);
      Set<Integer> historical = historicalVerbs(g, s, text.times(), documentDate);
      remember(g, ctx, resolver, history);
      for (int v = 0; v < g.size(); v++) {
        if (trace != null
            && g.token(v).pos().startsWith("VB")
            && (discard || historical.contains(v))) {
          trace(
              "  verb '%s' skipped: %s",
              g.token(v).word(), discard ? "discard word in sentence" : "history");
        }
        if (!discard && !historical.contains(v) && g.token(v).pos().startsWith("VB")) {
          List<Draft> found = verbEvents(g, ctx, resolver, v, Map.of());
          if (found.isEmpty()) {
            found = forceEvents(g, ctx, resolver, v);
          }
          drafts.addAll(found);
        }
      }
      // a speech verb whose reported clause holds an event gives the embedded event only
      Set<Integer> reporting = new HashSet<>();
      for (Draft c : drafts) {
        if (c.reportedBy >= 0) {
          reporting.add(c.reportedBy);
        }
      }
      Set<String> seen = new HashSet<>();
      List<Draft> coded = new ArrayList<>();
      for (Draft c : drafts) {
        if (reporting.contains(c.verb) && lexicon.is("report", g.lemma(c.verb))) {
          continue;
        }
        if (!keepUnasserted && !c.flags.asserted()) {
          continue;
        }
        if (seen.add(c.key())) {
          EventDate date = EventDates.of(s, c.verb, text.times(), cleanText, publication);
          // people act in the role they held on the event's own date, when it is not the
          // article's ("President X" in 2019, told in a 2022 article)
          Optional<LocalDate> day = roleDay(date, documentDate);
          java.util.function.UnaryOperator<Resolved> role =
              r -> day.map(d -> resolver.onDate(r, d)).orElse(r);
          out.add(c.toEvent(s, codebook, cleanText, date, role));
          coded.add(c);
        }
      }
      IntPredicate codable =
          v -> !discard && !historical.contains(v) && g.token(v).pos().startsWith("VB");
      candidates.addAll(
          sentenceCandidates(ctx, resolver, unknownNames, drafts, coded, codable, keepUnasserted));
    }
    return new Coding(out, candidates);
  }

  /**
   * The candidate actors of one sentence. The verbs are coded a second time as if the dictionary
   * knew the sentence's unknown names (each stands in as an actor of resolution {@code candidate});
   * the events that then have a stand-in side, and the events coded with a generic actor read
   * around an unknown name, give the candidates. The second look never changes the events.
   *
   * @param drafts the sentence's events before the speech and reality filters
   * @param coded the drafts that became events
   * @param codable the verbs that may give events (not in a discarded sentence, not history)
   */
  private List<CandidateActor> sentenceCandidates(
      ActorResolver.Context ctx,
      ActorResolver resolver,
      UnknownNames unknownNames,
      List<Draft> drafts,
      List<Draft> coded,
      IntPredicate codable,
      boolean keepUnasserted) {
    SentenceGraph g = ctx.graph();
    List<UnknownNames.Unknown> unknown = unknownNames.of(g, ctx);
    if (unknown.isEmpty()) {
      return List.of();
    }
    Map<Integer, Optional<Resolved>> standIns = new LinkedHashMap<>();
    for (UnknownNames.Unknown u : unknown) {
      if (u.generic().isEmpty()) {
        standIns.put(u.name().head(), Optional.of(standIn(u, ctx.sentenceIndex())));
      }
    }
    List<Draft> ifKnown = new ArrayList<>();
    if (!standIns.isEmpty()) {
      EventExtractor quiet = trace == null ? this : quiet();
      for (int v = 0; v < g.size(); v++) {
        if (codable.test(v)) {
          for (Draft d : quiet.verbEvents(g, ctx, resolver, v, standIns)) {
            if (d.hasCandidate()) {
              ifKnown.add(d);
            }
          }
        }
      }
    }
    Map<String, CandidateActor> found = new LinkedHashMap<>();
    for (Draft c : coded) {
      candidatesOf(c, true, g, unknown, found);
    }
    Set<Integer> reporting = new HashSet<>();
    for (Draft c : drafts) {
      if (c.reportedBy >= 0) {
        reporting.add(c.reportedBy);
      }
    }
    for (Draft c : ifKnown) {
      if (c.reportedBy >= 0) {
        reporting.add(c.reportedBy);
      }
    }
    Set<String> seen = new HashSet<>();
    for (Draft c : ifKnown) {
      if (reporting.contains(c.verb) && lexicon.is("report", g.lemma(c.verb))) {
        continue;
      }
      if ((keepUnasserted || c.flags.asserted()) && seen.add(c.key())) {
        candidatesOf(c, false, g, unknown, found);
      }
    }
    for (CandidateActor a : found.values()) {
      trace(
          "  candidate actor: %s (%s) %s of %s; likely %s/%s%s%s",
          a.name(),
          a.nerType(),
          a.side().label(),
          a.evidence().pattern(),
          a.country().orElse("-"),
          a.sector().orElse("-"),
          a.cue().map(q -> " from '" + q + "'").orElse(""),
          a.codedAs().map(q -> "; coded as " + q).orElse("; not coded"));
    }
    return List.copyOf(found.values());
  }

  /** This extractor without the trace: for the second look at a sentence. */
  private EventExtractor quiet() {
    EventExtractor e = new EventExtractor(codebook, dictionary, lexicon);
    e.futureAsEvent = futureAsEvent;
    return e;
  }

  /** An unknown name as a stand-in actor, so the patterns can be tried as if it were known. */
  private static Resolved standIn(UnknownNames.Unknown u, int sentence) {
    Affiliation a = u.affiliation();
    return new Resolved(
        CANDIDATE_PREFIX + u.fullName(),
        u.fullName(),
        a.country(),
        a.sector(),
        sentence,
        u.name().start(),
        u.name().end(),
        "candidate",
        u.name().person(),
        Optional.empty(),
        0.6);
  }

  /**
   * The candidate actors of one draft: its sides that are unknown names standing in as actors, and
   * its sides coded with a generic actor read from the words around an unknown name.
   *
   * @param coded whether the draft became an event (its generic sides are then what the names were
   *     coded as)
   */
  private static void candidatesOf(
      Draft c,
      boolean coded,
      SentenceGraph g,
      List<UnknownNames.Unknown> unknown,
      Map<String, CandidateActor> found) {
    for (CandidateActor.Side side : CandidateActor.Side.values()) {
      Optional<Resolved> r = side == CandidateActor.Side.SOURCE ? Optional.of(c.source) : c.target;
      Optional<Resolved> other =
          side == CandidateActor.Side.SOURCE ? c.target : Optional.of(c.source);
      if (r.isEmpty()) {
        continue;
      }
      Optional<String> counterpart = other.filter(o -> !Draft.isCandidate(o)).map(Resolved::code);
      boolean standIn = Draft.isCandidate(r.get());
      boolean generic = UnknownNames.GENERIC.contains(r.get().resolution());
      for (UnknownNames.Unknown u : unknown) {
        boolean it =
            standIn
                ? r.get().start() == u.name().start()
                : generic && related(g, r.get(), u.name());
        if (!it) {
          continue;
        }
        Optional<String> codedAs = coded ? Optional.of(r.get().code()) : Optional.empty();
        String name = c.verb + "|" + side + "|" + u.name().start() + "|";
        if (!coded && !standIn && found.keySet().stream().anyMatch(k -> k.startsWith(name))) {
          continue; // coded already, in an event with another counterpart
        }
        found.putIfAbsent(
            name + counterpart.orElse(""), c.candidate(g.sentence, u, side, counterpart, codedAs));
      }
    }
  }

  /**
   * Whether an actor was read from the words of a name or around it: its words overlap the name's,
   * or it is the name's apposition or compound ("Juan Perez, Maduro's spokesman").
   */
  private static boolean related(SentenceGraph g, Resolved r, ProperName n) {
    if (r.start() < n.end() && n.start() < r.end()) {
      return true;
    }
    for (Dependency d : g.children(n.head())) {
      String rel = d.relation();
      if ((rel.equals("appos") || rel.startsWith("compound") || rel.startsWith("flat"))
          && d.dependent() >= r.start()
          && d.dependent() < r.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day whose roles an event's people take: the middle of the event's own date, when it is
   * known and does not include the article's date; empty otherwise (the article's date serves).
   */
  static Optional<LocalDate> roleDay(EventDate date, LocalDate documentDate) {
    if (!date.known()) {
      return Optional.empty();
    }
    LocalDate start = date.start().get();
    LocalDate end = date.end().get();
    if (!documentDate.isBefore(start) && !documentDate.isAfter(end)) {
      return Optional.empty();
    }
    return Optional.of(start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, end) / 2));
  }

  // ------------------------------------------------------------------------------ one verb

  /**
   * The events of one verb.
   *
   * @param known actors for some heads, standing in for what the resolver would say (the unknown
   *     names of the sentence, for a second look); empty for coding
   */
  private List<Draft> verbEvents(
      SentenceGraph g,
      ActorResolver.Context ctx,
      ActorResolver resolver,
      int v,
      Map<Integer, Optional<Resolved>> known) {
    List<VerbPattern> patterns = lexicon.patterns(g.lemma(v));
    if (patterns.isEmpty()) {
      return List.of();
    }
    Clause clause = Clause.of(g, v);
    Map<Integer, Optional<Resolved>> cache = new LinkedHashMap<>(known);
    VerbPattern best = null;
    int bestDetail = 0;
    for (VerbPattern p : patterns) {
      int detail = fits(p, clause, g, ctx, resolver, cache);
      if (detail < 0) {
        continue;
      }
      // more constraint groups first; on a tie, the pattern that matched more words with their
      // modifier ("air strike" for air-strike over plain "strike")
      if (best == null
          || p.specificity() > best.specificity()
          || p.specificity() == best.specificity() && detail > bestDetail) {
        best = p;
        bestDetail = detail;
      }
    }
    if (trace != null) {
      trace(
          "  verb '%s' (%s): particle=%s passive=%s subjects=%s slots=%s",
          g.token(v).word(),
          g.lemma(v),
          clause.particle().orElse("-"),
          clause.passive(),
          words(g, clause.subjects()),
          slotWords(g, clause));
      trace(
          "    %d pattern(s) for '%s'; best: %s",
          patterns.size(), g.lemma(v), best == null ? "none fits" : best.text());
    }
    if (best == null) {
      return List.of();
    }
    List<Resolved> sources = actors(clause.subjects(), ctx, resolver, cache);
    List<Resolved> targets = targets(best, clause, ctx, resolver, cache);
    trace(
        "    sources=%s targets=%s",
        sources.stream().map(r -> r.code() + "(" + r.resolution() + ")").toList(),
        targets.stream().map(r -> r.code() + "(" + r.resolution() + ")").toList());
    if (sources.isEmpty()
        && clause.passive()
        && RECIPROCAL_ROOTS.contains(codebook.require(best.code()).root())) {
      // "the agreement between Russia and Venezuela was signed": the parties acted together
      List<Resolved> parties = actors(clause.slot("between"), ctx, resolver, cache);
      if (parties.size() > 1) {
        trace("    a passive with no agent: the parties 'between' act together");
        sources = parties;
        targets = List.of();
      }
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    EventType type = codebook.require(best.code());
    if (VERBAL_ATTACK.contains(g.lemma(v))
        && Integer.parseInt(type.root()) >= 18
        && sources.stream().allMatch(Resolved::person)
        && codebook.contains("111")) {
      // "Mbeki attacked British imperialists": a person's attack is a verbal one
      type = codebook.require("111");
      trace("    a person attacks in words: coded 111");
    }

    if (type.code().equals("190")) {
      // "Israeli shelling killed …": the noun of force names the kind of force
      // (CoreNLP often reads "Israeli shelling" as a noun "Israeli" modified by "shelling")
      List<Integer> nouns = new ArrayList<>();
      for (int h : clause.subjects()) {
        nouns.add(h);
        for (int m : g.children(h, "amod")) {
          nouns.add(m);
        }
      }
      for (int h : nouns) {
        String code = forceCode(g, h);
        if (code != null && !code.equals("190") && codebook.contains(code)) {
          type = codebook.require(code);
          trace("    '%s' names the force: coded %s", g.token(h).word(), code);
          break;
        }
      }
    }

    // what the sentence says about the event's reality
    Reality reality = reality(g, v, type);
    trace(
        "    reality: negated=%s hypothetical=%s reported=%s became=%s via=%s",
        reality.negated, reality.hypothetical, reality.reported, reality.code, reality.via);
    if (reality.code != null) {
      type = codebook.require(reality.code);
    }

    List<Draft> out = new ArrayList<>();
    if (targets.isEmpty()) {
      if (sources.size() > 1 && RECIPROCAL_ROOTS.contains(type.root())) {
        // "Russia and Venezuela signed a treaty": each side acts toward the other
        for (Resolved a : sources) {
          for (Resolved b : sources) {
            if (!a.code().equals(b.code())) {
              out.add(new Draft(v, best, type, a, Optional.of(b), reality, g));
            }
          }
        }
        return out;
      }
      if (!type.root().equals("14")
          && !type.root().equals("15")
          && !(FORCE_ROOTS.contains(type.root()) && concreteObject(best))) {
        return List.of();
      }
      for (Resolved a : sources) {
        out.add(new Draft(v, best, type, a, Optional.empty(), reality, g));
      }
      return out;
    }
    for (Resolved a : sources) {
      for (Resolved b : targets) {
        if (a.code().equals(b.code())) {
          continue;
        }
        if (a.code().equals(b.country().orElse("")) || b.code().equals(a.country().orElse(""))) {
          continue; // "Venezuela's government … Venezuela": not an event between two actors
        }
        if (a.country().isPresent() && a.country().equals(b.country()) && between(clause, b, g)) {
          continue; // a treaty "between Moscow and Caracas" ratified by Russia's parliament
        }
        if (type.root().equals("01") && "MED".equals(b.sector().orElse(""))) {
          continue; // "told reporters" is not an event between actors
        }
        out.add(new Draft(v, best, type, a, Optional.of(b), reality, g));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------ uses of force

  /**
   * Events named by a noun of force whose harm a verb reports: "four civilians were killed in
   * Israeli tank shelling", "a Russian missile strike on Kyiv killed 12 people", "died in an air
   * strike by government forces". The source is the noun's owner (its adjective, compound,
   * possessive or by-phrase), the target what the noun is aimed at ("on Kyiv") or else the victims;
   * the code comes from the noun: {@code aerial} words 195, {@code artillery} words 194, other
   * {@code attack} words 190. Only for verbs no pattern coded.
   */
  private List<Draft> forceEvents(
      SentenceGraph g, ActorResolver.Context ctx, ActorResolver resolver, int v) {
    String lemma = g.lemma(v);
    if (!HARM.contains(lemma)) {
      return List.of();
    }
    Clause clause = Clause.of(g, v);
    boolean victimsAreSubject = clause.passive() || lemma.equals("die");
    List<Integer> nouns = new ArrayList<>();
    List<Integer> victims = new ArrayList<>();
    if (victimsAreSubject) {
      for (Dependency d : g.children(v)) {
        String rel = d.relation();
        if (rel.startsWith("nsubj")) {
          victims.add(d.dependent());
        } else if (rel.equals("obl:in")
            || rel.equals("obl:during")
            || rel.equals("obl:agent")
            || rel.equals("obl:by")) {
          nouns.add(d.dependent());
        }
      }
      victims.addAll(clause.slot("obj"));
    } else {
      nouns.addAll(clause.subjects());
      victims.addAll(clause.slot("obj"));
    }
    Map<Integer, Optional<Resolved>> cache = new LinkedHashMap<>();
    List<Draft> out = new ArrayList<>();
    for (int n : nouns) {
      String code = forceCode(g, n);
      if (code == null || !codebook.contains(code)) {
        continue;
      }
      Optional<Resolved> source = owner(n, ctx, resolver, cache);
      if (source.isEmpty() || actor(n, ctx, resolver, cache).isPresent()) {
        continue;
      }
      List<Resolved> targets = new ArrayList<>();
      for (Dependency d : g.children(n)) {
        String prep = d.relation().startsWith("nmod") ? g.preposition(d) : "";
        if (prep.equals("on") || prep.equals("against") || prep.equals("at")) {
          actor(d.dependent(), ctx, resolver, cache)
              .map(EventExtractor::asPlace)
              .ifPresent(r -> addNew(targets, r));
        }
      }
      if (targets.isEmpty()) {
        actors(victims, ctx, resolver, cache).forEach(r -> addNew(targets, r));
      }

      trace(
          "  force noun '%s' of '%s': %s source=%s targets=%s",
          g.token(n).word(),
          g.token(v).word(),
          code,
          source.get().code(),
          targets.stream().map(Resolved::code).toList());
      EventType type = codebook.require(code);
      Reality reality = reality(g, v, type);
      if (reality.code != null) {
        continue; // "plans to launch": intents of force come through their verbs
      }
      VerbPattern pattern =
          new VerbPattern(
              code,
              g.lemma(n),
              Optional.empty(),
              List.of(),
              List.of(),
              "",
              0.6,
              code + " (force noun) " + Words.key(g.lemma(n)) + " ... " + lemma,
              -1);
      Resolved a = source.get();
      for (Resolved b : targets) {
        if (a.code().equals(b.code())
            || a.code().equals(b.country().orElse(""))
            || b.code().equals(a.country().orElse(""))) {
          continue;
        }
        out.add(new Draft(n, pattern, type, a, Optional.of(b), reality, g));
      }
    }
    return out;
  }

  /**
   * The one country the sentence places its events in, if there is exactly one: the countries and
   * capitals named after "in" on a verb ("arrested … in Caracas"). Several, or none: empty.
   */
  private static Optional<String> sentenceCountry(ActorResolver.Context ctx) {
    SentenceGraph g = ctx.graph();
    Set<String> found = new HashSet<>();
    for (Mention m : ctx.mentions()) {
      boolean afterIn = false;
      for (int t = m.start(); t < m.end() && !afterIn; t++) {
        for (Dependency d : g.parents(t)) {
          // where a verb happened ("arrested … in Caracas"), not where a noun is ("a summit in
          // Abuja" says nothing of the junta the summit spoke to)
          if (d.governor() < 0) {
            continue;
          }
          if ((d.relation().equals("obl:in") || d.relation().equals("obl:inside"))
                  && g.token(d.governor()).pos().startsWith("VB")
              || d.relation().equals("nmod:in") && isSectorNoun(ctx, d.governor())) {
            afterIn = true; // "protesters in Caracas" is where the protesters are
          }
        }
      }
      if (!afterIn) {
        continue;
      }
      for (var sense : m.senses()) {
        if (sense instanceof org.annals.coder.dict.Sense.Country cs
            && (cs.form() == org.annals.coder.dict.Sense.Form.NAME
                || cs.form() == org.annals.coder.dict.Sense.Form.CAPITAL)) {
          found.add(cs.country());
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  private static boolean isSectorNoun(ActorResolver.Context ctx, int token) {
    for (Mention m : ctx.mentions()) {
      if (m.covers(token) && m.sense(org.annals.coder.dict.Sense.Sector.class).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** A capital struck by force is the country, not its government: "a strike on Kyiv". */
  private static Resolved asPlace(Resolved r) {
    if (!r.resolution().equals("metonym") || r.country().isEmpty()) {
      return r;
    }
    String country = r.country().get();
    return new Resolved(
        country,
        r.name().replaceFirst(" government$", ""),
        r.country(),
        Optional.empty(),
        r.sentence(),
        r.start(),
        r.end(),
        "place",
        r.person(),
        r.gender(),
        r.certainty());
  }

  /** The CAMEO code a noun of force gives, or null: "airstrike" 195, "shelling" 194. */
  private String forceCode(SentenceGraph g, int n) {
    String pos = g.token(n).pos();
    if (!pos.startsWith("NN") && !pos.equals("VBG")) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    String lemma = Words.key(g.lemma(n));
    keys.add(lemma);
    for (Dependency d : g.children(n)) {
      if (d.relation().equals("compound") || d.relation().equals("amod")) {
        keys.add(Words.key(g.lemma(d.dependent())) + "-" + lemma);
      }
    }
    for (String[] c : FORCE_NOUNS) {
      for (String k : keys) {
        if (lexicon.is(c[0], k)) {
          return c[1];
        }
      }
    }
    return null;
  }

  /**
   * Whether a pattern fits a clause: -1 if not, else the number of word constraints met by a head
   * together with its modifier.
   */
  private int fits(
      VerbPattern p,
      Clause c,
      SentenceGraph g,
      ActorResolver.Context ctx,
      ActorResolver resolver,
      Map<Integer, Optional<Resolved>> cache) {
    if (!p.particle().equals(c.particle())) {
      return -1;
    }
    if (p.voice().equals("passive") && !c.passive() || p.voice().equals("active") && c.passive()) {
      return -1;
    }
    int detail = 0;
    for (List<VerbPattern.Constraint> group : p.groups()) {
      boolean ok = false;
      for (VerbPattern.Constraint k : group) {
        for (int head : c.slot(k.slot())) {
          if (k.target()) {
            ok =
                actor(head, ctx, resolver, cache).isPresent()
                    || owner(head, ctx, resolver, cache).isPresent();
          } else {
            int a = accepts(k, g, head);
            ok = a > 0;
            detail += a == 2 ? 1 : 0;
          }
          if (ok) {
            break;
          }
        }
        if (ok) {
          break;
        }
      }
      if (!ok) {
        return -1;
      }
    }
    return detail;
  }

  /**
   * Whether a slot's head satisfies a word constraint: by lemma or form, or together with a
   * compound or adjective modifier ("chemical weapons" for {@code chemical_weapon}, "air-strikes"
   * for {@code air-strike}). 0: no; 1: the head alone; 2: the head with its modifier.
   */
  private static int accepts(VerbPattern.Constraint k, SentenceGraph g, int head) {
    String lemma = Words.key(g.lemma(head));
    if (k.accepts(lemma) || k.accepts(Words.key(g.word(head))) || k.accepts(singular(lemma))) {
      return 1;
    }
    for (Dependency d : g.children(head)) {
      String rel = d.relation();
      if (rel.equals("compound") || rel.equals("amod")) {
        String mod = Words.key(g.lemma(d.dependent()));
        String form = Words.key(g.word(d.dependent()));
        if (k.accepts(mod + "_" + lemma)
            || k.accepts(mod + "-" + lemma)
            || k.accepts(form + "_" + lemma)
            || k.accepts(form + "-" + lemma)) {
          return 2;
        }
      }
    }
    return 0;
  }

  private static boolean between(Clause c, Resolved target, SentenceGraph g) {
    for (int h : c.slot("between")) {
      if (h >= target.start() && h < target.end()) {
        return true;
      }
    }
    return false;
  }

  /** A plural the lemmatizer kept ("troops", "arms") in its singular form, for matching. */
  static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4
        && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private List<Resolved> targets(
      VerbPattern p,
      Clause c,
      ActorResolver.Context ctx,
      ActorResolver resolver,
      Map<Integer, Optional<Resolved>> cache) {
    List<String> order = new ArrayList<>();
    Set<String> themes = new HashSet<>();
    for (List<VerbPattern.Constraint> group : p.groups()) {
      for (VerbPattern.Constraint k : group) {
        if (k.target()) {
          order.add(k.slot());
        } else if (!k.any()) {
          themes.add(k.slot()); // "sent troops": the object is what was sent, not whom
        }
      }
    }
    themes.removeAll(order); // "obj=+ | obj=@place": the object may be the target after all
    if (!p.targetSlots().isEmpty()) {
      order = new ArrayList<>(p.targetSlots());
      if (order.contains("none")) {
        return List.of();
      }
    } else {
      order.add("obj");
      order.add("iobj");
      order.addAll(Clause.OBJECT_TARGET_PREPS);
      order.addAll(Clause.OBLIQUE_TARGET_PREPS);
      if (ASKED_FROM.contains(p.lemma())) {
        order.add("from"); // "demanded restraint from Washington"
      }
    }
    Set<String> tried = new HashSet<>();
    Set<String> plus = new HashSet<>();
    for (List<VerbPattern.Constraint> group : p.groups()) {
      for (VerbPattern.Constraint k : group) {
        if (k.target()) {
          plus.add(k.slot());
        }
      }
    }
    for (String slot : order) {
      if (!tried.add(slot) || themes.contains(slot) && p.targetSlots().isEmpty()) {
        continue;
      }
      List<Resolved> found = actors(c.slot(slot), ctx, resolver, cache);
      if (!found.isEmpty()) {
        return found;
      }
      if (plus.contains(slot)) {
        // "a condemnation of Trump's rhetoric": the owner of what the slot names
        for (int head : c.slot(slot)) {
          Optional<Resolved> owner = owner(head, ctx, resolver, cache);
          if (owner.isPresent()) {
            return List.of(owner.get());
          }
        }
      }
    }
    if (p.targetSlots().isEmpty()) {
      // "ratified the treaty between Moscow and Caracas": the party that is not the source
      List<Resolved> parties = actors(c.slot("between"), ctx, resolver, cache);
      if (!parties.isEmpty()) {
        return parties;
      }
      // "rejected Washington's accusations", "criticized Trump's threats": the owner of what
      // the verb acts on is the target
      List<String> owned = new ArrayList<>(themes);
      owned.add("obj");
      for (String slot : owned) {
        for (int head : c.slot(slot)) {
          Optional<Resolved> owner = owner(head, ctx, resolver, cache);
          if (owner.isPresent()) {
            return List.of(owner.get());
          }
        }
      }
    }
    return List.of();
  }

  private Optional<Resolved> owner(
      int head,
      ActorResolver.Context ctx,
      ActorResolver resolver,
      Map<Integer, Optional<Resolved>> cache) {
    SentenceGraph g = ctx.graph();
    for (Dependency d : g.children(head)) {
      String rel = d.relation();
      if (rel.equals("nmod:poss") || rel.equals("nmod:by") || rel.equals("nmod:from")) {
        Optional<Resolved> r = actor(d.dependent(), ctx, resolver, cache);
        if (r.isPresent()) {
          return r;
        }
      }
      if (rel.equals("amod") || rel.equals("compound")) {
        for (Mention m : ctx.mentions()) {
          if (m.covers(d.dependent())) {
            for (var sense : m.senses()) {
              if (!(sense instanceof org.annals.coder.dict.Sense.Country)) {
                // "an Islamic State target", "a NATO base"
                Optional<Resolved> r = resolver.direct(sense, ctx, m.start(), m.end());
                if (r.isPresent()) {
                  return r;
                }
              }
              if (sense instanceof org.annals.coder.dict.Sense.Country cs) {
                String code = cs.country();
                return Optional.of(
                    new Resolved(
                        code,
                        dictionary.nameOf(code),
                        Optional.of(code),
                        Optional.empty(),
                        ctx.sentenceIndex(),
                        m.start(),
                        m.end(),
                        "composed",
                        false,
                        Optional.empty(),
                        0.8));
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private List<Resolved> actors(
      List<Integer> heads,
      ActorResolver.Context ctx,
      ActorResolver resolver,
      Map<Integer, Optional<Resolved>> cache) {
    List<Resolved> out = new ArrayList<>();
    SentenceGraph g = ctx.graph();
    for (int h : heads) {
      List<Resolved> pair = resolver.pair(ctx, h);
      if (!pair.isEmpty()) {
        pair.forEach(x -> addNew(out, x));
        continue;
      }
      Optional<Resolved> r = actor(h, ctx, resolver, cache);
      if (r.isPresent() && r.get().resolution().equals("composed")) {
        resolver.resolveAll(ctx, h).forEach(x -> addNew(out, x));
      }
      r.ifPresent(x -> addNew(out, x));
      // names inside the phrase and the names coordinated with them: "old foes Gondor and
      // Osgiliath", "Presidents Lula of Brazil and Petro of Colombia"
      for (Dependency d : g.children(h)) {
        String rel = d.relation();
        if (!(rel.equals("appos") || rel.equals("compound") || rel.startsWith("flat"))) {
          continue;
        }
        if (r.isEmpty()) {
          actor(d.dependent(), ctx, resolver, cache).ifPresent(x -> addNew(out, x));
        }
        for (Dependency cc : g.children(d.dependent())) {
          if (cc.relation().startsWith("conj")) {
            actor(cc.dependent(), ctx, resolver, cache).ifPresent(x -> addNew(out, x));
          }
        }
      }
    }
    return out;
  }

  private static void addNew(List<Resolved> out, Resolved r) {
    if (out.stream().noneMatch(x -> x.code().equals(r.code()))) {
      out.add(r);
    }
  }

  private Optional<Resolved> actor(
      int head,
      ActorResolver.Context ctx,
      ActorResolver resolver,
      Map<Integer, Optional<Resolved>> cache) {
    return cache.computeIfAbsent(head, h -> resolver.resolve(ctx, h));
  }

  private static List<String> words(SentenceGraph g, List<Integer> heads) {
    return heads.stream().map(h -> g.token(h).word()).toList();
  }

  private static Map<String, List<String>> slotWords(SentenceGraph g, Clause c) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    c.slots().forEach((k, v) -> m.put(k, words(g, v)));
    return m;
  }

  // ------------------------------------------------------------------------------ reality

  /** What the sentence says about whether the event happened. */
  static final class Reality {
    boolean negated;
    boolean hypothetical;
    boolean reported;
    int reportedBy = -1;
    String code; // the intent or threat code the event became, if it did
    String via = "";
  }

  private Reality reality(SentenceGraph g, int v, EventType type) {
    Reality r = new Reality();
    boolean cooperative = type.quadClass() <= 2;
    boolean future = false;
    String wrapper = null; // "intent" or "threat"
    if (negated(g, v)) {
      r.negated = true;
    }
    if (modal(g, v) || conditional(g, v) || question(g)) {
      r.hypothetical = true;
    }
    if (futureAux(g, v) && !futureAsEvent) {
      future = true;
    }
    // a purpose or infinitival modifier: "troops to attack", "in order to strike"
    for (Dependency d : g.parents(v)) {
      String rel = d.relation();
      if ((rel.startsWith("advcl") || rel.equals("acl")) && hasMark(g, v, "to")) {
        r.hypothetical = true;
      }
      if (rel.startsWith("xcomp")
          && d.governor() >= 0
          && !g.token(d.governor()).pos().startsWith("VB")
          && !(futureAsEvent && g.lemma(d.governor()).equals("about"))) {
        r.hypothetical = true; // "ready to attack", "able to strike"
      }
    }
    // a verb coordinated with a negated or modal one shares its auxiliary when it has none of
    // its own: "did not attack or invade" (but "did not attack but invaded" asserts the invasion)
    if (g.token(v).pos().equals("VB") && !g.hasChild(v, "aux")) {
      int head = g.governorBy(v, "conj:");
      if (head >= 0) {
        r.negated |= negated(g, head);
        r.hypothetical |= modal(g, head);
      }
    }
    // any clause around this one that is a condition: "unless the regime is disarmed or … fires"
    int up = v;
    for (int depth = 0; depth < 6 && up >= 0; depth++) {
      if (conditional(g, up)) {
        r.hypothetical = true;
        break;
      }
      up = g.governorBy(up, "advcl:", "acl:", "conj:", "xcomp", "ccomp");
    }
    // the clauses this one is embedded in
    int child = v;
    for (int depth = 0; depth < MAX_ANCESTORS; depth++) {
      int a = g.governorBy(child, "xcomp", "ccomp", "parataxis", "dep");
      if (a < 0) {
        break;
      }
      if (attachedByMistake(g, child, a)) {
        break;
      }
      String lemma = g.lemma(a);
      if (negated(g, a)) {
        r.negated = true;
      }
      if (modal(g, a) || conditional(g, a)) {
        r.hypothetical = true;
      }
      if (futureAux(g, a) && !futureAsEvent) {
        future = true;
      }
      if (lemma.equals("go") && g.token(a).pos().equals("VBG")) {
        future = !futureAsEvent; // "is going to strike"
      } else if (lexicon.is("nonfactive", lemma) && !lexicon.is("report", lemma)) {
        r.hypothetical = true;
      } else if (lexicon.is("threat", lemma)) {
        wrapper = "threat";
        r.via = lemma;
      } else if (lexicon.is("intent", lemma)) {
        // "vowed to strike" is a threat; "plans to strike" reports a plan, which is not coded
        if (!cooperative && !COMMISSIVE.contains(lemma)) {
          r.hypothetical = true;
        }
        wrapper = wrapper == null ? "intent" : wrapper;
        r.via = r.via.isEmpty() ? lemma : r.via;
      } else if (lexicon.is("report", lemma)) {
        r.reported = true;
        if (r.reportedBy < 0) {
          r.reportedBy = a;
        }
      } else if (!g.token(a).pos().startsWith("VB") && !(futureAsEvent && lemma.equals("about"))) {
        // "the decision to", "a plan to": not asserted
        r.hypothetical = true;
      }
      child = a;
    }
    if ((wrapper != null || future) && !cooperative && type.root().equals("15")) {
      // "will deploy troops to Venezuela": a planned deployment threatens nobody in particular
      r.hypothetical = true;
    } else if (wrapper != null || future) {
      Optional<String> mapped =
          cooperative && !"threat".equals(wrapper)
              ? codebook.intentFor(type.code())
              : !cooperative ? codebook.threatFor(type.code()) : Optional.empty();
      if (mapped.isPresent() && !mapped.get().equals(type.code())) {
        r.code = mapped.get();
        if (r.via.isEmpty()) {
          r.via = "future";
        }
      } else if (!type.root().equals("03") && !type.root().equals("13")) {
        r.hypothetical = true; // a planned action that has no intent code is still not an action
      }
    }
    return r;
  }

  /**
   * A clause with its own subject hung on a noun by the parser's catch-all {@code dep} ("…, led by
   * Yuri Borisov, the two sides signed …"): a parse error, not a clause embedded in the noun ("the
   * decision to sign").
   */
  private static boolean attachedByMistake(SentenceGraph g, int clause, int governor) {
    if (g.token(governor).pos().startsWith("VB") || hasMark(g, clause, "to")) {
      return false;
    }
    boolean viaDep = false;
    for (Dependency d : g.parents(clause)) {
      if (d.governor() == governor && d.relation().equals("dep")) {
        viaDep = true;
      }
    }
    return viaDep && (g.hasChild(clause, "nsubj") || g.hasChild(clause, "nsubj:pass"));
  }

  private boolean negated(SentenceGraph g, int v) {
    for (Dependency d : g.children(v)) {
      String rel = d.relation();
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
          && lexicon.is("negation", g.word(d.dependent()))) {
        return true;
      }
    }
    for (int o : g.children(v, "obj")) {
      for (Dependency d : g.children(o)) {
        if (d.relation().equals("det") && g.word(d.dependent()).equals("no")) {
          return true; // "sent no troops"
        }
      }
    }
    return false;
  }

  private boolean modal(SentenceGraph g, int v) {
    for (Dependency d : g.children(v)) {
      String rel = d.relation();
      String w = g.word(d.dependent());
      if ((rel.equals("aux") || rel.equals("advmod")) && lexicon.is("hypothetical", w)) {
        return true;
      }
      if (rel.equals("advmod") && lexicon.is("nonfactive", w)) {
        return true; // "allegedly"
      }
    }
    return false;
  }

  private boolean conditional(SentenceGraph g, int v) {
    for (Dependency d : g.children(v)) {
      if (d.relation().equals("mark") && lexicon.is("hypothetical", g.word(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean futureAux(SentenceGraph g, int v) {
    for (int a : g.children(v, "aux")) {
      if (FUTURE_AUX.contains(g.word(a))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMark(SentenceGraph g, int v, String word) {
    for (int m : g.children(v, "mark")) {
      if (g.word(m).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean question(SentenceGraph g) {
    return g.size() > 0 && g.token(g.size() - 1).word().equals("?");
  }

  // ------------------------------------------------------------------------------ sentence

  /** Whether the sentence is about sport, entertainment or similar. */
  private boolean discarded(Sentence s) {
    for (Token t : s.tokens()) {
      if (lexicon.is("discard", t.word()) || lexicon.is("discard", t.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Past-tense verbs dated two or more years before the document: "in 1962 the Soviet Union
   * deployed missiles to Cuba" is a history lesson, not news.
   */
  private static Set<Integer> historicalVerbs(
      SentenceGraph g, Sentence s, List<TimeExpression> times, LocalDate date) {
    Set<Integer> out = new HashSet<>();
    for (TimeExpression tx : times) {
      if (tx.sentenceIndex() != s.index() || !tx.type().equals("DATE") || tx.value().isEmpty()) {
        continue;
      }
      String val = tx.value().get();
      if (val.length() < 4
          || !val.substring(0, 4).chars().allMatch(Character::isDigit)
          || Integer.parseInt(val.substring(0, 4)) > date.getYear() - 2) {
        continue;
      }
      for (int i = 0; i < g.size(); i++) {
        CharSpan sp = g.token(i).span();
        if (sp.start() < tx.span().start() || sp.end() > tx.span().end()) {
          continue;
        }
        // climb from the date to the verb it modifies
        int t = i;
        for (int steps = 0; steps < 6 && t >= 0; steps++) {
          if (g.token(t).pos().startsWith("VB")) {
            String pos = g.token(t).pos();
            if (pos.equals("VBD") || pos.equals("VBN")) {
              out.add(t);
            }
            break;
          }
          int up = -1;
          for (Dependency d : g.parents(t)) {
            if (d.governor() >= 0) {
              up = d.governor();
              break;
            }
          }
          t = up;
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------ history

  private void remember(
      SentenceGraph g, ActorResolver.Context ctx, ActorResolver resolver, History history) {
    for (Mention m : ctx.mentions()) {
      int head = m.end() - 1;
      for (int i = m.start(); i < m.end(); i++) {
        boolean inside = false;
        for (Dependency d : g.parents(i)) {
          if (d.governor() >= m.start() && d.governor() < m.end()) {
            inside = true;
          }
        }
        if (!inside) {
          head = i;
          break;
        }
      }
      int phraseHead = head;
      for (Dependency d : g.parents(head)) {
        String rel = d.relation();
        if (d.governor() >= 0
            && (rel.equals("amod")
                || rel.startsWith("compound")
                || rel.equals("nmod:poss")
                || rel.startsWith("flat"))) {
          phraseHead = d.governor();
          break;
        }
      }
      Optional<Resolved> r = resolver.resolve(ctx, phraseHead);
      if (r.isEmpty() && phraseHead != head) {
        r = resolver.resolve(ctx, head); // "Trump's rhetoric": Trump is still an antecedent
      }
      r.ifPresent(history::add);
    }
  }

  private void rememberUnparsed(
      Sentence s, List<Mention> mentions, ActorResolver resolver, History history) {
    for (Mention m : mentions) {
      for (var sense : m.senses()) {
        if (sense instanceof org.annals.coder.dict.Sense.Person p) {
          Optional<Resolved> r = resolver.personAt(p.person(), s.index(), m.start(), m.end());
          r.ifPresent(history::add);
        }
      }
    }
  }

  // ------------------------------------------------------------------------------ output

  private static final class Draft {
    final int verb;
    final VerbPattern pattern;
    final EventType type;
    final Resolved source;
    final Optional<Resolved> target;
    final EventFlags flags;
    final int reportedBy;
    final String via;
    final SentenceGraph graph;

    Draft(
        int verb,
        VerbPattern pattern,
        EventType type,
        Resolved source,
        Optional<Resolved> target,
        Reality reality,
        SentenceGraph graph) {
      this.verb = verb;
      this.pattern = pattern;
      this.type = type;
      this.source = source;
      this.target = target;
      this.flags = new EventFlags(reality.reported, reality.negated, reality.hypothetical);
      this.reportedBy = reality.reportedBy;
      this.via = reality.code == null ? "" : reality.via;
      this.graph = graph;
    }

    /** What tells two drafts of one sentence apart. */
    String key() {
      return verb
          + "|"
          + source.code()
          + "|"
          + target.map(Resolved::code).orElse("")
          + "|"
          + type.code();
    }

    /** Whether a side is an unknown name standing in as an actor. */
    boolean hasCandidate() {
      return isCandidate(source) || target.map(Draft::isCandidate).orElse(false);
    }

    static boolean isCandidate(Resolved r) {
      return r.resolution().equals("candidate");
    }

    CandidateActor candidate(
        Sentence s,
        UnknownNames.Unknown u,
        CandidateActor.Side side,
        Optional<String> counterpart,
        Optional<String> codedAs) {
      Affiliation a = u.affiliation();
      return new CandidateActor(
          u.fullName(),
          u.text(),
          u.name().nerType(),
          a.country(),
          a.sector(),
          a.likelyCode(),
          a.cue(),
          side,
          type.code(),
          counterpart,
          codedAs,
          u.name().span(s.tokens()),
          new EventEvidence(s.index(), s.span(), trigger(s.tokens()), patternText()));
    }

    /** The words that matched the pattern: the verb with its particle. */
    CharSpan trigger(List<Token> tokens) {
      CharSpan trigger = tokens.get(verb).span();
      for (int p : graph.children(verb, "compound:prt")) {
        Token pt = tokens.get(p);
        trigger =
            new CharSpan(
                Math.min(trigger.start(), pt.span().start()),
                Math.max(trigger.end(), pt.span().end()));
      }
      return trigger;
    }

    String patternText() {
      return pattern.text()
          + (via.isEmpty() ? "" : "  [under '" + via + "' → " + type.code() + "]");
    }

    CodedEvent toEvent(
        Sentence s,
        Codebook codebook,
        String cleanText,
        EventDate date,
        java.util.function.UnaryOperator<Resolved> role) {
      Resolved source = role.apply(this.source);
      Optional<Resolved> target = this.target.map(role);
      List<Token> tokens = s.tokens();
      CharSpan trigger = trigger(tokens);
      double confidence =
          pattern.weight() * source.certainty() * target.map(Resolved::certainty).orElse(0.9);
      if (flags.reportedSpeech() || !via.isEmpty()) {
        confidence *= 0.9;
      }
      String text = patternText();
      EventActor src = source.toActor(tokens, cleanText);
      Optional<EventActor> tgt = target.map(t -> t.toActor(tokens, cleanText));
      return new CodedEvent(
          Codebook.VERSION,
          src,
          tgt,
          type,
          codebook.plover(type.code()),
          flags,
          Math.max(0, Math.min(1, confidence)),
          new EventEvidence(s.index(), s.span(), trigger, text),
          date);
    }
  }
}
