package org.annals.model;

import java.util.List;
import java.util.Optional;

/**
 * One side of a coded event: the CAMEO actor code, a readable name, the words in the sentence that
 * named it, and how it was found.
 *
 * @param code CAMEO actor code, e.g. {@code RUSLEG}, {@code VENGOV}, {@code IGOWSTNAT}, {@code CRM}
 * @param name readable name ("Russia", "Nicolás Maduro")
 * @param text the words of the sentence that named the actor ("the State Duma", "he")
 * @param country the country code when there is one
 * @param sector the CAMEO agent code when there is one (GOV, MIL, LEG, …)
 * @param span where {@code text} is in the clean text
 * @param resolution how the words became the actor: {@code name}, {@code composed}, {@code title},
 *     {@code pronoun}, {@code metonym}, {@code alias}, {@code place}, {@code placed}
 * @param members for a compound actor, its parts (empty otherwise; Annals emits one event per pair)
 */
public record EventActor(
    String code,
    String name,
    String text,
    Optional<String> country,
    Optional<String> sector,
    CharSpan span,
    String resolution,
    List<String> members) {
  public EventActor {
    if (code.isBlank()) {
      throw new IllegalArgumentException(
          "an actor needs a code, got a blank one for '" + text + "'");
    }
    members = List.copyOf(members);
  }
}
