package org.annals.coder.petrarch.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes events from a Penn Treebank parse with PETRARCH-format dictionaries, after PETRARCH2's
 * approach: noun phrases get actor codes (actors, then agents, composed), each verb phrase whose
 * verb is in the dictionary is matched against its block's patterns, the source is the clause's
 * subject (or the {@code by} phrase of a passive verb) and the target the verb's object or
 * prepositional object. A coded verb keeps its code over a subjectless infinitive it governs
 * ("urged Bree to help"); an uncoded one yields to the infinitive's code ("agreed to restore"). A
 * coded verb hides the clauses it embeds, and verbs inside noun or prepositional phrases code
 * nothing. Sentences holding a discard phrase get no events. {@link Options} carries PETRARCH's
 * {@code require_dyad} and comma-clause options.
 */
public final class TreeCoder {
  /** A coded event: source and target actor codes and the event code. */
  public record Event(String source, String target, String code) {}

  private static final Set<String> BE =
      Set.of("AM", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE", "GET", "GOT");
  private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER");
  private static final Set<String> PASSIVE_SOURCE_PREPS = Set.of("BY", "FROM");

  private final TreeDictionaries dict;

  public TreeCoder(TreeDictionaries dict) {
    this.dict = dict;
  }

  /**
   * PETRARCH's coding options. Without {@code requireDyad} ({@code require_dyad} off) an event
   * missing its target is kept with {@code ---} as the target (when the verb has some noun phrase
   * after it); an event without a source is never coded. The {@code comma*} bounds are the lengths
   * in words of the comma-delimited clauses PETRARCH removes before coding (commas inside noun
   * phrases do not count): the initial clause ({@code comma_bmin} … {@code comma_bmax}), clauses
   * between two commas ({@code comma_min} … {@code comma_max}) and the terminal clause ({@code
   * comma_emin} … {@code comma_emax}); a maximum of 0 turns that removal off. Verbs in a removed
   * clause code nothing.
   */
  public record Options(
      boolean requireDyad,
      int commaMin,
      int commaMax,
      int commaBMin,
      int commaBMax,
      int commaEMin,
      int commaEMax) {
    /** PETRARCH's defaults: dyads required; internal and terminal clauses of 2 to 8 words. */
    public static final Options DEFAULT = new Options(true, 2, 8, 0, 0, 2, 8);

    /**
     * The defaults with the options given by PETRARCH name ({@code require_dyad}, {@code
     * comma_min}…).
     */
    public static Options of(Map<String, String> named) {
      return new Options(
          named.containsKey("require_dyad")
              ? named.get("require_dyad").trim().equalsIgnoreCase("true")
              : DEFAULT.requireDyad,
          number(named, "comma_min", DEFAULT.commaMin),
          number(named, "comma_max", DEFAULT.commaMax),
          number(named, "comma_bmin", DEFAULT.commaBMin),
          number(named, "comma_bmax", DEFAULT.commaBMax),
          number(named, "comma_emin", DEFAULT.commaEMin),
          number(named, "comma_emax", DEFAULT.commaEMax));
    }

    private static int number(Map<String, String> named, String key, int otherwise) {
      try {
        return named.containsKey(key) ? Integer.parseInt(named.get(key).trim()) : otherwise;
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
  }

  /** Codes a bracketed parse read on {@code date} with PETRARCH's default options. */
  public List<Event> code(String parse, LocalDate date) {
    return code(ParseNode.parse(parse), date, Options.DEFAULT);
  }

  /** Codes a bracketed parse read on {@code date}. */
  public List<Event> code(String parse, LocalDate date, Options options) {
    return code(ParseNode.parse(parse), date, options);
  }

  public List<Event> code(ParseNode root, LocalDate date) {
    return code(root, date, Options.DEFAULT);
  }

  public List<Event> code(ParseNode root, LocalDate date, Options options) {
    return new Sentence(root, date, options).events();
  }

  /** The coding of one sentence; caches noun-phrase codes. */
  private final class Sentence {
    final ParseNode root;
    final LocalDate date;
    final boolean requireDyad;
    final Options options;
    final List<String> words;
    final Map<ParseNode, List<String>> npCodes = new IdentityHashMap<>();

    /** Word ranges [from, to) of the comma-delimited clauses removed. */
    final List<int[]> removed = new ArrayList<>();

    Sentence(ParseNode root, LocalDate date, Options options) {
      this.root = root;
      this.date = date;
      this.options = options;
      this.requireDyad = options.requireDyad();
      this.words = root.words();
      removeCommaClauses();
    }

    /** Finds the comma-delimited clauses PETRARCH's comma options remove. */
    private void removeCommaClauses() {
      List<Integer> commas = new ArrayList<>();
      for (ParseNode n : root.descendants()) {
        if (n.isWord() && n.word().equals(",") && !insideNounPhrase(n)) {
          commas.add(n.first());
        }
      }
      if (commas.isEmpty()) {
        return;
      }
      int end = words.size();
      if (end > 0 && !Character.isLetterOrDigit(words.get(end - 1).charAt(0))) {
        end--;
      }
      int firstComma = commas.get(0);
      if (options.commaBMax() != 0
          && within(countWords(0, firstComma), options.commaBMin(), options.commaBMax())) {
        removed.add(new int[] {0, firstComma});
      }
      int lastComma = commas.get(commas.size() - 1);
      if (options.commaEMax() != 0
          && lastComma < end
          && within(countWords(lastComma + 1, end), options.commaEMin(), options.commaEMax())) {
        removed.add(new int[] {lastComma + 1, end});
      }
      if (options.commaMax() != 0) {
        for (int k = 0; k + 1 < commas.size(); k++) {
          int a = commas.get(k);
          int b = commas.get(k + 1);
          if (within(countWords(a + 1, b), options.commaMin(), options.commaMax())) {
            removed.add(new int[] {a + 1, b});
          }
        }
      }
    }

    private boolean insideNounPhrase(ParseNode n) {
      for (ParseNode p = n.parent(); p != null; p = p.parent()) {
        if (p.is("NP")) {
          return true;
        }
      }
      return false;
    }

    /** Words beginning with a letter in [from, to), as PETRARCH counts a clause's length. */
    private int countWords(int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        if (Character.isLetter(words.get(i).charAt(0))) {
          n++;
        }
      }
      return n;
    }

    private static boolean within(int n, int min, int max) {
      return n >= min && n <= max;
    }

    private boolean inRemovedClause(ParseNode n) {
      for (int[] r : removed) {
        if (n.first() >= r[0] && n.end() <= r[1]) {
          return true;
        }
      }
      return false;
    }

    List<Event> events() {
      if (discarded()) {
        return List.of();
      }
      List<Clause> clauses = new ArrayList<>();
      for (ParseNode n : root.descendants()) {
        if (n.is("VP")) {
          Clause c = clause(n);
          if (c != null) {
            clauses.add(c);
          }
        }
      }
      // a verb and the subjectless infinitive it governs ("abandoned efforts to stop", "urged Bree
      // to help"): the governing verb's code stands when it has one, else the infinitive's
      Set<ParseNode> overridden = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      Map<ParseNode, Clause> byVp = new IdentityHashMap<>();
      for (Clause c : clauses) {
        byVp.put(c.vp, c);
      }
      for (Clause c : clauses) {
        if (c.code != null) {
          boolean upperCoded = false;
          for (ParseNode g : c.governors) {
            Clause gc = byVp.get(g);
            if (gc != null && gc.code != null) {
              upperCoded = true;
            }
          }
          if (upperCoded) {
            overridden.add(c.vp);
          } else {
            overridden.addAll(c.governors);
          }
        }
      }
      // a verb phrase that codes an event hides the clauses it embeds (PETRARCH2 reads a verb's
      // S and SBAR complements only when the verb itself yields nothing)
      Set<ParseNode> hidden = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      Set<Event> out = new LinkedHashSet<>();
      for (Clause c : clauses) {
        if (c.code == null
            || c.negated
            || overridden.contains(c.vp)
            || hidden.contains(c.vp)
            || insidePhrase(c.vp)
            || inRemovedClause(c.vp)) {
          continue;
        }
        List<Event> mine = clauseEvents(c, clauses);
        if (!mine.isEmpty()) {
          out.addAll(mine);
          for (ParseNode child : c.vp.children()) {
            if (child.is("S")) {
              for (ParseNode d : child.descendants()) {
                hidden.add(d);
              }
            }
          }
        }
      }
      return List.copyOf(out);
    }

    private List<Event> clauseEvents(Clause c, List<Clause> clauses) {
      Set<Event> out = new LinkedHashSet<>();
      List<String> targets = c.targets;
      if (targets.isEmpty()) {
        // a verb whose infinitive has no code of its own takes that verb's object
        for (Clause lower : clauses) {
          if (lower.governors.contains(c.vp) && !lower.targets.isEmpty()) {
            targets = lower.targets;
            break;
          }
        }
      }
      for (String s : c.sources) {
        for (String t : targets) {
          if (!s.equals(t)) {
            out.add(new Event(external(s), external(t), c.code));
            if (c.reverseCode != null) {
              out.add(new Event(external(t), external(s), c.reverseCode));
            }
          }
        }
      }
      if (!requireDyad && targets.isEmpty() && hasNounObject(c)) {
        // the uncoded noun phrase stands as the "---" target; with none there is no event, and
        // no event is coded without a source
        for (String s : c.sources) {
          out.add(new Event(external(s), "---", c.code));
        }
      }
      if (targets.isEmpty() && c.sources.size() > 1 && (c.pairwise || cooperative(c.code))) {
        for (String s : c.sources) {
          for (String t : c.sources) {
            if (!s.equals(t)) {
              out.add(new Event(external(s), external(t), c.code));
            }
          }
        }
      }
      return List.copyOf(out);
    }

    /**
     * Whether the verb phrase sits in a prepositional or noun phrase: PETRARCH2 reads events only
     * from verb phrases reached through clauses and verb phrases from the top.
     */
    private boolean insidePhrase(ParseNode vp) {
      for (ParseNode n = vp.parent(); n != null; n = n.parent()) {
        if (n.is("PP") || n.is("NP")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the verb takes a noun phrase after it, directly or in a prepositional phrase ("said
     * on Saturday"); a temporal phrase ({@code NP-TMP}: "said today") is none.
     */
    private boolean hasNounObject(Clause c) {
      boolean after = false;
      for (ParseNode child : c.vp.children()) {
        if (child == c.verb) {
          after = true;
        } else if (after && child.label().equals("NP") && child.tag().isEmpty()) {
          return true;
        } else if (after && child.label().equals("PP")) {
          for (ParseNode g : child.children()) {
            if (g.label().equals("NP")) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private boolean discarded() {
      for (List<String> d : dict.discards()) {
        for (int i = 0; i + d.size() <= words.size(); i++) {
          if (words.subList(i, i + d.size()).equals(d)) {
            return true;
          }
        }
      }
      return false;
    }

    // ------------------------------------------------------------ verbs

    /** What one verb phrase codes; null when it has no verb of its own. */
    private Clause clause(ParseNode vp) {
      ParseNode verb = null;
      for (ParseNode c : vp.children()) {
        if (c.isWord() && (c.is("VB") || c.is("MD"))) {
          verb = c;
          break;
        }
        if (!c.isWord() || !(c.is("RB") || c.is("ADVP"))) {
          if (!c.is("ADVP")) {
            break;
          }
        }
      }
      if (verb == null) {
        return null;
      }
      Clause cl = new Clause(vp, verb);
      cl.passive = passive(vp, verb);
      climb(cl);
      cl.negated = negated(cl);
      TreeDictionaries.Verb entry = verbEntry(vp, verb);
      String code = entry == null ? null : entry.code();
      int postFrom = verb.end() + (entry == null ? 0 : entry.after().size());
      List<String> patternSources = null;
      List<String> patternTargets = null;
      if (entry != null) {
        Match best = null;
        for (TreeDictionaries.Pattern p : dict.patterns(entry.block())) {
          if (!eventCode(p.code())) {
            // TABARI's complex-event markers ([+++], [###]) code nothing in PETRARCH
            continue;
          }
          Match m = match(p, cl, postFrom);
          if (m != null && (best == null || p.weight() > best.pattern().weight())) {
            best = m;
          }
        }
        if (best != null) {
          code = best.pattern().code();
          patternSources = best.sources();
          patternTargets = best.targets();
          cl.pairwise = best.pairwise();
          // a pattern that spells out what precedes the verb ("DID N'T *") has read the negation
          if (!best.pattern().before().isEmpty()) {
            cl.negated = false;
          }
        }
      }
      if (code != null && !eventCode(code)) {
        code = null;
      }
      cl.code = active(code);
      cl.reverseCode = passivePart(code);
      if (cl.passive && cl.code == null) {
        cl.code = cl.reverseCode;
        cl.reverseCode = null;
      }
      List<String> objects = objects(vp, verb, cl.passive);
      if (cl.passive) {
        cl.sources = byPhrase(vp);
        cl.targets = cl.subject;
        if (cl.sources.isEmpty() && !objects.isEmpty()) {
          // no agent phrase: the subject acts on the verb's object ("was criticized over its
          // dispute with Eriador")
          cl.sources = cl.subject;
          cl.targets = objects;
        }
      } else {
        cl.sources = cl.subject;
        cl.targets = objects.isEmpty() ? complementSubject(vp) : objects;
      }
      if (patternSources != null && !patternSources.isEmpty()) {
        cl.sources = patternSources;
      }
      if (patternTargets != null && !patternTargets.isEmpty()) {
        cl.targets = patternTargets;
      }
      return cl;
    }

    private TreeDictionaries.Verb verbEntry(ParseNode vp, ParseNode verb) {
      List<TreeDictionaries.Verb> candidates = dict.verb(verb.word());
      TreeDictionaries.Verb plain = null;
      TreeDictionaries.Verb compound = null;
      for (TreeDictionaries.Verb v : candidates) {
        if (v.before().isEmpty() && v.after().isEmpty()) {
          if (plain == null) {
            plain = v;
          }
        } else if (fits(v.after(), verb.end()) && fitsBefore(v.before(), verb.first())) {
          compound = v;
        }
      }
      return compound != null ? compound : plain;
    }

    private boolean fits(List<String> phrase, int at) {
      return at + phrase.size() <= words.size()
          && words.subList(at, at + phrase.size()).equals(phrase);
    }

    private boolean fitsBefore(List<String> phrase, int at) {
      return at - phrase.size() >= 0 && words.subList(at - phrase.size(), at).equals(phrase);
    }

    private boolean passive(ParseNode vp, ParseNode verb) {
      if (!(verb.label().equals("VBN") || verb.label().equals("VBD"))) {
        return false;
      }
      ParseNode level = vp.parent();
      if (level != null && level.is("NP")) {
        return true;
      }
      for (int i = 0; i < 2 && level != null; i++) {
        if (level.is("VP")) {
          for (ParseNode c : level.children()) {
            if (c.isWord() && c.is("VB")) {
              if (BE.contains(c.word())) {
                return true;
              }
              break;
            }
          }
        }
        level = level.parent();
      }
      return false;
    }

    /**
     * Finds the subject: up through verb phrases to the clause; an infinitive or participle clause
     * without a subject continues to the clause above, whose verbs then govern this one.
     */
    private void climb(Clause cl) {
      ParseNode node = cl.vp;
      boolean subjectless = false;
      while (node.parent() != null) {
        ParseNode parent = node.parent();
        if (parent.is("VP")) {
          if (parent != cl.vp) {
            cl.chain.add(parent);
          }
          node = parent;
          continue;
        }
        if (parent.is("S") && !parent.is("SBAR")) {
          List<String> subject = subjectBefore(parent, node);
          if (!subject.isEmpty() || hasNp(parent, node)) {
            cl.subject = subject;
            return;
          }
          // no subject: an infinitive or a participle; the enclosing verb phrase governs
          if (parent.parent() != null && parent.parent().is("VP")) {
            ParseNode up = parent.parent();
            cl.governors.add(up);
            for (ParseNode g = up.parent(); g != null && g.is("VP"); g = g.parent()) {
              cl.governors.add(g);
            }
            node = up;
            continue;
          }
          subjectless = true;
          node = parent;
          continue;
        }
        if (parent.is("NP")) {
          // a reduced relative clause: "the parade supporting Gondor"
          return;
        }
        node = parent;
        if (parent.is("SBAR") && !(subjectless && startsWithPreposition(parent))) {
          // a subjectless infinitive after a preposition ("inching nearer to accord with")
          // takes the subject above; any other subordinate clause stops the search
          return;
        }
      }
    }

    private boolean startsWithPreposition(ParseNode sbar) {
      ParseNode first = sbar.children().isEmpty() ? null : sbar.children().get(0);
      return first != null && first.isWord() && first.label().equals("IN");
    }

    private boolean hasNp(ParseNode s, ParseNode before) {
      for (ParseNode c : s.children()) {
        if (c == before) {
          return false;
        }
        if (c.is("NP")) {
          return true;
        }
      }
      return false;
    }

    private List<String> subjectBefore(ParseNode s, ParseNode vp) {
      List<String> found = List.of();
      for (ParseNode c : s.children()) {
        if (c == vp) {
          break;
        }
        if (c.is("NP")) {
          List<String> codes = np(c);
          if (!codes.isEmpty()) {
            found = codes;
          }
        }
      }
      return found;
    }

    private boolean negated(Clause cl) {
      List<ParseNode> levels = new ArrayList<>();
      levels.add(cl.vp);
      levels.addAll(cl.chain);
      for (ParseNode level : levels) {
        for (ParseNode c : level.children()) {
          if (c.isWord() && c.is("RB") && NEGATIONS.contains(c.word())) {
            return true;
          }
          if (c.is("VP")) {
            break;
          }
        }
      }
      return false;
    }

    private List<String> objects(ParseNode vp, ParseNode verb, boolean passive) {
      boolean after = false;
      for (ParseNode c : vp.children()) {
        if (c == verb) {
          after = true;
          continue;
        }
        if (after && c.is("NP")) {
          List<String> codes = np(c);
          if (!codes.isEmpty()) {
            return codes;
          }
        }
      }
      after = false;
      for (ParseNode c : vp.children()) {
        if (c == verb) {
          after = true;
          continue;
        }
        if (after && c.is("PP")) {
          String prep = prep(c);
          if (passive && PASSIVE_SOURCE_PREPS.contains(prep)) {
            continue;
          }
          List<String> codes = pp(c);
          if (!codes.isEmpty()) {
            return codes;
          }
        }
      }
      return List.of();
    }

    /** The subject of a clause the verb takes: "urged Bree to help", "believes X can cope". */
    private List<String> complementSubject(ParseNode vp) {
      for (ParseNode c : vp.children()) {
        ParseNode s = c;
        if (s.is("SBAR")) {
          s = null;
          for (ParseNode cc : c.children()) {
            if (cc.is("S")) {
              s = cc;
            }
          }
        }
        if (s != null && s.is("S") && !s.is("SBAR")) {
          for (ParseNode cc : s.children()) {
            if (cc.is("VP")) {
              break;
            }
            if (cc.is("NP") && !np(cc).isEmpty()) {
              return np(cc);
            }
          }
        }
      }
      return List.of();
    }

    /** The {@code by} (else {@code from}) phrase of a passive, also inside an adverb phrase. */
    private List<String> byPhrase(ParseNode vp) {
      List<ParseNode> candidates = new ArrayList<>();
      for (ParseNode c : vp.children()) {
        if (c.is("ADVP")) {
          candidates.addAll(c.children()); // "opposed earlier by Osgiliath"
        } else {
          candidates.add(c);
        }
      }
      for (String want : List.of("BY", "FROM")) {
        for (ParseNode c : candidates) {
          if (c.is("PP") && want.equals(prep(c))) {
            List<String> codes = pp(c);
            if (!codes.isEmpty()) {
              return codes;
            }
          }
        }
      }
      return List.of();
    }

    // ------------------------------------------------------------ patterns

    private Match match(TreeDictionaries.Pattern p, Clause cl, int postFrom) {
      Map<String, List<String>> slots =
          matchTokens(p.after(), 0, postFrom, cl.vp.end(), true, Map.of());
      if (slots == null) {
        return null;
      }
      List<TreeDictionaries.Token> before = new ArrayList<>(p.before());
      java.util.Collections.reverse(before);
      slots = matchTokens(before, 0, cl.verb.first() - 1, 0, false, slots);
      if (slots == null) {
        return null;
      }
      List<String> sources = slots.get("$");
      List<String> targets = slots.get("+");
      boolean pairwise = false;
      if (slots.containsKey("%")) {
        if (p.before().stream().anyMatch(t -> t.text().equals("%"))) {
          sources = slots.get("%");
          pairwise = true;
        } else {
          targets = slots.get("%");
        }
      }
      return new Match(p, sources, targets, pairwise);
    }

    /**
     * Matches tokens from {@code pos} on: forward up to {@code limit} (exclusive), or backward down
     * to {@code limit} (inclusive) for the part before the verb. A token tied to its neighbour must
     * start right where the previous one ended. Returns the actor slots filled so far, or null when
     * the tokens do not match.
     */
    private Map<String, List<String>> matchTokens(
        List<TreeDictionaries.Token> tokens,
        int i,
        int pos,
        int limit,
        boolean forward,
        Map<String, List<String>> slots) {
      if (i == tokens.size()) {
        return slots;
      }
      TreeDictionaries.Token t = tokens.get(i);
      boolean tied = forward ? t.joinPrev() : t.joinNext();
      int step = forward ? 1 : -1;
      for (int q = pos; forward ? q < limit : q >= limit; q += step) {
        for (Span span : spans(t, q, forward)) {
          Map<String, List<String>> trial = slots;
          if (span.codes() != null) {
            trial = new HashMap<>(slots);
            trial.put(t.text(), span.codes());
          }
          int next = forward ? span.end() : span.start() - 1;
          Map<String, List<String>> done = matchTokens(tokens, i + 1, next, limit, forward, trial);
          if (done != null) {
            return done;
          }
        }
        if (tied) {
          break;
        }
      }
      return null;
    }

    /** The spans a token can cover at {@code q} (its first word forward, its last backward). */
    private List<Span> spans(TreeDictionaries.Token t, int q, boolean forward) {
      String text = t.text();
      if (t.slot()) {
        // an actor slot, or ^ which passes over an actor without taking it
        boolean skip = text.equals("^");
        List<Span> out = new ArrayList<>();
        for (ParseNode np : forward ? npsStartingAt(q, skip) : npsEndingAt(q + 1, skip)) {
          out.add(
              new Span(forward ? q : np.first(), forward ? np.end() : q + 1, skip ? null : np(np)));
        }
        return out;
      }
      List<List<String>> phrases =
          text.startsWith("&") ? dict.synset(text) : List.of(List.of(text));
      List<Span> out = new ArrayList<>();
      for (List<String> ph : phrases) {
        int start = forward ? q : q - ph.size() + 1;
        if (start >= 0
            && start + ph.size() <= words.size()
            && words.subList(start, start + ph.size()).equals(ph)) {
          out.add(new Span(start, start + ph.size(), null));
        }
      }
      return out;
    }

    /**
     * The noun phrases for a slot at word {@code q}: those with codes that start there, longest
     * first; for a skip ({@code ^}) any that holds the word, shortest first.
     */
    private List<ParseNode> npsStartingAt(int q, boolean skip) {
      List<ParseNode> out = new ArrayList<>();
      for (ParseNode n : root.descendants()) {
        boolean fits = skip ? n.first() <= q && q < n.end() : n.first() == q && !np(n).isEmpty();
        if (n.is("NP") && fits) {
          out.add(n);
        }
      }
      out.sort(java.util.Comparator.comparingInt(n -> skip ? n.end() : -n.end()));
      return out;
    }

    /** The noun phrases that end before word {@code end}, ordered as {@link #npsStartingAt}. */
    private List<ParseNode> npsEndingAt(int end, boolean skip) {
      List<ParseNode> out = new ArrayList<>();
      for (ParseNode n : root.descendants()) {
        boolean fits =
            skip ? n.first() < end && end <= n.end() : n.end() == end && !np(n).isEmpty();
        if (n.is("NP") && fits) {
          out.add(n);
        }
      }
      out.sort(java.util.Comparator.comparingInt(n -> skip ? -n.first() : n.first()));
      return out;
    }

    // ------------------------------------------------------------ nouns

    /** Actor codes of a noun phrase: its words' actors and agents, else its inner phrases'. */
    List<String> np(ParseNode np) {
      List<String> cached = npCodes.get(np);
      if (cached != null) {
        return cached;
      }
      if (inRemovedClause(np)) {
        // a noun phrase in a removed comma-delimited clause names no one
        npCodes.put(np, List.of());
        return List.of();
      }
      npCodes.put(np, List.of()); // guards against cycles
      List<String> coordinated = coordinated(np);
      if (coordinated != null) {
        npCodes.put(np, coordinated);
        return coordinated;
      }
      List<String> pronoun = pronoun(np);
      if (pronoun != null) {
        npCodes.put(np, pronoun);
        return pronoun;
      }
      List<String> text = new ArrayList<>();
      List<String> inner = new ArrayList<>();
      List<String> ppCodes = new ArrayList<>();
      collectText(np, text, inner, ppCodes, true);
      for (ParseNode c : np.children()) {
        if (c.is("VP")) {
          // a participle modifying the noun lends it its object only ("links leading into
          // Mordor along the pass": Mordor)
          for (ParseNode d : c.children()) {
            List<String> codes = d.is("NP") ? np(d) : d.is("PP") ? pp(d) : List.of();
            if (!codes.isEmpty()) {
              ppCodes.addAll(codes);
              break;
            }
          }
        }
      }
      List<String> actorCodes = new ArrayList<>();
      List<String> agentCodes = new ArrayList<>();
      scan(text, actorCodes, agentCodes);
      if (agentCodes.stream().allMatch(AND::equals)) {
        agentCodes.clear();
      }
      for (List<String> fallback : List.of(inner, ppCodes)) {
        List<String> fa = new ArrayList<>();
        List<String> fg = new ArrayList<>();
        split(fallback, fa, fg);
        if (actorCodes.isEmpty()) {
          actorCodes.addAll(fa);
        }
        if (agentCodes.isEmpty()) {
          agentCodes.addAll(fg);
        }
      }
      List<String> result = mix(actorCodes, agentCodes);
      npCodes.put(np, result);
      return result;
    }

    /** "Ithilen and the government of Gondor": each conjunct coded on its own. */
    private List<String> coordinated(ParseNode np) {
      int nps = 0;
      boolean cc = false;
      for (ParseNode c : np.children()) {
        if (c.is("NP")) {
          nps++;
        } else if (c.is("CC")) {
          cc = true;
        } else if (!c.is(",") && !c.is("DT")) {
          return null;
        }
      }
      if (!cc || nps < 2) {
        return null;
      }
      Set<String> out = new LinkedHashSet<>();
      for (ParseNode c : np.children()) {
        if (c.is("NP")) {
          out.addAll(np(c));
        }
      }
      return List.copyOf(out);
    }

    /**
     * A personal or possessive pronoun alone ("it", "their meeting"): the subject of the nearest
     * enclosing clause that has one.
     */
    private List<String> pronoun(ParseNode np) {
      boolean pronoun = false;
      for (ParseNode c : np.children()) {
        if (c.isWord() && c.label().equals("PRP")) {
          String w = c.word();
          if (w.endsWith("SELF") || w.endsWith("SELVES")) {
            return null;
          }
          pronoun = true;
        } else if (c.isWord() && (c.is("NN") || c.is("JJ") || c.is("DT"))) {
          continue;
        } else {
          return null;
        }
      }
      if (!pronoun) {
        return null;
      }
      ParseNode node = np;
      boolean ownClause = true;
      while (node.parent() != null) {
        ParseNode parent = node.parent();
        if (parent.is("S") && !parent.is("SBAR")) {
          for (ParseNode c : parent.children()) {
            if (c == node) {
              break;
            }
            if (c.is("NP") && c != np) {
              List<String> codes = np(c);
              if (!codes.isEmpty() && (!ownClause || np.first() > c.first())) {
                return codes;
              }
            }
          }
          ownClause = false;
        }
        node = parent;
      }
      return List.of();
    }

    private void collectText(
        ParseNode n, List<String> text, List<String> inner, List<String> ppCodes, boolean top) {
      for (ParseNode c : n.children()) {
        if (c.is("NP")) {
          collectText(c, text, inner, inner, false);
        } else if (c.is("PP")) {
          List<String> codes = pp(c);
          if (hasActor(codes)) {
            (top ? ppCodes : inner).addAll(codes);
          } else {
            text.addAll(c.words());
          }
        } else if (c.isWord()
            && (c.is("NN") || c.is("JJ") || c.is("DT") || c.is("NNP") || c.is("FW"))) {
          text.add(c.word());
        } else if (c.isWord() && c.is("PRP") && !c.is("PRP$")) {
          // a pronoun: left unresolved
        } else if (c.is("ADJP") || c.is("NML") || c.is("QP")) {
          text.addAll(c.words());
        } else if (c.isWord() && (c.is("CC") || c.is(","))) {
          text.add(AND);
        }
      }
    }

    private List<String> pp(ParseNode pp) {
      for (ParseNode c : pp.children()) {
        if (c.is("NP")) {
          return np(c);
        }
      }
      return List.of();
    }

    private String prep(ParseNode pp) {
      for (ParseNode c : pp.children()) {
        if (c.isWord()) {
          return c.word();
        }
      }
      return "";
    }

    /**
     * Longest actor phrase at each word, else the longest agent phrase. Between conjunctions a
     * phrase names one actor: the first ("the evil Arnor awful Gondor": ARN).
     */
    private void scan(List<String> text, List<String> actorCodes, List<String> agentCodes) {
      int i = 0;
      boolean actorInPart = false;
      while (i < text.size()) {
        if (text.get(i).equals(AND)) {
          actorInPart = false;
          agentCodes.add(AND);
          i++;
          continue;
        }
        int used = 0;
        for (TreeDictionaries.Entry<List<TreeDictionaries.DatedCode>> e :
            dict.actorsStartingWith(text.get(i))) {
          if (startsAt(text, i, e.words())) {
            List<String> codes = TreeDictionaries.codesOn(e.value(), date);
            if (!codes.isEmpty()) {
              if (!actorInPart) {
                actorCodes.addAll(codes);
                actorInPart = true;
              }
              used = e.words().size();
              break;
            }
          }
        }
        if (used == 0) {
          for (TreeDictionaries.Entry<String> e : dict.agentsStartingWith(text.get(i))) {
            if (startsAt(text, i, e.words())) {
              agentCodes.add(e.value());
              used = e.words().size();
              break;
            }
          }
        }
        i += Math.max(1, used);
      }
    }

    private boolean startsAt(List<String> text, int i, List<String> phrase) {
      return i + phrase.size() <= text.size() && text.subList(i, i + phrase.size()).equals(phrase);
    }
  }

  /** One verb phrase with the verb it heads and what was found for it. */
  private static final class Clause {
    final ParseNode vp;
    final ParseNode verb;
    final List<ParseNode> chain = new ArrayList<>();
    final Set<ParseNode> governors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> subject = List.of();
    List<String> sources = List.of();
    List<String> targets = List.of();
    String code;
    String reverseCode;
    boolean pairwise;
    boolean passive;
    boolean negated;

    Clause(ParseNode vp, ParseNode verb) {
      this.vp = vp;
      this.verb = verb;
    }
  }

  /** Where a pattern token matched: words [start, end) and, for an actor slot, its codes. */
  private record Span(int start, int end, List<String> codes) {}

  /** A pattern that matched, with the actors its slots found (null for an unused slot). */
  private record Match(
      TreeDictionaries.Pattern pattern,
      List<String> sources,
      List<String> targets,
      boolean pairwise) {}

  // ------------------------------------------------------------ codes

  private static boolean hasActor(List<String> codes) {
    for (String c : codes) {
      if (!c.startsWith("~")) {
        return true;
      }
    }
    return false;
  }

  private static void split(List<String> codes, List<String> actors, List<String> agents) {
    for (String c : codes) {
      if (c.startsWith("~")) {
        agents.add(c);
      } else {
        actors.add(c);
      }
    }
  }

  /** Marks a conjunction between agents in a noun phrase's agent list. */
  static final String AND = "|";

  /**
   * Composes actors with agents. Every agent of the phrase applies to each actor in turn, in the
   * order read: a {@code ~X} agent is appended, an {@code X~} agent put before it, unless the code
   * already holds it ("Danish Islamist media": DNK, MUS, MED → DNKMUSMED). Agents joined by a
   * conjunction ({@link #AND}) are alternatives, each composed with the agents they share
   * ("Islamist media and government": DNKMUSMED, DNKMUSGOV). Agents without an actor stand alone
   * ({@code ~GOV}, shown as {@code ---GOV}); the general {@code ~PPL} yields to any other agent.
   */
  static List<String> mix(List<String> actors, List<String> agents) {
    List<String> chain = new ArrayList<>();
    Set<Integer> alternatives = new java.util.TreeSet<>();
    boolean pendingAnd = false;
    for (String a : agents) {
      if (a.equals(AND)) {
        pendingAnd = !chain.isEmpty();
        continue;
      }
      if (pendingAnd) {
        alternatives.add(chain.size() - 1);
        alternatives.add(chain.size());
        pendingAnd = false;
      }
      chain.add(a);
    }
    long real = chain.stream().filter(a -> !a.equals("~PPL")).count();
    List<List<String>> chains = new ArrayList<>();
    if (alternatives.isEmpty()) {
      chains.add(chain);
    } else {
      for (int alt : alternatives) {
        List<String> one = new ArrayList<>();
        for (int k = 0; k < chain.size(); k++) {
          if (k == alt || !alternatives.contains(k)) {
            one.add(chain.get(k));
          }
        }
        chains.add(one);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String actor : actors.isEmpty() ? List.of("") : actors) {
      for (List<String> one : chains) {
        String code = actor;
        for (String ag : one) {
          if (ag.equals("~PPL") && real > 0) {
            continue;
          }
          if (ag.endsWith("~")) {
            String pre = ag.substring(0, ag.length() - 1);
            code = code.startsWith(pre) ? code : pre + code;
          } else {
            String suf = ag.substring(1);
            code = code.contains(suf) ? code : code + suf;
          }
        }
        if (actor.isEmpty() && !one.isEmpty() && !one.get(0).endsWith("~")) {
          code = "~" + code;
        }
        out.add(code);
      }
    }
    out.removeIf(c -> c.isEmpty() || c.equals("~"));
    return List.copyOf(out);
  }

  private static String external(String code) {
    return code.startsWith("~") ? "---" + code.substring(1) : code;
  }

  /** The active part of {@code ACTIVE:PASSIVE}; null for none ({@code ---}). */
  private static String active(String code) {
    if (code == null) {
      return null;
    }
    String a = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
    a = a.trim();
    return a.isEmpty() || a.equals("---") ? null : a;
  }

  private static String passivePart(String code) {
    if (code == null || !code.contains(":")) {
      return null;
    }
    String p = code.substring(code.indexOf(':') + 1).trim();
    return p.isEmpty() || p.equals("---") ? null : p;
  }

  /** A CAMEO code or a null code ({@code ---}), possibly two-sided ({@code A:B}). */
  static boolean eventCode(String code) {
    String c = code.trim();
    return !c.isEmpty()
        && (Character.isDigit(c.charAt(0)) || c.charAt(0) == '-' || c.startsWith(":"));
  }

  private static boolean cooperative(String code) {
    return code.startsWith("03")
        || code.startsWith("04")
        || code.startsWith("05")
        || code.startsWith("06");
  }
}
