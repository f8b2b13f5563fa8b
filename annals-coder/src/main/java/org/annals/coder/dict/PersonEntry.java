package org.annals.coder.dict;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A person with dated roles, from a {@code PERSON} entry. */
public record PersonEntry(String name, Optional<Character> gender, List<Role> roles) {
  public PersonEntry {
    roles = List.copyOf(roles);
  }

  /** The role held on a date (the first listed when several overlap). */
  public Optional<Role> roleOn(LocalDate date) {
    return roles.stream()
        .filter(r -> r.validOn(date))
        .min(java.util.Comparator.comparingInt(PersonEntry::rank));
  }

  /** Which role a person acts in when holding several: the head of state before the party chief. */
  private static int rank(Role r) {
    return switch (r.role()) {
      case "head-of-state" -> 0;
      case "head-of-government" -> 1;
      case "head" -> 2;
      case "foreign-minister" -> 3;
      case "defence-minister" -> 4;
      case "minister" -> 5;
      case "military-chief" -> 6;
      case "opposition-leader" -> 7;
      case "judge" -> 8;
      case "legislator" -> 9;
      case "party-leader" -> 10;
      default -> 11;
    };
  }

  /** The most recent role that ended before a date: a former official. */
  public Optional<Role> formerRoleOn(LocalDate date) {
    return roles.stream()
        .filter(r -> r.end().isPresent() && r.end().get().isBefore(date))
        .max(Comparator.comparing(r -> r.end().get()));
  }

  /** The most recent role of all, for when no date is known. */
  public Optional<Role> latestRole() {
    return roles.stream().max(Comparator.comparing(Role::start));
  }
}
