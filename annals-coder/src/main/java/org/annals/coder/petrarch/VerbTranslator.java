package org.annals.coder.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.coder.codebook.Codebook;

/**
 * A PETRARCH verbs file to Annals verb-lexicon lines.
 *
 * <ul>
 *   <li>synsets {@code &NAME} with {@code +MEMBER} lines become word classes {@code @NAME = …} (the
 *       head, i.e. last word, of each member, with a crude singular);
 *   <li>each verb of a {@code --- NAME [CODE] ---} block gives an unconstrained pattern with the
 *       block's (or its own) code, and one line per block pattern;
 *   <li>a pattern {@code - [before] * [after] [CODE]} keeps what Annals can check: the object's
 *       head ({@code obj=}), prepositional phrases ({@code PREP=head}, {@code PREP=*}, {@code
 *       PREP=+}), the target right after the verb ({@code obj=+}) and a particle right after the
 *       verb ({@code * OUT} → {@code verb_out}). Modifier words are dropped (only heads are
 *       checked). Patterns with words before the verb, {@code %} compounds or {@code ^} skips are
 *       skipped; so are codes the CAMEO codebook does not know.
 * </ul>
 */
final class VerbTranslator {
  static final Set<String> PARTICLES =
      Set.of("out", "off", "up", "down", "back", "away", "in", "on", "over");
  private static final Set<String> PATTERN_PARTICLES =
      Set.of("out", "off", "up", "down", "back", "away");
  static final Set<String> PREPOSITIONS =
      Set.of(
          "about",
          "above",
          "across",
          "after",
          "against",
          "along",
          "amid",
          "among",
          "amongst",
          "around",
          "as",
          "at",
          "before",
          "behind",
          "below",
          "beneath",
          "beside",
          "besides",
          "between",
          "beyond",
          "by",
          "despite",
          "during",
          "for",
          "from",
          "in",
          "inside",
          "into",
          "near",
          "of",
          "off",
          "on",
          "onto",
          "out",
          "outside",
          "over",
          "per",
          "since",
          "through",
          "throughout",
          "to",
          "toward",
          "towards",
          "under",
          "until",
          "upon",
          "via",
          "with",
          "within",
          "without",
          "down",
          "up");

  private final Codebook codebook;

  /** Codes the patterns use that the CAMEO codebook lacks (WEIS codes in PETRARCH's tests). */
  final java.util.Set<String> extraCodes = new java.util.TreeSet<>();

  private final Tally verbs = new Tally("verbs");
  private final Tally patterns = new Tally("patterns");
  private final Tally synsets = new Tally("synsets");
  private final Map<String, Set<String>> classes = new LinkedHashMap<>();

  VerbTranslator(Codebook codebook) {
    this.codebook = codebook;
  }

  Tally verbs() {
    return verbs;
  }

  Tally patterns() {
    return patterns;
  }

  Tally synsets() {
    return synsets;
  }

  private record Verb(String lemma, Optional<String> code, SourceLine line) {}

  private record Pat(String text, String code, SourceLine line) {}

  private final class Block {
    final SourceLine header;
    final String code;
    final List<Verb> verbs = new ArrayList<>();
    final List<Pat> pats = new ArrayList<>();

    Block(SourceLine header, String code) {
      this.header = header;
      this.code = code;
    }
  }

  void read(List<SourceLine> lines, AnnalsText out) {
    String synset = null;
    Block block = null;
    for (SourceLine line : lines) {
      String t = line.text().trim();
      if (t.startsWith("---")) {
        flush(block, out);
        synset = null;
        block = new Block(line, header(t, line));
      } else if (t.startsWith("&")) {
        synset = className(t.split("\\s+")[0].substring(1));
        if (synset.isEmpty()) {
          throw line.error("a synset needs a name after '&'");
        }
        synsets.read();
        if (classes.containsKey(synset)) {
          synsets.approximate("synset defined twice: members merged", line.where() + " " + t);
        } else {
          synsets.translated();
        }
        classes.computeIfAbsent(synset, k -> new LinkedHashSet<>());
      } else if (synset != null && t.startsWith("+")) {
        member(synset, t.substring(1).trim(), line);
      } else if (t.startsWith("~")) {
        patterns.read();
        patterns.skip("transformation (~) lines", line.where() + " " + t);
      } else if (t.startsWith("-")) {
        if (block == null) {
          throw line.error("a pattern line needs a '--- VERB [CODE] ---' block above it");
        }
        synset = null;
        pattern(t.substring(1).trim(), line, block);
      } else if (synset != null && block == null) {
        throw line.error("a synset member starts with '+', got '" + t + "'");
      } else if (block == null) {
        throw line.error("a verb needs a '--- VERB [CODE] ---' block above it, got '" + t + "'");
      } else {
        synset = null;
        verb(t, line, block);
      }
    }
    flush(block, out);
  }

