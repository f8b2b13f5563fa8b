package org.annals.coder.dict;

import java.util.List;
import java.util.Optional;

/**
 * What a dictionary phrase can denote. A phrase may have several senses ("US": name, adjective).
 */
public sealed interface Sense {
  /** How a country is named. */
  enum Form {
    NAME,
    ADJECTIVE,
    DEMONYM,
    CAPITAL
  }

  /** A country, by name, adjective, demonym or capital. */
  record Country(String country, Form form) implements Sense {}

  /** A country's institution of a sector: "the Kremlin", "the State Duma". */
  record Institution(String country, String sector, String name) implements Sense {}

  /** An intergovernmental organisation; {@code modifier} when named by its adjective. */
  record Igo(String code, String name, boolean modifier) implements Sense {}

  /** A named non-state group. */
  record Group(String code, String name, Optional<String> country, Optional<String> sector)
      implements Sense {}

  /** A generic agent noun: "troops", "lawmakers", "smugglers". */
  record Sector(String sector, boolean stateless) implements Sense {}

  /** A role word: "president", "foreign minister". */
  record Title(List<String> roles) implements Sense {}

  /**
   * A name that is not an actor and must not be read as one: "Latin America" is not America, "New
   * Mexico" is not Mexico.
   */
  record NotActor(String name) implements Sense {}

  /** A person, by name or by an alias description. */
  record Person(PersonEntry person, boolean alias) implements Sense {}
}
