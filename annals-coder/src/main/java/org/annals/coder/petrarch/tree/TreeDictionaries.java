package org.annals.coder.petrarch.tree;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.coder.petrarch.SourceLine;

/**
 * PETRARCH-format dictionaries read into the structures the tree coder matches with: verb forms and
 * their blocks, the blocks' patterns, synsets, actors with date-restricted codes, agents, and
 * discard phrases. Formats: PETRARCH's {@code dictionaries.rst}.
 */
public final class TreeDictionaries {
  /** An actor code that holds from {@code from} (inclusive) to {@code to} (exclusive). */
  public record DatedCode(String code, LocalDate from, LocalDate to) {
    boolean restricted() {
      return from != null || to != null;
    }

    boolean holds(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
  }

  /** A phrase (consecutive words) with what it stands for. */
  public record Entry<T>(List<String> words, T value) {}

  /** A verb form found in a block, with the block's or its own code. */
  public record Verb(String block, String code, List<String> before, List<String> after) {}

  /**
   * One pattern token: a word, a synset ({@code &NAME}), a slot ({@code $ + % ^}) or the verb
   * ({@code *}); {@code joinPrev}/{@code joinNext} say that it must touch its neighbour.
   */
  public record Token(String text, boolean joinPrev, boolean joinNext) {
    boolean slot() {
      return text.equals("$") || text.equals("+") || text.equals("%") || text.equals("^");
    }
  }

  /** A pattern of a verb block: tokens before and after the verb, and its code. */
  public record Pattern(
      String block, List<Token> before, List<Token> after, String code, int line) {
    /** How many tokens it has: longer patterns are preferred. */
    int weight() {
      return before.size() + after.size();
    }
  }

  private final Map<String, List<Entry<List<DatedCode>>>> actors = new HashMap<>();
  private final Map<String, List<Entry<String>>> agents = new HashMap<>();
  private final Map<String, List<Verb>> verbs = new HashMap<>();
  private final Map<String, List<Pattern>> patterns = new HashMap<>();
  private final Map<String, List<List<String>>> synsets = new HashMap<>();
  private final List<List<String>> discards = new ArrayList<>();

  private TreeDictionaries() {}

  /** Reads the four files; any may be null. */
  public static TreeDictionaries load(Path verbs, Path actors, Path agents, Path discards) {
    return of(
        verbs == null ? List.of() : SourceLine.read(verbs),
        actors == null ? List.of() : SourceLine.read(actors),
        agents == null ? List.of() : SourceLine.read(agents),
        discards == null ? List.of() : SourceLine.read(discards));
  }

  /** Reads several files of each kind (a records file may name three actor files). */
  public static TreeDictionaries load(
      List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards) {
    return of(lines(verbs), lines(actors), lines(agents), lines(discards));
  }

  private static List<SourceLine> lines(List<Path> files) {
    List<SourceLine> out = new ArrayList<>();
    for (Path p : files) {
      out.addAll(SourceLine.read(p));
    }
    return out;
  }

  /** Reads dictionaries from texts (for tests). */
  public static TreeDictionaries ofText(
      String verbs, String actors, String agents, String discards) {
    return of(
        SourceLine.lines("verbs", verbs),
        SourceLine.lines("actors", actors),
        SourceLine.lines("agents", agents),
        SourceLine.lines("discards", discards));
  }

  static TreeDictionaries of(
      List<SourceLine> verbs,
      List<SourceLine> actors,
      List<SourceLine> agents,
      List<SourceLine> discards) {
    TreeDictionaries d = new TreeDictionaries();
    d.readVerbs(verbs);
    d.readActors(actors);
    d.readAgents(agents);
    d.readDiscards(discards);
    Comparator<Entry<?>> longestFirst = Comparator.comparingInt(e -> -e.words().size());
    d.actors.values().forEach(l -> l.sort(longestFirst));
    d.agents.values().forEach(l -> l.sort(longestFirst));
    return d;
  }

  // ---------------------------------------------------------------- lookups

  /** Actor entries whose first word is {@code word}, longest first. */
  List<Entry<List<DatedCode>>> actorsStartingWith(String word) {
    return actors.getOrDefault(word, List.of());
  }

  /** Agent entries whose first word is {@code word}, longest first. */
  List<Entry<String>> agentsStartingWith(String word) {
    return agents.getOrDefault(word, List.of());
  }

  /** The blocks a verb form belongs to. */
  List<Verb> verb(String form) {
    return verbs.getOrDefault(form, List.of());
  }

  List<Pattern> patterns(String block) {
    return patterns.getOrDefault(block, List.of());
  }

  List<List<String>> synset(String name) {
    return synsets.getOrDefault(name, List.of());
  }

