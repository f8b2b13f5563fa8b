package org.annals.coder.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The verb lexicon: patterns by lemma, word classes, and the cue words (directives) for reported
 * speech, intent, threats, modality, negation and discards. Format: {@code docs/dictionaries.md}.
 */
public final class VerbLexicon {
  static final List<String> SHIPPED =
      List.of("cues.verbs.txt", "cooperation.verbs.txt", "conflict.verbs.txt");
  static final Set<String> DIRECTIVES =
      Set.of(
          "report",
          "nonfactive",
          "intent",
          "threat",
          "hypothetical",
          "negation",
          "discard",
          "aerial",
          "artillery",
          "attack");

  private static volatile VerbLexicon standard;

  private final Map<String, Set<String>> classes = new HashMap<>();
  private final Map<String, List<VerbPattern>> byLemma = new HashMap<>();
  private final Map<String, Set<String>> directives = new HashMap<>();
  private int order;

  private VerbLexicon() {
    for (String d : DIRECTIVES) {
      directives.put(d, new LinkedHashSet<>());
    }
  }

  /** The shipped lexicon, loaded once. */
  public static VerbLexicon standard() {
    VerbLexicon v = standard;
    if (v == null) {
      synchronized (VerbLexicon.class) {
        v = standard;
        if (v == null) {
          v = withFiles(List.of());
          standard = v;
        }
      }
    }
    return v;
  }

