package org.annals.coder.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries, IGOs, groups, sectors, titles and people, indexed for token matching. Built from actor
 * files (format: {@code docs/dictionaries.md}); later files override earlier ones for the same
 * phrase.
 */
public final class ActorDictionary {
  static final String BASE = "/org/annals/coder/dict/";
  static final List<String> SHIPPED =
      List.of(
          "countries-1.actors.txt",
          "countries-2.actors.txt",
          "igos.actors.txt",
          "groups.actors.txt",
          "sectors.actors.txt",
          "people-1.actors.txt",
          "people-2.actors.txt",
          "places.actors.txt");

  private static final Set<String> COUNTRY_KEYS =
      Set.of("iso2", "region", "adjective", "demonym", "capital");
  private static final Set<String> KINDS =
      Set.of("COUNTRY", "IGO", "GROUP", "SECTOR", "TITLE", "PERSON", "PLACE");

  private static volatile ActorDictionary standard;

  /** A country's names. */
  public record CountryInfo(String code, String name, List<String> adjectives) {}

  /**
   * Words that mark an organisation's proper name as one of a sector ({@code in-names} of a {@code
   * SECTOR} entry): "Bank", "Chamber of Commerce", "Party". They do not code events.
   *
   * @param tokens the words' {@link Words#key keys}
   * @param sector the CAMEO agent code
   * @param stateless whether the sector codes without a country ({@code stateless: yes})
   */
  public record NameWord(List<String> tokens, String sector, boolean stateless) {
    public NameWord {
      tokens = List.copyOf(tokens);
    }

    public int length() {
      return tokens.size();
    }
  }

  private final Map<String, List<Phrase>> byFirst = new HashMap<>();
  private final Map<List<String>, Phrase> byTokens = new LinkedHashMap<>();
  private final Map<String, CountryInfo> countries = new LinkedHashMap<>();
  private final Map<String, String> igoNames = new LinkedHashMap<>();
  private final List<PersonEntry> people = new ArrayList<>();
  private final Map<List<String>, NameWord> nameWords = new LinkedHashMap<>();
  private final Map<String, List<NameWord>> nameWordsByFirst = new HashMap<>();

  private ActorDictionary() {}

  /** The shipped dictionary, loaded once. */
  public static ActorDictionary standard() {
    ActorDictionary d = standard;
    if (d == null) {
      synchronized (ActorDictionary.class) {
        d = standard;
        if (d == null) {
          d = withFiles(List.of());
          standard = d;
        }
      }
    }
    return d;
  }

