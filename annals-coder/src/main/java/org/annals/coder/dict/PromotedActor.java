package org.annals.coder.dict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.CandidateActor;

/**
 * A reviewed {@link CandidateActor} made into a dictionary entry: the text to append to a user
 * actor file ({@code annals code --actors FILE}, format in {@code docs/dictionaries.md}) so that
 * later runs code the name. A person becomes a {@code PERSON} entry with one role, an organisation
 * a {@code GROUP} entry:
 *
 * <pre>
 * PERSON  Tomas Arbelaez
 *   role: COL GOV 2021-02-03..
 *
 * GROUP VENBUS  Venezuelan Chamber of Commerce
 *   country: VEN
 *   sector: BUS
 * </pre>
 *
 * <p>Entries in a user file win over shipped ones with the same name (see {@link
 * ActorDictionary#withFiles}).
 *
 * @param name the name to match, as written in news ("Tomas Arbelaez")
 * @param aliases other names of the same actor ("Arbelaez"); a bare surname also matches other
 *     people of that name, so it is added only when the reviewer asks for it
 * @param person a {@code PERSON} entry (with a dated role) rather than a {@code GROUP}
 * @param code the reviewed actor code: country or IGO + sector ({@code COLGOV}, {@code VENBUS}), or
 *     an IGO's own code ({@code IGOUNO})
 * @param from the first day of the person's role; empty when unknown (open start)
 * @param to the last day of the person's role; empty while it is held
 * @param note a comment written above the entry (where it came from); empty for none
 */
public record PromotedActor(
    String name,
    List<String> aliases,
    boolean person,
    String code,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> note) {

  public PromotedActor {
    checkName(name);
    aliases = List.copyOf(aliases);
    aliases.forEach(PromotedActor::checkName);
    if (code == null || !code.matches("[A-Z0-9]{2,12}")) {
      throw new IllegalArgumentException(
          "an actor code is 2 to 12 capital letters or digits (COLGOV), got '"
              + code
              + "' for "
              + name);
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(note, "note");
    if (!person && (from.isPresent() || to.isPresent())) {
      throw new IllegalArgumentException(
          "only a person's role has dates; "
              + name
              + " is an organisation, got "
              + from.map(Object::toString).orElse("")
              + ".."
              + to.map(Object::toString).orElse(""));
    }
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException(
          "a role ends before it starts: " + from.get() + ".." + to.get() + " for " + name);
    }
  }

  /**
   * The candidate under the code a reviewer gave it, with no dates and a note saying where it came
   * from. A {@code PERSON} candidate becomes a person; organisations and groups a {@code GROUP}.
   */
  public static PromotedActor of(CandidateActor candidate, String code) {
    String note =
        "promoted candidate actor ("
            + candidate.nerType()
            + candidate.cue().map(c -> "; cue: " + c).orElse("")
            + ")";
    return new PromotedActor(
        candidate.name(),
        List.of(),
        candidate.nerType().equals("PERSON"),
        code,
        Optional.empty(),
        Optional.empty(),
        Optional.of(note));
  }

  /** This actor with its role's dates (persons only). */
  public PromotedActor during(Optional<LocalDate> first, Optional<LocalDate> last) {
    return new PromotedActor(name, aliases, person, code, first, last, note);
  }

  /** This actor with other names. */
  public PromotedActor withAliases(List<String> names) {
    return new PromotedActor(name, names, person, code, from, to, note);
  }

  /**
   * The entry in the actor-file format, ending with a newline: one or more lines to append to a
   * user actor file. The dictionary tells which part of the code is the country or IGO ({@code
   * IGOWSTNAT} is NATO, not {@code IGOWST} + {@code NAT}).
   *
   * @throws IllegalArgumentException when the code does not fit the kind of actor: a person needs a
   *     sector after a country ({@code COLGOV}, not {@code COL})
   */
  public String entry(ActorDictionary dictionary) {
    String[] parts = split(code, dictionary);
    String actor = parts[0];
    String sector = parts[1];
    StringBuilder b = new StringBuilder();
    note.ifPresent(n -> b.append("# ").append(n.replaceAll("\\s+", " ").strip()).append('\n'));
    List<String> names = new ArrayList<>();
    names.add(name);
    for (String a : aliases) {
      if (!names.contains(a)) {
        names.add(a);
      }
    }
    if (person) {
      String role;
      if (!sector.isEmpty()) {
        role = sector;
      } else if (actor.startsWith("IGO")) {
        role = "head"; // an IGO's official codes as the IGO
      } else {
        throw new IllegalArgumentException(
            "a person codes as a country with a sector ("
                + actor
                + "GOV, "
                + actor
                + "OPP, …), got '"
                + code
                + "' for "
                + name);
      }
      b.append("PERSON  ").append(String.join(" | ", names)).append('\n');
      b.append("  role: ")
          .append(actor)
          .append(' ')
          .append(role)
          .append(' ')
          .append(from.map(LocalDate::toString).orElse(""))
          .append("..")
          .append(to.map(LocalDate::toString).orElse(""))
          .append('\n');
    } else {
      b.append("GROUP ").append(code).append("  ").append(String.join(" | ", names)).append('\n');
      if (!actor.startsWith("IGO") && !sector.isEmpty()) {
        b.append("  country: ").append(actor).append('\n');
        b.append("  sector: ").append(sector).append('\n');
      } else if (!actor.startsWith("IGO") && actor.length() == 3) {
        b.append("  country: ").append(actor).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * The country or IGO part of a code and its sector: the longest prefix the dictionary knows as a
   * country or IGO followed by nothing or a 3-letter sector; for codes the dictionary does not
   * know, the last three letters of a 6-letter or longer code are the sector.
   */
  static String[] split(String code, ActorDictionary dictionary) {
    for (int cut = code.length(); cut >= 3; cut--) {
      String head = code.substring(0, cut);
      String rest = code.substring(cut);
      if (dictionary.isActorCode(head) && (rest.isEmpty() || rest.matches("[A-Z]{3}"))) {
        return new String[] {head, rest};
      }
    }
    if (code.length() >= 6 && code.substring(code.length() - 3).matches("[A-Z]{3}")) {
      return new String[] {code.substring(0, code.length() - 3), code.substring(code.length() - 3)};
    }
    return new String[] {code, ""};
  }

  private static void checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a promoted actor needs a name, got '" + name + "'");
    }
    for (char c : new char[] {'|', '#', '\n', '\r'}) {
      if (name.indexOf(c) >= 0) {
        throw new IllegalArgumentException(
            "a name in an actor file cannot contain '"
                + (c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf(c))
                + "', got '"
                + name
                + "'");
      }
    }
    if (!name.equals(name.strip())) {
      throw new IllegalArgumentException("a name has no spaces around it, got '" + name + "'");
    }
  }
}