  /**
   * The shipped lexicon plus user files. A user pattern for a lemma is tried before the shipped
   * ones of equal specificity.
   */
  public static VerbLexicon withFiles(List<Path> userFiles) {
    VerbLexicon lex = new VerbLexicon();
    for (String name : SHIPPED) {
      InputStream in = VerbLexicon.class.getResourceAsStream(ActorDictionary.BASE + name);
      if (in == null) {
        throw new IllegalStateException("verb lexicon resource " + name + " is missing");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        lex.read(name, r, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path p : userFiles) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        lex.read(p.toString(), r, true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read verb lexicon " + p + ": " + e.getMessage(), e);
      }
    }
    return lex;
  }

  /** A lexicon of only this text (for tests and tools). */
  public static VerbLexicon of(String source, String text) {
    VerbLexicon lex = new VerbLexicon();
    try {
      lex.read(source, new StringReader(text), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lex;
  }

  /**
   * This lexicon's patterns with the cue words (report, negation, modality, …) of another added:
   * for a lexicon that brings verb patterns only, such as one translated from PETRARCH.
   */
  public VerbLexicon withCuesOf(VerbLexicon cues) {
    VerbLexicon v = new VerbLexicon();
    v.classes.putAll(classes);
    byLemma.forEach((k, list) -> v.byLemma.put(k, new ArrayList<>(list)));
    v.order = order;
    directives.forEach((k, set) -> v.directives.get(k).addAll(set));
    cues.directives.forEach((k, set) -> v.directives.get(k).addAll(set));
    return v;
  }

  /** The shipped cue words alone (no patterns). */
  public static VerbLexicon shippedCues() {
    VerbLexicon lex = new VerbLexicon();
    InputStream in = VerbLexicon.class.getResourceAsStream(ActorDictionary.BASE + SHIPPED.get(0));
    if (in == null) {
      throw new IllegalStateException("verb lexicon resource " + SHIPPED.get(0) + " is missing");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      lex.read(SHIPPED.get(0), r, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lex;
  }

  /** Patterns for a lemma, in lexicon order. */
  public List<VerbPattern> patterns(String lemma) {
    return byLemma.getOrDefault(Words.key(lemma), List.of());
  }

  /** Whether a word (lemma or form, any case) is listed under a directive, e.g. "report". */
  public boolean is(String directive, String word) {
    Set<String> set = directives.get(directive);
    if (set == null) {
      throw new IllegalArgumentException("unknown directive '" + directive + "'");
    }
    return set.contains(Words.key(word));
  }

  /** The words of a directive. */
  public Set<String> directive(String name) {
    return Collections.unmodifiableSet(directives.get(name));
  }

  public int patternCount() {
    return byLemma.values().stream().mapToInt(List::size).sum();
  }

  public Set<String> lemmas() {
    return Collections.unmodifiableSet(byLemma.keySet());
  }

  // ---------------------------------------------------------------------------------- loading

  private void read(String source, Reader reader, boolean user) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    String raw;
    int n = 0;
    List<String[]> pending = new ArrayList<>();
    List<Integer> pendingLines = new ArrayList<>();
    while ((raw = in.readLine()) != null) {
      n++;
      int hash = raw.indexOf('#');
      String line = (hash < 0 ? raw : raw.substring(0, hash)).trim();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("@")) {
        int eq = line.indexOf('=');
        if (eq < 0) {
          throw new DictionaryException(source, n, "a word class is '@name = word | word'");
        }
        String name = line.substring(1, eq).trim();
        Set<String> words = new LinkedHashSet<>();
        for (String w : line.substring(eq + 1).split("\\|")) {
          String k = Words.key(w.trim());
          if (k.isEmpty()) {
            throw new DictionaryException(source, n, "empty word in class @" + name);
          }
          words.add(k.replace(' ', '_'));
        }
        classes.computeIfAbsent(name, k -> new LinkedHashSet<>()).addAll(words);
        continue;
      }
      if (line.startsWith("!")) {
        String[] p = line.substring(1).split("\\s+", 2);
        Set<String> set = directives.get(p[0]);
        if (set == null) {
          throw new DictionaryException(
              source, n, "unknown directive '!" + p[0] + "'; known: " + DIRECTIVES);
        }
        if (p.length > 1) {
          for (String w : p[1].split("\\|")) {
            if (!w.isBlank()) {
              set.add(Words.key(w.trim()));
            }
          }
        }
        continue;
      }
      pending.add(line.split("\\s+"));
      pendingLines.add(n);
    }
    // patterns after the whole file is read, so classes may be defined anywhere in it
    for (int i = 0; i < pending.size(); i++) {
      VerbPattern p = pattern(pending.get(i), source, pendingLines.get(i), user);
      List<VerbPattern> list = byLemma.computeIfAbsent(p.lemma(), k -> new ArrayList<>());
      if (user) {
        list.add(0, p);
      } else {
        list.add(p);
      }
    }
  }

  private VerbPattern pattern(String[] words, String source, int line, boolean user) {
    if (words.length < 2) {
      throw new DictionaryException(source, line, "a pattern is 'CODE VERB [CONSTRAINT…]'");
    }
    String code = words[0];
    if (!code.matches("\\d{2,4}")) {
      throw new DictionaryException(
          source, line, "a pattern starts with a CAMEO code, got '" + code + "'");
    }
    String verb = Words.key(words[1]);
    Optional<String> particle = Optional.empty();
    int us = verb.indexOf('_');
    if (us > 0) {
      particle = Optional.of(verb.substring(us + 1).replace('_', ' '));
      verb = verb.substring(0, us);
    }
    List<List<VerbPattern.Constraint>> groups = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    String voice = "";
    double weight = 1.0;
    boolean or = false;
    for (int i = 2; i < words.length; i++) {
      String w = words[i];
      if (w.equals("|")) {
        if (groups.isEmpty()) {
          throw new DictionaryException(source, line, "'|' needs a constraint before it");
        }
        or = true;
        continue;
      }
      if (w.equals("passive") || w.equals("active")) {
        voice = w;
        continue;
      }
      int eq = w.indexOf('=');
      if (eq <= 0) {
        throw new DictionaryException(
            source, line, "a constraint is 'slot=value', got '" + w + "'");
      }
      String key = Words.key(w.substring(0, eq));
      String value = w.substring(eq + 1);
      if (key.equals("weight")) {
        try {
          weight = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw new DictionaryException(source, line, "weight is a number, got '" + value + "'");
        }
        if (!(weight > 0 && weight <= 1)) {
          throw new DictionaryException(source, line, "weight is in (0, 1], got " + value);
        }
        continue;
      }
      if (key.equals("target")) {
        for (String t : value.split(",")) {
          targets.add(Words.key(t));
        }
        continue;
      }
      if (!key.matches("[a-z_]+")) {
        throw new DictionaryException(source, line, "unknown slot '" + key + "'");
      }
      VerbPattern.Constraint c = constraint(key.replace('_', ' '), value, source, line);
      if (or) {
        groups.get(groups.size() - 1).add(c);
        or = false;
      } else {
        groups.add(new ArrayList<>(List.of(c)));
      }
    }
    if (or) {
      throw new DictionaryException(source, line, "'|' needs a constraint after it");
    }
    return new VerbPattern(
        code,
        verb,
        particle,
        groups,
        targets,
        voice,
        weight,
        String.join(" ", words) + (user ? "  (" + source + ")" : ""),
        order++);
  }

  private VerbPattern.Constraint constraint(String slot, String value, String source, int line) {
    if (value.equals("*")) {
      return new VerbPattern.Constraint(slot, Set.of(), true, false);
    }
    if (value.equals("+")) {
      return new VerbPattern.Constraint(slot, Set.of(), false, true);
    }
    Set<String> words = new HashSet<>();
    for (String v : value.split("\\|")) {
      if (v.startsWith("@")) {
        Set<String> cls = classes.get(v.substring(1));
        if (cls == null) {
          throw new DictionaryException(source, line, "word class " + v + " is not defined");
        }
        words.addAll(cls);
      } else if (!v.isEmpty()) {
        words.add(Words.key(v));
      }
    }
    if (words.isEmpty()) {
      throw new DictionaryException(source, line, "slot '" + slot + "' has no words");
    }
    return new VerbPattern.Constraint(slot, words, false, false);
  }

  /** Test hook: whether a predicate holds for some pattern of a lemma. */
  boolean anyPattern(String lemma, Predicate<VerbPattern> p) {
    return patterns(lemma).stream().anyMatch(p);
  }
}