  /** Writes the word classes; call before the patterns are loaded (order does not matter). */
  void writeClasses(AnnalsText out, SourceLine origin) {
    for (Map.Entry<String, Set<String>> e : classes.entrySet()) {
      if (!e.getValue().isEmpty()) {
        out.line("@" + e.getKey() + " = " + String.join(" | ", e.getValue()), origin);
      }
    }
  }

  private static String className(String raw) {
    String s = raw.trim();
    while (s.endsWith("_")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "");
  }

  private void member(String synset, String text, SourceLine line) {
    Set<String> set = classes.get(synset);
    if (text.startsWith("&")) {
      Set<String> inner = classes.get(className(text.substring(1)));
      if (inner == null) {
        synsets.approximate(
            "embedded synset not defined yet: member dropped", line.where() + " " + text);
        return;
      }
      set.addAll(inner);
      return;
    }
    String[] words = text.replace('_', ' ').trim().split("\\s+");
    String head = word(words[words.length - 1]);
    if (head.isEmpty()) {
      return;
    }
    if (words.length > 1) {
      synsets.approximate("multi-word member reduced to its head", line.where() + " " + text);
    }
    set.add(head);
    set.add(Names.singular(head));
  }

  /** A word as a lower-case constraint value, or empty if it has no letters. */
  private static String word(String raw) {
    String w = raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'.-]", "");
    return w.matches(".*\\p{L}.*") ? w : "";
  }

  private String header(String t, SourceLine line) {
    int open = t.indexOf('[');
    if (open < 0) {
      return "---";
    }
    int close = t.indexOf(']', open);
    if (close < 0) {
      throw line.error("'[' without ']' in '" + t + "'");
    }
    return t.substring(open + 1, close).trim();
  }