  /** The shipped dictionary plus user files (which win on identical phrases). */
  public static ActorDictionary withFiles(List<Path> userFiles) {
    ActorDictionary d = new ActorDictionary();
    for (String name : SHIPPED) {
      InputStream in = ActorDictionary.class.getResourceAsStream(BASE + name);
      if (in == null) {
        throw new IllegalStateException("actor dictionary resource " + BASE + name + " is missing");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        d.read(name, r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
    for (Path p : userFiles) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        d.read(p.toString(), r);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read actor dictionary " + p + ": " + e.getMessage(), e);
      }
    }
    d.index();
    return d;
  }

  /** A dictionary of only the given text (for tests and tools). */
  public static ActorDictionary of(String source, String text) {
    ActorDictionary d = new ActorDictionary();
    try {
      d.read(source, new java.io.StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    d.index();
    return d;
  }

  /** Phrases whose first token has this {@link Words#key key}, longest first. */
  public List<Phrase> phrasesStartingWith(String key) {
    return byFirst.getOrDefault(key, List.of());
  }

  /**
   * Words that mark an organisation's name as one of a sector and start with this {@link Words#key
   * key}, longest first: "chamber" gives "Chamber of Commerce" (BUS) and "Chamber of Deputies"
   * (LEG).
   */
  public List<NameWord> nameWordsStartingWith(String key) {
    return nameWordsByFirst.getOrDefault(key, List.of());
  }

  /**
   * Whether the code is a country's or an intergovernmental organisation's in this dictionary
   * ({@code COL}, {@code IGOUNO}), the part of an actor code that a sector is added to.
   */
  public boolean isActorCode(String code) {
    return countries.containsKey(code) || igoNames.containsKey(code);
  }

  public Optional<CountryInfo> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** A readable name for an actor code's country or IGO part. */
  public String nameOf(String code) {
    CountryInfo c = countries.get(code);
    if (c != null) {
      return c.name();
    }
    return igoNames.getOrDefault(code, code);
  }

  /** People who hold one of the roles for a country on a date, in dictionary order. */
  public List<PersonEntry> holders(String country, List<String> roles, LocalDate date) {
    List<PersonEntry> out = new ArrayList<>();
    for (String role : roles) {
      for (PersonEntry p : people) {
        for (Role r : p.roles()) {
          if (r.actor().equals(country) && r.role().equals(role) && r.validOn(date)) {
            if (!out.contains(p)) {
              out.add(p);
            }
          }
        }
      }
    }
    return out;
  }

  /** People entries with this display name. */
  public List<PersonEntry> people(String name) {
    List<PersonEntry> out = new ArrayList<>();
    for (PersonEntry p : people) {
      if (p.name().equals(name)) {
        out.add(p);
      }
    }
    return out;
  }

  public int phraseCount() {
    return byTokens.size();
  }

  public int personCount() {
    return people.size();
  }

  public int countryCount() {
    return countries.size();
  }

  // ---------------------------------------------------------------------------------- loading

  private record Entry(
      String kind, String code, List<String> names, Map<String, List<String>> attrs, int line) {}

  private void read(String source, Reader reader) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<Entry> entries = new ArrayList<>();
    String raw;
    int n = 0;
    Entry current = null;
    while ((raw = in.readLine()) != null) {
      n++;
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        if (current == null) {
          throw new DictionaryException(
              source, n, "an indented attribute line needs an entry above it");
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new DictionaryException(
              source, n, "an attribute line is 'key: value | value', got '" + line.trim() + "'");
        }
        String key = line.substring(0, colon).trim();
        List<String> values = alternatives(line.substring(colon + 1), source, n);
        checkKey(current.kind(), key, source, n);
        current.attrs().computeIfAbsent(key, k -> new ArrayList<>()).addAll(values);
        continue;
      }
      String[] head = line.trim().split("\\s+", 2);
      String kind = head[0];
      if (!KINDS.contains(kind)) {
        throw new DictionaryException(
            source, n, "an entry starts with one of " + KINDS + ", got '" + kind + "'");
      }
      String rest = head.length > 1 ? head[1].trim() : "";
      String code = "";
      if (kind.equals("TITLE")) {
        StringBuilder roles = new StringBuilder();
        String[] words = rest.split("\\s+");
        int i = 0;
        while (i < words.length && (words[i].equals("|") || Role.known(words[i]))) {
          roles.append(words[i]).append(' ');
          i++;
        }
        code = roles.toString().replace(" ", "");
        if (code.isEmpty()) {
          throw new DictionaryException(
              source,
              n,
              "TITLE needs a role first, e.g. 'TITLE foreign-minister  foreign minister'");
        }
        rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
      } else if (!kind.equals("PERSON") && !kind.equals("PLACE")) {
        String[] parts = rest.split("\\s+", 2);
        code = parts[0];
        if (!code.matches("[A-Z0-9]{2,12}")) {
          throw new DictionaryException(
              source, n, kind + " needs a code in capitals first, got '" + code + "'");
        }
        rest = parts.length > 1 ? parts[1] : "";
      }
      List<String> names = alternatives(rest, source, n);
      if (names.isEmpty() && !kind.equals("COUNTRY")) {
        throw new DictionaryException(source, n, kind + " " + code + " has no names");
      }
      current = new Entry(kind, code, names, new LinkedHashMap<>(), n);
      entries.add(current);
    }
    for (Entry e : entries) {
      add(source, e);
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static List<String> alternatives(String text, String source, int line) {
    if (text.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : text.split("\\|")) {
      String p = part.trim();
      if (p.isEmpty()) {
        throw new DictionaryException(source, line, "empty alternative in '" + text.trim() + "'");
      }
      out.add(p);
    }
    return out;
  }

  private static void checkKey(String kind, String key, String source, int line) {
    boolean ok =
        switch (kind) {
          case "COUNTRY" -> COUNTRY_KEYS.contains(key) || key.matches("[A-Z]{3}");
          case "IGO" -> key.equals("adjective") || key.equals("parent");
          case "GROUP" -> key.equals("country") || key.equals("sector");
          case "SECTOR" -> key.equals("stateless") || key.equals("in-names");
          case "PERSON" -> key.equals("gender") || key.equals("role") || key.equals("alias");
          default -> false;
        };
    if (!ok) {
      throw new DictionaryException(source, line, "'" + key + "' is not an attribute of " + kind);
    }
  }

  private void add(String source, Entry e) {
    String where = source + ":" + e.line();
    switch (e.kind()) {
      case "COUNTRY" -> {
        String name = e.names().isEmpty() ? e.code() : e.names().get(0);
        countries.put(
            e.code(),
            new CountryInfo(e.code(), name, e.attrs().getOrDefault("adjective", List.of())));
        for (String n : e.names()) {
          phrase(n, new Sense.Country(e.code(), Sense.Form.NAME), where);
        }
        for (String n : e.attrs().getOrDefault("adjective", List.of())) {
          phrase(n, new Sense.Country(e.code(), Sense.Form.ADJECTIVE), where);
        }
        for (String n : e.attrs().getOrDefault("demonym", List.of())) {
          phrase(n, new Sense.Country(e.code(), Sense.Form.DEMONYM), where);
        }
        for (String n : e.attrs().getOrDefault("capital", List.of())) {
          phrase(n, new Sense.Country(e.code(), Sense.Form.CAPITAL), where);
        }
        for (Map.Entry<String, List<String>> a : e.attrs().entrySet()) {
          if (a.getKey().matches("[A-Z]{3}")) {
            for (String n : a.getValue()) {
              phrase(n, new Sense.Institution(e.code(), a.getKey(), n), where);
            }
          }
        }
      }
      case "IGO" -> {
        igoNames.put(e.code(), e.names().get(0));
        for (String n : e.names()) {
          phrase(n, new Sense.Igo(e.code(), e.names().get(0), false), where);
        }
        for (String n : e.attrs().getOrDefault("adjective", List.of())) {
          phrase(n, new Sense.Igo(e.code(), e.names().get(0), true), where);
        }
      }
      case "GROUP" -> {
        Optional<String> country = single(e, "country", source);
        Optional<String> sector = single(e, "sector", source);
        for (String n : e.names()) {
          phrase(n, new Sense.Group(e.code(), e.names().get(0), country, sector), where);
        }
      }
      case "SECTOR" -> {
        boolean stateless =
            single(e, "stateless", source).map(v -> v.equalsIgnoreCase("yes")).orElse(false);
        for (String n : e.names()) {
          phrase(n, new Sense.Sector(e.code(), stateless), where);
        }
        for (String n : e.attrs().getOrDefault("in-names", List.of())) {
          for (List<String> tokens : Words.variants(n)) {
            List<String> keyed = tokens.stream().map(Words::key).toList();
            if (!keyed.isEmpty()) {
              nameWords.put(keyed, new NameWord(keyed, e.code(), stateless));
            }
          }
        }
      }
      case "PLACE" -> {
        for (String n : e.names()) {
          phrase(n, new Sense.NotActor(n), where);
        }
      }
      case "TITLE" -> {
        List<String> roles = List.of(e.code().split("\\|"));
        for (String n : e.names()) {
          phrase(n, new Sense.Title(roles), where);
        }
      }
      case "PERSON" -> {
        List<Role> roles = new ArrayList<>();
        for (String r : e.attrs().getOrDefault("role", List.of())) {
          roles.add(role(r, source, e.line()));
        }
        Optional<Character> gender =
            single(e, "gender", source).map(g -> g.toLowerCase(Locale.ROOT).charAt(0));
        PersonEntry p = new PersonEntry(e.names().get(0), gender, roles);
        people.add(p);
        for (String n : e.names()) {
          phrase(n, new Sense.Person(p, false), where);
        }
        for (String n : e.attrs().getOrDefault("alias", List.of())) {
          phrase(n, new Sense.Person(p, true), where);
        }
      }
      default -> throw new IllegalStateException("unhandled kind " + e.kind());
    }
  }

  private static Optional<String> single(Entry e, String key, String source) {
    List<String> v = e.attrs().getOrDefault(key, List.of());
    if (v.size() > 1) {
      throw new DictionaryException(source, e.line(), "'" + key + "' takes one value, got " + v);
    }
    return v.stream().findFirst();
  }

  private static Role role(String text, String source, int line) {
    String[] p = text.trim().split("\\s+");
    if (p.length != 3 || !p[2].contains("..")) {
      throw new DictionaryException(
          source, line, "a role is 'COUNTRY ROLE START..[END]', got '" + text.trim() + "'");
    }
    if (!Role.known(p[1])) {
      throw new DictionaryException(source, line, "unknown role '" + p[1] + "'");
    }
    String[] range = p[2].split("\\.\\.", -1);
    LocalDate start = range[0].isEmpty() ? LocalDate.MIN : date(range[0], false, source, line);
    Optional<LocalDate> end =
        range[1].isEmpty() ? Optional.empty() : Optional.of(date(range[1], true, source, line));
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new DictionaryException(
          source, line, "role ends before it starts: '" + text.trim() + "'");
    }
    return new Role(p[0], p[1], start, end);
  }

  private static LocalDate date(String s, boolean end, String source, int line) {
    try {
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        LocalDate d = LocalDate.parse(s + "-01");
        return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
      }
      return LocalDate.parse(s);
    } catch (RuntimeException e) {
      throw new DictionaryException(
          source, line, "a date is YYYY, YYYY-MM or YYYY-MM-DD, got '" + s + "'");
    }
  }

  private void phrase(String text, Sense sense, String where) {
    for (List<String> tokens : Words.variants(text)) {
      phrase(text, tokens, sense, where);
    }
  }

  private void phrase(String text, List<String> tokens, Sense sense, String where) {
    if (tokens.isEmpty()) {
      return;
    }
    boolean cs = Words.caseSensitive(text);
    List<String> keyed = tokens.stream().map(t -> cs ? Words.fold(t) : Words.key(t)).toList();
    Phrase p = new Phrase(keyed, cs, sense, where);
    // identical phrase and sense kind: a later file overrides an earlier one
    List<String> id = new ArrayList<>(keyed);
    id.add(sense.getClass().getSimpleName() + "/" + formOf(sense));
    id.add(cs ? "cs" : "ci");
    byTokens.put(id, p);
  }

  private static String formOf(Sense s) {
    if (s instanceof Sense.Igo igo) {
      return igo.modifier() ? "modifier" : "name";
    }
    return s instanceof Sense.Country c ? c.form().name() : "";
  }

  private void index() {
    byFirst.clear();
    for (Phrase p : byTokens.values()) {
      byFirst.computeIfAbsent(Words.key(p.tokens().get(0)), k -> new ArrayList<>()).add(p);
    }
    for (List<Phrase> list : byFirst.values()) {
      list.sort(Comparator.comparingInt(Phrase::length).reversed());
    }
    nameWordsByFirst.clear();
    for (NameWord w : nameWords.values()) {
      nameWordsByFirst.computeIfAbsent(w.tokens().get(0), k -> new ArrayList<>()).add(w);
    }
    for (List<NameWord> list : nameWordsByFirst.values()) {
      list.sort(Comparator.comparingInt(NameWord::length).reversed());
    }
  }
}