  List<List<String>> discards() {
    return discards;
  }

  /** Counts, for a one-line report. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "tree coder dictionaries: %d verb forms, %d patterns, %d synsets, %d actor phrases, %d"
            + " agent phrases, %d discards",
        verbs.size(),
        patterns.values().stream().mapToInt(List::size).sum(),
        synsets.size(),
        actors.values().stream().mapToInt(List::size).sum(),
        agents.values().stream().mapToInt(List::size).sum(),
        discards.size());
  }

  /**
   * The codes an actor has on a date: the first restriction that holds, else the unrestricted codes
   * ({@code [FRO/BIL/SAM]} gives three).
   */
  static List<String> codesOn(List<DatedCode> codes, LocalDate date) {
    for (DatedCode c : codes) {
      if (c.restricted() && date != null && c.holds(date)) {
        return List.of(c.code());
      }
    }
    List<String> plain = new ArrayList<>();
    for (DatedCode c : codes) {
      if (!c.restricted()) {
        plain.add(c.code());
      }
    }
    return plain;
  }

  // ---------------------------------------------------------------- verbs

  private void readVerbs(List<SourceLine> lines) {
    String block = null;
    String blockCode = "---";
    String synset = null;
    for (SourceLine line : lines) {
      String t = line.text().trim();
      if (t.isEmpty() || t.startsWith("<") || t.startsWith("~")) {
        continue;
      }
      if (t.startsWith("---")) {
        synset = null;
        String inner = t.replaceAll("^-+", "").replaceAll("-+$", "").trim();
        String code = bracket(inner);
        blockCode = code == null ? "---" : code;
        block = inner.replaceAll("\\[.*", "").trim().replaceAll("_+$", "");
        continue;
      }
      if (t.startsWith("&")) {
        synset = t.split("\\s+")[0].replaceAll("_+$", "");
        synsets.computeIfAbsent(synset, k -> new ArrayList<>());
        continue;
      }
      if (t.startsWith("-")) {
        synset = null;
        if (block != null) {
          Pattern p = pattern(block, t.substring(1), line.number());
          if (p != null) {
            patterns.computeIfAbsent(block, k -> new ArrayList<>()).add(p);
          }
        }
        continue;
      }
      if (t.startsWith("+") && synset != null) {
        synsets.get(synset).add(phraseWords(t.substring(1).replaceAll("\\[.*", "")));
        continue;
      }
      synset = null;
      if (block == null) {
        continue;
      }
      addVerbLine(block, blockCode, t);
    }
    // synsets may name other synsets (&ACCORDSYN holds &TIETYPES): expand one level at a time
    for (int round = 0; round < 3; round++) {
      for (Map.Entry<String, List<List<String>>> e : synsets.entrySet()) {
        List<List<String>> expanded = new ArrayList<>();
        for (List<String> phrase : e.getValue()) {
          if (phrase.size() == 1
              && phrase.get(0).startsWith("&")
              && synsets.containsKey(phrase.get(0))) {
            expanded.addAll(synsets.get(phrase.get(0)));
          } else {
            expanded.add(phrase);
          }
        }
        e.setValue(expanded);
      }
    }
  }

