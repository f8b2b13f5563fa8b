package org.annals.coder.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH {@code .actors} records to Annals actor entries.
 *
 * <ul>
 *   <li>undated 3-letter codes become {@code COUNTRY} entries (all names with that code merged), so
 *       that agents compose with them ("Israeli troops" → ISRMIL);
 *   <li>other undated codes become {@code GROUP <CODE>} with {@code country: <CODE>}: the group
 *       codes as itself and agents compose with it ("Hamas gunmen" → PSEREBHMSMIL);
 *   <li>records with date restrictions become {@code PERSON} entries whose roles carry the code,
 *       split as actor + 3-letter sector ({@code USAGOV} → {@code USA GOV}, {@code ARGGOVDEV} →
 *       {@code ARGGOV DEV}, {@code HOB} → {@code HOB head}), so that the role codes exactly as
 *       PETRARCH's code.
 * </ul>
 */
final class ActorTranslator {
  private static final Pattern RESTRICTION =
      Pattern.compile("([^\\s\\d<>][^\\s<>]*?)\\s*(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+))?");
  private static final Set<String> NULL_CODES = Set.of("---", "+++", "###", "000");

  private final Tally tally = new Tally("actors");
  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final List<Runnable> pending = new ArrayList<>();

  private record Country(String code, Set<String> names, SourceLine origin) {}

  /** A code in brackets, with an optional date range (empty ends are open). */
  record Code(
      String code,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      boolean dated,
      SourceLine line) {}

  private static final class Entry {
    final SourceLine origin;
    final List<String> names = new ArrayList<>();
    final List<Code> codes = new ArrayList<>();

    Entry(SourceLine origin) {
      this.origin = origin;
    }
  }

  Tally tally() {
    return tally;
  }

  void read(List<SourceLine> lines, AnnalsText out) {
    Entry current = null;
    for (SourceLine line : lines) {
      String t = line.text().trim();
      if (t.startsWith("[")) {
        if (current == null) {
          throw line.error("a code line '" + t + "' needs an actor above it");
        }
        codes(t, line, current);
      } else if (t.startsWith("+")) {
        if (current == null) {
          throw line.error("a synonym '" + t + "' needs an actor above it");
        }
        name(t.substring(1), line, current);
      } else {
        finish(current, out);
        current = new Entry(line);
        tally.read();
        name(t, line, current);
      }
    }
    finish(current, out);
  }

  /** Writes the merged COUNTRY entries; call after all files are read. */
  void flush(AnnalsText out) {
    for (Country c : countries.values()) {
      out.line("COUNTRY " + c.code() + "  " + String.join(" | ", c.names()), c.origin());
    }
    countries.clear();
  }

  private void name(String text, SourceLine line, Entry e) {
    int bracket = text.indexOf('[');
    String name = bracket < 0 ? text : text.substring(0, bracket);
    int semi = name.indexOf(';');
    if (semi >= 0) {
      name = name.substring(0, semi);
    }
    String n = Names.name(name);
    if (!n.isEmpty() && !e.names.contains(n)) {
      e.names.add(n);
    }
    if (bracket >= 0) {
      codes(text.substring(bracket), line, e);
    }
  }