  private void verb(String t, SourceLine line, Block block) {
    verbs.read();
    String label = line.where() + " " + t;
    String first = t.split("[\\s{\\[]+")[0];
    Optional<String> own = Optional.empty();
    int open = t.indexOf('[');
    if (open >= 0) {
      int close = t.indexOf(']', open);
      if (close < 0) {
        throw line.error("'[' without ']' in verb '" + t + "'");
      }
      own = Optional.of(t.substring(open + 1, close).trim());
    }
    String[] words = first.split("_");
    List<String> ws = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        ws.add(w);
      }
    }
    if (ws.isEmpty()) {
      verbs.skip("no verb", label);
      return;
    }
    int at = 0;
    for (int i = 0; i < ws.size(); i++) {
      if (ws.get(i).startsWith("+")) {
        at = i;
      }
    }
    String lemma = ws.get(at).replace("+", "").toLowerCase(Locale.ROOT);
    if (!lemma.matches("\\p{L}[\\p{L}'-]*")) {
      verbs.skip("not a word", label);
      return;
    }
    if (at > 0) {
      verbs.skip("words before the verb (pre-compound verbs)", label);
      return;
    }
    if (ws.size() > 2) {
      verbs.skip("multi-word verb other than verb + particle", label);
      return;
    }
    if (ws.size() == 2) {
      String particle = ws.get(1).replace("+", "").toLowerCase(Locale.ROOT);
      if (!PARTICLES.contains(particle)) {
        verbs.skip("multi-word verb other than verb + particle", label);
        return;
      }
      lemma = lemma + "_" + particle;
    }
    block.verbs.add(new Verb(lemma, own, line));
    verbs.translated();
  }

  private void pattern(String t, SourceLine line, Block block) {
    patterns.read();
    String label = line.where() + " - " + t;
    int open = t.lastIndexOf('[');
    int close = open < 0 ? -1 : t.indexOf(']', open);
    if (open < 0 || close < 0) {
      // e.g. TABARI's discard code '[###]', which the '#' comment cuts
      patterns.skip("no [CODE]", label);
      return;
    }
    Optional<String> constraints = constraints(t.substring(0, open), label);
    if (constraints.isEmpty()) {
      return;
    }
    Optional<String> code = code(t.substring(open + 1, close).trim(), patterns, "", label);
    if (code.isEmpty()) {
      return;
    }
    block.pats.add(new Pat(constraints.get(), code.get(), line));
  }

  /** A PETRARCH code as a codebook code: the part before ':', if the codebook knows it. */
  private Optional<String> code(String raw, Tally tally, String what, String label) {
    String c = raw;
    int colon = c.indexOf(':');
    if (colon >= 0) {
      if (colon == 0) {
        tally.skip(what + "only a secondary code ([:CODE])", label);
        return Optional.empty();
      }
      c = c.substring(0, colon).trim();
    }
    if (c.isEmpty() || c.equals("---")) {
      tally.skip(what + "null code (---): Annals has no blocking pattern", label);
      return Optional.empty();
    }
    if (!c.matches("\\d{2,4}")) {
      tally.skip(what + "code is not 2 to 4 digits", label);
      return Optional.empty();
    }
    if (!codebook.contains(c)) {
      tally.approximate(what + "code not in the CAMEO codebook, kept (see extraCodes)", label);
      extraCodes.add(c);
    }
    if (colon >= 0) {
      tally.approximate(what + "complex code (A:B): the first part is used", label);
    }
    return Optional.of(c);
  }

  /** Annals constraints for the text of a pattern before its code; empty if it is skipped. */
  private Optional<String> constraints(String text, String label) {
    String spaced =
        text.replace('_', ' ')
            .replace("(", " ( ")
            .replace(")", " ) ")
            .replace("{", " { ")
            .replace("}", " } ")
            .replace("*", " * ")
            .trim();
    List<String> tokens = new ArrayList<>(List.of(spaced.split("\\s+")));
    tokens.removeIf(s -> s.isEmpty() || s.equals("{") || s.equals("}"));
    int star = tokens.indexOf("*");
    if (star < 0) {
      patterns.skip("no '*' for the verb", label);
      return Optional.empty();
    }
    for (String tok : tokens) {
      if (tok.contains("%") || tok.contains("^")) {
        patterns.skip("'%' compound or '^' skip", label);
        return Optional.empty();
      }
    }
    for (String tok : tokens.subList(0, star)) {
      if (!tok.equals("$")) {
        patterns.skip(
            "words before the verb (Annals constrains only the verb's dependents)", label);
        return Optional.empty();
      }
    }
    List<String> post = tokens.subList(star + 1, tokens.size());
    if (post.contains("*")) {
      patterns.skip("more than one '*'", label);
      return Optional.empty();
    }
    // slots in order: "" is the object, else the preposition; each holds its words
    List<String> slots = new ArrayList<>();
    List<List<String>> fillers = new ArrayList<>();
    String particle = null;
    int i = 0;
    if (!post.isEmpty() && PATTERN_PARTICLES.contains(post.get(0).toLowerCase(Locale.ROOT))) {
      particle = post.get(0).toLowerCase(Locale.ROOT);
      i = 1;
    }
    boolean inParen = false;
    int closedParen = -1;
    for (; i < post.size(); i++) {
      String tok = post.get(i);
      String low = tok.toLowerCase(Locale.ROOT);
      if (tok.equals("(")) {
        if (inParen) {
          patterns.skip("nested parentheses", label);
          return Optional.empty();
        }
        inParen = true;
        if (i + 1 >= post.size() || post.get(i + 1).equals(")")) {
          patterns.skip("empty parentheses", label);
          return Optional.empty();
        }
        String prep = post.get(++i).toLowerCase(Locale.ROOT);
        if (!prep.matches("[a-z]+")) {
          patterns.skip("a parenthesis that does not start with a preposition", label);
          return Optional.empty();
        }
        slots.add(prep);
        fillers.add(new ArrayList<>());
      } else if (tok.equals(")")) {
        inParen = false;
        closedParen = slots.size() - 1;
        slots.add("");
        fillers.add(new ArrayList<>());
      } else if (!inParen && PREPOSITIONS.contains(low)) {
        slots.add(low);
        fillers.add(new ArrayList<>());
      } else {
        if (tok.equals("+")
            && closedParen >= 0
            && closedParen == slots.size() - 2
            && fillers.get(closedParen).isEmpty()
            && fillers.get(fillers.size() - 1).isEmpty()) {
          // "(AGAINST) +": the target follows the preposition
          fillers.get(closedParen).add("+");
          continue;
        }
        if (slots.isEmpty()) {
          slots.add("");
          fillers.add(new ArrayList<>());
        }
        fillers.get(fillers.size() - 1).add(tok);
      }
    }
    if (inParen) {
      patterns.skip("'(' without ')'", label);
      return Optional.empty();
    }
    Map<String, String> constraints = new LinkedHashMap<>();
    for (int k = 0; k < slots.size(); k++) {
      String slot = slots.get(k).isEmpty() ? "obj" : slots.get(k);
      List<String> words = fillers.get(k);
      if (slots.get(k).isEmpty() && words.isEmpty()) {
        continue;
      }
      if (constraints.containsKey(slot)) {
        patterns.approximate("a slot used twice: the first kept", label);
        continue;
      }
      String value;
      if (words.contains("+")) {
        if (slot.equals("obj") && !words.get(0).equals("+")) {
          // target after an object noun: leave it to Annals' default target search
          value = null;
        } else {
          value = "+";
        }
        List<String> rest = words.stream().filter(w -> !w.equals("+") && !w.equals("$")).toList();
        if (!rest.isEmpty() && value != null) {
          patterns.approximate("words beside '+' dropped", label);
        }
        if (value == null) {
          words = rest;
          value = head(words, label);
          if (value == null) {
            return Optional.empty();
          }
        }
      } else {
        List<String> rest = words.stream().filter(w -> !w.equals("$")).toList();
        if (rest.size() < words.size()) {
          patterns.approximate("'$' after the verb ignored (the source is the subject)", label);
        }
        if (rest.isEmpty()) {
          if (slot.equals("obj")) {
            continue;
          }
          value = "*";
        } else {
          value = head(rest, label);
          if (value == null) {
            return Optional.empty();
          }
        }
      }
      if (value.isEmpty()) {
        continue;
      }
      constraints.put(slot, value);
    }
    StringBuilder b = new StringBuilder();
    if (particle != null) {
      b.append("_").append(particle);
    }
    b.append('\t');
    for (Map.Entry<String, String> e : constraints.entrySet()) {
      b.append(' ').append(e.getKey()).append('=').append(e.getValue());
    }
    return Optional.of(b.toString());
  }

  /**
   * The head (last word) of a noun phrase as a constraint value: {@code word|singular} or
   * {@code @CLASS}; null if the pattern is skipped (undefined synset), empty if there is no usable
   * head.
   */
  private String head(List<String> words, String label) {
    String last = words.get(words.size() - 1);
    if (words.size() > 1) {
      patterns.approximate("modifier words dropped (only the head is checked)", label);
    }
    if (last.startsWith("&")) {
      String name = className(last.substring(1));
      Set<String> cls = classes.get(name);
      if (cls == null) {
        patterns.skip("synset not defined before use", label);
        return null;
      }
      if (cls.isEmpty()) {
        patterns.skip("empty synset", label);
        return null;
      }
      return "@" + name;
    }
    String w = word(last);
    if (w.isEmpty()) {
      return "";
    }
    String s = Names.singular(w);
    return s.equals(w) ? w : w + "|" + s;
  }

  private void flush(Block block, AnnalsText out) {
    if (block == null) {
      return;
    }
    if (block.verbs.isEmpty() && !block.pats.isEmpty()) {
      for (Pat p : block.pats) {
        patterns.skip("block without a usable verb", p.line().where());
      }
      return;
    }
    String blockLabel = block.header.where() + " " + block.header.text().trim();
    for (Verb v : block.verbs) {
      String raw = v.code().orElse(block.code);
      if (!raw.equals("---") && !raw.isEmpty()) {
        Optional<String> c =
            code(
                raw,
                verbs,
                "isolated verb: ",
                v.line().where() + " " + v.lemma() + " [" + raw + "]");
        c.ifPresent(code -> out.line(code + "  " + v.lemma(), v.line()));
      }
    }
    for (Pat p : block.pats) {
      patterns.translated();
      for (Verb v : block.verbs) {
        String[] parts = p.text().split("\t", 2);
        String lemma = v.lemma();
        if (!parts[0].isEmpty()) {
          if (lemma.contains("_")) {
            continue; // a particle verb with a particle in the pattern: not expressible
          }
          lemma = lemma + parts[0];
        }
        out.line(p.code() + "  " + lemma + parts[1], p.line());
      }
    }
    if (block.verbs.isEmpty()) {
      verbs.skip("block without verbs", blockLabel);
    }
  }
}