  private void addVerbLine(String block, String blockCode, String t) {
    String code = bracket(t);
    String own = code == null ? blockCode : code;
    String body = t.replaceAll("\\[.*", "").trim();
    List<String> forms = new ArrayList<>();
    int brace = body.indexOf('{');
    String head = brace >= 0 ? body.substring(0, brace).trim() : body;
    if (brace >= 0) {
      int close = body.indexOf('}', brace);
      String inner = body.substring(brace + 1, close < 0 ? body.length() : close);
      forms.addAll(Arrays.asList(inner.trim().split("\\s+")));
      forms.removeIf(String::isBlank);
    }
    head = head.split("\\s+")[0];
    boolean synonymLine = head.startsWith("+") && !head.contains("_");
    if (synonymLine) {
      head = head.substring(1);
    }
    if (head.isEmpty()) {
      return;
    }
    // a compound verb marks its verb word with '+': WIRE_+TAP, +CORDON_OFF
    List<String> all = new ArrayList<>();
    all.add(head);
    all.addAll(forms);
    boolean regular = forms.isEmpty();
    for (String phrase : all) {
      List<String> words = new ArrayList<>(Arrays.asList(phrase.split("_")));
      words.removeIf(String::isBlank);
      int verbAt = 0;
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).startsWith("+")) {
          verbAt = i;
          words.set(i, words.get(i).substring(1));
        }
      }
      if (words.isEmpty()) {
        continue;
      }
      List<String> before = List.copyOf(words.subList(0, verbAt));
      List<String> after = List.copyOf(words.subList(verbAt + 1, words.size()));
      String v = words.get(verbAt);
      Set<String> surface = new LinkedHashSet<>();
      surface.add(v);
      if (regular || phrase == head) {
        surface.addAll(regularForms(v));
      }
      for (String s : surface) {
        verbs.computeIfAbsent(s, k -> new ArrayList<>()).add(new Verb(block, own, before, after));
      }
    }
  }

  static List<String> regularForms(String v) {
    List<String> out = new ArrayList<>();
    boolean vowelBeforeY = v.length() > 1 && "AEIOU".indexOf(v.charAt(v.length() - 2)) >= 0;
    if (v.endsWith("Y") && !vowelBeforeY) {
      String stem = v.substring(0, v.length() - 1);
      out.add(stem + "IES");
      out.add(stem + "IED");
    } else if (v.endsWith("E")) {
      out.add(v + "S");
      out.add(v + "D");
    } else if (v.endsWith("S") || v.endsWith("SH") || v.endsWith("CH") || v.endsWith("X")) {
      out.add(v + "ES");
      out.add(v + "ED");
    } else {
      out.add(v + "S");
      out.add(v + "ED");
    }
    if (v.endsWith("E") && !v.endsWith("EE")) {
      out.add(v.substring(0, v.length() - 1) + "ING");
    } else {
      out.add(v + "ING");
    }
    // doubled final consonant (BAN → BANNED): offered as well, harmless when wrong
    char last = v.charAt(v.length() - 1);
    if (v.length() > 2
        && "BDGLMNPRT".indexOf(last) >= 0
        && "AEIOU".indexOf(v.charAt(v.length() - 2)) >= 0
        && "AEIOU".indexOf(v.charAt(v.length() - 3)) < 0) {
      out.add(v + last + "ED");
      out.add(v + last + "ING");
    }
    return out;
  }

  private static Pattern pattern(String block, String text, int line) {
    String code = bracket(text);
    if (code == null) {
      return null;
    }
    String body = text.replaceAll("\\[.*", "").trim();
    List<Token> tokens = new ArrayList<>();
    boolean joinNext = false;
    for (String chunk : body.split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      String[] parts = chunk.split("_", -1);
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i];
        boolean joined = i > 0 || joinNext;
        if (p.isEmpty()) {
          if (i == 0) {
            continue;
          }
          joinNext = true; // trailing '_' ties to the next chunk
          continue;
        }
        if (joined && !tokens.isEmpty()) {
          Token prev = tokens.remove(tokens.size() - 1);
          tokens.add(new Token(prev.text(), prev.joinPrev(), true));
        }
        tokens.add(new Token(p, joined && !tokens.isEmpty(), false));
        joinNext = false;
      }
      if (!chunk.endsWith("_")) {
        joinNext = false;
      }
    }
    int star = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals("*")) {
        star = i;
        break;
      }
    }
    if (star < 0) {
      return null;
    }
    return new Pattern(
        block,
        List.copyOf(tokens.subList(0, star)),
        List.copyOf(tokens.subList(star + 1, tokens.size())),
        code,
        line);
  }

  private static String bracket(String t) {
    int open = t.indexOf('[');
    int close = t.indexOf(']', open + 1);
    if (open < 0 || close < 0) {
      return null;
    }
    return t.substring(open + 1, close).trim();
  }

  private static List<String> phraseWords(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.trim().toUpperCase(Locale.ROOT).split("[\\s_]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- actors

  private void readActors(List<SourceLine> lines) {
    List<List<String>> names = new ArrayList<>();
    List<DatedCode> codes = new ArrayList<>();
    for (SourceLine line : lines) {
      String raw = line.text();
      String t = raw.trim();
      if (t.isEmpty() || t.startsWith("<")) {
        continue;
      }
      if (t.startsWith("[")) {
        codes.addAll(datedCodes(t));
        continue;
      }
      if (t.startsWith("+")) {
        names.add(phraseWords(t.substring(1).replaceAll("\\[.*", "")));
        codes.addAll(t.contains("[") ? datedCodes(t.substring(t.indexOf('['))) : List.of());
        continue;
      }
      flushActor(names, codes);
      names = new ArrayList<>();
      codes = new ArrayList<>();
      int open = t.indexOf('[');
      names.add(phraseWords(open >= 0 ? t.substring(0, open) : t));
      if (open >= 0) {
        codes.addAll(datedCodes(t.substring(open)));
      }
    }
    flushActor(names, codes);
  }

  private void flushActor(List<List<String>> names, List<DatedCode> codes) {
    if (names.isEmpty() || codes.isEmpty()) {
      return;
    }
    List<DatedCode> fixed = List.copyOf(codes);
    for (List<String> n : names) {
      if (!n.isEmpty()) {
        actors.computeIfAbsent(n.get(0), k -> new ArrayList<>()).add(new Entry<>(n, fixed));
      }
    }
  }

  /** {@code [CODE]}, {@code [CODE <DATE]}, {@code [CODE >DATE]}, {@code [CODE DATE-DATE]}. */
  static List<DatedCode> datedCodes(String t) {
    List<DatedCode> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]").matcher(t);
    while (m.find()) {
      String inner = m.group(1).trim();
      if (inner.isEmpty()) {
        continue;
      }
      String code = inner.split("[\\s<>]")[0];
      String rest = inner.substring(code.length()).trim();
      LocalDate from = null;
      LocalDate to = null;
      if (rest.startsWith("<")) {
        to = date(rest.substring(1).trim());
      } else if (rest.startsWith(">")) {
        from = date(rest.substring(1).trim());
      } else if (rest.contains("-")) {
        String[] p = rest.split("-");
        from = date(p[0].trim());
        to = date(p[1].trim());
      }
      for (String c : code.split("/")) {
        if (!c.isEmpty()) {
          out.add(new DatedCode(c.toUpperCase(Locale.ROOT), from, to));
        }
      }
    }
    return out;
  }

  private static LocalDate date(String s) {
    String d = s.replaceAll("\\D", "");
    if (d.length() == 6) {
      int yy = Integer.parseInt(d.substring(0, 2));
      d = (yy < 30 ? "20" : "19") + d;
    }
    if (d.length() != 8) {
      return null;
    }
    return LocalDate.of(
        Integer.parseInt(d.substring(0, 4)),
        Integer.parseInt(d.substring(4, 6)),
        Integer.parseInt(d.substring(6, 8)));
  }

  // ---------------------------------------------------------------- agents

  private void readAgents(List<SourceLine> lines) {
    Map<String, List<String>> markers = new LinkedHashMap<>();
    for (SourceLine line : lines) {
      String t = line.text().trim();
      if (t.isEmpty() || t.startsWith("<")) {
        continue;
      }
      if (t.matches("!\\w+!\\s*=.*")) {
        List<String> forms = new ArrayList<>();
        for (String f : t.substring(t.indexOf('=') + 1).split(",")) {
          if (!f.isBlank()) {
            forms.add(f.trim().toUpperCase(Locale.ROOT));
          }
        }
        markers.put(t.substring(0, t.indexOf('!', 1) + 1), forms);
        continue;
      }
      String bracketed = bracket(t);
      if (bracketed == null) {
        continue;
      }
      String code = bracketed.replace(" ", "").toUpperCase(Locale.ROOT);
      String body = t.substring(0, t.indexOf('[')).trim();
      List<String> plurals = null;
      int brace = body.indexOf('{');
      if (brace >= 0) {
        int close = body.indexOf('}', brace);
        plurals = new ArrayList<>();
        for (String p :
            body.substring(brace + 1, close < 0 ? body.length() : close).split("\\s+")) {
          if (!p.isBlank()) {
            plurals.add(p);
          }
        }
        body = body.substring(0, brace).trim();
      }
      List<String> phrases = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("!\\w+!").matcher(body);
      if (m.find() && markers.containsKey(m.group())) {
        for (String f : markers.get(m.group())) {
          phrases.add(body.replace(m.group(), f));
        }
        plurals = List.of();
      } else {
        phrases.add(body);
      }
      for (String p : phrases) {
        addAgent(p, code);
        if (plurals == null) {
          if (!p.endsWith("_")) {
            addAgent(plural(p), code);
          }
        } else {
          plurals.forEach(pl -> addAgent(pl, code));
        }
      }
    }
  }

  private void addAgent(String phrase, String code) {
    List<String> words = phraseWords(phrase);
    if (!words.isEmpty()) {
      agents.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(words, code));
    }
  }

  static String plural(String p) {
    String s = p.toUpperCase(Locale.ROOT);
    if (s.endsWith("Y")) {
      return s.substring(0, s.length() - 1) + "IES";
    }
    if (s.endsWith("SS")) {
      return s + "ES";
    }
    return s + "S";
  }

  // ---------------------------------------------------------------- discards

  private void readDiscards(List<SourceLine> lines) {
    for (SourceLine line : lines) {
      String t = line.text().trim();
      if (t.isEmpty() || t.startsWith("<")) {
        continue;
      }
      if (t.startsWith("+")) {
        t = t.substring(1);
      }
      List<String> words = phraseWords(t.replace("$", "").replaceAll("\\[.*", ""));
      if (!words.isEmpty()) {
        discards.add(words);
      }
    }
  }
}