  private void codes(String text, SourceLine line, Entry e) {
    int pos = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
        continue;
      }
      if (c != '[') {
        break; // ';' comments and other trailing notes
      }
      int close = text.indexOf(']', pos);
      if (close < 0) {
        throw line.error("'[' without ']' in '" + text.trim() + "'");
      }
      code(text.substring(pos + 1, close).trim(), line, e);
      pos = close + 1;
    }
  }

  private void code(String content, SourceLine line, Entry e) {
    Matcher m = RESTRICTION.matcher(content);
    if (!m.matches()) {
      tally.skip("unreadable code or date restriction", line.where() + " [" + content + "]");
      return;
    }
    String code = m.group(1).toUpperCase(Locale.ROOT);
    try {
      if (m.group(2) != null) {
        LocalDate d = date(m.group(3));
        e.codes.add(
            m.group(2).equals("<")
                ? new Code(code, Optional.empty(), Optional.of(d), true, line)
                : new Code(code, Optional.of(d), Optional.empty(), true, line));
      } else if (m.group(4) != null) {
        e.codes.add(
            new Code(
                code, Optional.of(date(m.group(4))), Optional.of(date(m.group(5))), true, line));
      } else {
        e.codes.add(new Code(code, Optional.empty(), Optional.empty(), false, line));
      }
    } catch (DateTimeException | NumberFormatException ex) {
      tally.skip("invalid date in a restriction", line.where() + " [" + content + "]");
    }
  }

  /** YYMMDD (at most 7 characters; 00-30 are 20YY) or YYYYMMDD, as PETRARCH reads them. */
  static LocalDate date(String s) {
    if (s.length() < 6) {
      throw new DateTimeException("too short: " + s);
    }
    if (s.length() <= 7) {
      int yy = Integer.parseInt(s.substring(0, 2));
      int year = yy <= 30 ? 2000 + yy : 1900 + yy;
      return LocalDate.of(
          year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
    }
    return LocalDate.of(
        Integer.parseInt(s.substring(0, 4)),
        Integer.parseInt(s.substring(4, 6)),
        Integer.parseInt(s.substring(6, 8)));
  }

  private void finish(Entry e, AnnalsText out) {
    if (e == null) {
      return;
    }
    String label = e.origin.where() + " " + (e.names.isEmpty() ? "?" : e.names.get(0));
    if (e.names.isEmpty()) {
      tally.skip("no name", label);
      return;
    }
    if (e.codes.isEmpty()) {
      tally.skip("no code", label);
      return;
    }
    List<Code> usable = new ArrayList<>();
    for (Code c : e.codes) {
      if (NULL_CODES.contains(c.code())) {
        continue;
      }
      if (!c.code().matches("[A-Z0-9]{2,12}")) {
        tally.skip("code Annals cannot express", label + " [" + c.code() + "]");
        continue;
      }
      usable.add(c);
    }
    if (usable.isEmpty()) {
      if (e.codes.stream().allMatch(c -> NULL_CODES.contains(c.code()))) {
        tally.skip("null code (---)", label);
      }
      return;
    }
    List<Code> dated = usable.stream().filter(Code::dated).toList();
    List<Code> plain = usable.stream().filter(c -> !c.dated()).toList();
    if (!dated.isEmpty()) {
      List<String> roles = new ArrayList<>();
      for (Code c : dated) {
        if (c.from().isPresent() && c.to().isPresent() && c.to().get().isBefore(c.from().get())) {
          tally.skip("date range ends before it starts", c.line().where() + " [" + c.code() + "]");
          continue;
        }
        roles.add(role(c));
      }
      if (!roles.isEmpty()) {
        if (!plain.isEmpty()) {
          // PETRARCH: the default code holds whenever no restriction does
          roles.addAll(defaultRoles(plain.get(0).code(), dated));
          if (plain.size() > 1) {
            tally.approximate("several default codes: the first is used", label);
          }
        }
        out.line("PERSON  " + String.join(" | ", e.names), e.origin);
        for (String r : roles) {
          out.line("  role: " + r, e.origin);
        }
        tally.translated();
        return;
      }
      if (plain.isEmpty()) {
        tally.skip("no usable dated code", label);
        return;
      }
    }
    if (plain.size() > 1) {
      tally.approximate("several default codes: the first is used", label);
    }
    String code = plain.get(0).code();
    if (code.matches("[A-Z]{3}")) {
      Country c =
          countries.computeIfAbsent(code, k -> new Country(k, new LinkedHashSet<>(), e.origin));
      c.names().addAll(e.names);
    } else {
      out.line("GROUP " + code + "  " + String.join(" | ", e.names), e.origin);
      out.line("  country: " + code, e.origin);
    }
    tally.translated();
  }

  /** Roles for a default code over the times that no dated code covers. */
  private static List<String> defaultRoles(String code, List<Code> dated) {
    List<LocalDate[]> ranges = new ArrayList<>();
    for (Code c : dated) {
      LocalDate from = c.from().orElse(LocalDate.MIN);
      LocalDate to = c.to().orElse(LocalDate.MAX);
      if (!to.isBefore(from)) {
        ranges.add(new LocalDate[] {from, to});
      }
    }
    ranges.sort((a, b) -> a[0].compareTo(b[0]));
    List<String> out = new ArrayList<>();
    LocalDate next = LocalDate.MIN; // first day not yet covered
    for (LocalDate[] r : ranges) {
      if (next != null && r[0].isAfter(next)) {
        out.add(
            role(
                new Code(
                    code, open(next, LocalDate.MIN), Optional.of(r[0].minusDays(1)), true, null)));
      }
      if (r[1].equals(LocalDate.MAX)) {
        next = null;
      } else if (next != null && !r[1].isBefore(next)) {
        next = r[1].plusDays(1);
      }
    }
    if (next != null) {
      out.add(role(new Code(code, open(next, LocalDate.MIN), Optional.empty(), true, null)));
    }
    return out;
  }

  private static Optional<LocalDate> open(LocalDate d, LocalDate unbounded) {
    return d.equals(unbounded) ? Optional.empty() : Optional.of(d);
  }

  /** A role line: the code split as actor + 3-letter sector, so that it codes as the code. */
  private static String role(Code c) {
    String code = c.code();
    String actor;
    String sector;
    if (code.length() >= 6 && code.substring(code.length() - 3).matches("[A-Z]{3}")) {
      actor = code.substring(0, code.length() - 3);
      sector = code.substring(code.length() - 3);
    } else {
      actor = code;
      sector = "head";
    }
    String from = c.from().map(LocalDate::toString).orElse("");
    String to = c.to().map(LocalDate::toString).orElse("");
    return actor + " " + sector + " " + from + ".." + to;
  }
}
