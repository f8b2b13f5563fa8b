package org.annals.coder.dict;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A dated role of a person: {@code VEN head-of-state 2013-04-19..}.
 *
 * @param actor the country (or IGO) code
 * @param role the role name, or a sector code
 * @param start first day (inclusive); {@link LocalDate#MIN} when unknown
 * @param end last day (inclusive); empty while the role is held
 */
public record Role(String actor, String role, LocalDate start, Optional<LocalDate> end) {
  public boolean validOn(LocalDate date) {
    return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
  }

  /** The CAMEO sector the role codes as: GOV for leaders and ministers, MIL for chiefs, … */
  public String sector() {
    return switch (role) {
      case "head-of-state",
          "head-of-government",
          "foreign-minister",
          "defence-minister",
          "minister" ->
          "GOV";
      case "military-chief" -> "MIL";
      case "opposition-leader" -> "OPP";
      case "legislator" -> "LEG";
      case "judge" -> "JUD";
      case "party-leader" -> "PTY";
      case "head" -> "";
      default -> role;
    };
  }

  static boolean known(String role) {
    return switch (role) {
      case "head-of-state",
          "head-of-government",
          "foreign-minister",
          "defence-minister",
          "minister",
          "military-chief",
          "opposition-leader",
          "legislator",
          "judge",
          "party-leader",
          "head" ->
          true;
      default -> role.matches("[A-Z]{3}");
    };
  }
}
