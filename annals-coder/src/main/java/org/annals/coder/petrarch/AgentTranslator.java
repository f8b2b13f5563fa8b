package org.annals.coder.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PETRARCH {@code .agents} lines ({@code PHRASE {plurals} [~CODE]}) to Annals {@code SECTOR}
 * entries. Regular plurals are generated as PETRARCH does ({@code {}} suppresses them, {@code {A
 * B}} lists irregular ones); {@code !MARKER! = A, B} substitution sets are expanded. Prefix agents
 * ({@code [NGO~]}, code written before the actor's) are loaded as ordinary sectors, which Annals
 * appends after the country: an approximation.
 */
final class AgentTranslator {
  private final Tally tally = new Tally("agents");
  private final Map<String, List<String>> markers = new LinkedHashMap<>();

  Tally tally() {
    return tally;
  }

  void read(List<SourceLine> lines, AnnalsText out) {
    for (SourceLine line : lines) {
      String t = line.text().trim();
      if (t.startsWith("!") && t.matches("!\\w+!\\s*=.*")) {
        int eq = t.indexOf('=');
        List<String> forms = new ArrayList<>();
        for (String f : t.substring(eq + 1).split(",")) {
          if (!f.isBlank()) {
            forms.add(f.trim());
          }
        }
        markers.put(t.substring(0, t.indexOf('!', 1) + 1), forms);
        continue;
      }
      tally.read();
      String label = line.where() + " " + t;
      int open = t.indexOf('[');
      if (open < 0) {
        tally.skip("no [CODE]", label);
        continue;
      }
      int close = t.indexOf(']', open);
      if (close < 0) {
        tally.skip("'[' without ']'", label);
        continue;
      }
      String code = t.substring(open + 1, close).trim().toUpperCase(Locale.ROOT);
      String before = t.substring(0, open);
      List<String> plurals = null;
      int brace = before.indexOf('{');
      if (brace >= 0) {
        int end = before.indexOf('}', brace);
        if (end < 0) {
          throw line.error("'{' without '}' in agent '" + t + "'");
        }
        plurals = new ArrayList<>();
        for (String p : before.substring(brace + 1, end).trim().split("\\s+")) {
          if (!p.isBlank()) {
            plurals.add(p);
          }
        }
        before = before.substring(0, brace);
      }
      String bare;
      if (code.startsWith("~")) {
        bare = code.substring(1);
      } else if (code.endsWith("~")) {
        bare = code.substring(0, code.length() - 1);
        tally.approximate("prefix agent (CODE~) composed as a suffix", label);
      } else {
        bare = code;
        tally.approximate("agent code without '~' read as a suffix agent", label);
      }
      if (!bare.matches("[A-Z0-9]{2,12}")) {
        tally.skip("code Annals cannot express", label);
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      String phrase = before.trim();
      if (phrase.isEmpty()) {
        tally.skip("no phrase", label);
        continue;
      }
      if (phrase.contains("!")) {
        List<String> expanded = expand(phrase);
        if (expanded.isEmpty()) {
          tally.skip("undefined substitution marker", label);
          continue;
        }
        for (String e : expanded) {
          add(names, e);
        }
      } else {
        add(names, phrase);
        boolean noPlural = phrase.endsWith("_") || plurals != null;
        if (plurals != null) {
          for (String p : plurals) {
            add(names, p);
          }
        }
        if (!noPlural) {
          add(names, Names.plural(phrase));
        }
      }
      if (names.isEmpty()) {
        tally.skip("no phrase", label);
        continue;
      }
      out.line("SECTOR " + bare + "  " + String.join(" | ", names), line);
      tally.translated();
    }
  }

  private static void add(Set<String> names, String phrase) {
    String n = Names.name(phrase.replace(",", " "));
    if (!n.isEmpty()) {
      names.add(n);
    }
  }

  /** Every substitution of the markers in a phrase; empty if a marker is not defined. */
  private List<String> expand(String phrase) {
    int a = phrase.indexOf('!');
    if (a < 0) {
      return List.of(phrase);
    }
    int b = phrase.indexOf('!', a + 1);
    if (b < 0) {
      return List.of();
    }
    List<String> forms = markers.get(phrase.substring(a, b + 1));
    if (forms == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String f : forms) {
      out.addAll(expand(phrase.substring(0, a) + f + phrase.substring(b + 1)));
    }
    return out;
  }
}
