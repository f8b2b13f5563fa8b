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
    return roles.stream().filter(r -> r.validOn(date)).findFirst();
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
