package org.annals.coder.extract;

import java.util.Optional;

/**
 * Who an unknown name likely belongs to, as the words around it say: "Colombian Defense Minister"
 * gives COL and GOV, "a spokesman for the Venezuelan army" VEN and MIL, "UN envoy" the IGO.
 *
 * @param country a country code
 * @param sector a CAMEO agent code ({@code IGO} for an IGO's people)
 * @param igo the IGO's code, when the words name one and no country
 * @param stateless whether the sector codes on its own, without a country (rebels, criminals)
 * @param person whether it is a person's (a country alone codes a person, not an organisation)
 * @param cue the words that said so
 */
record Affiliation(
    Optional<String> country,
    Optional<String> sector,
    Optional<String> igo,
    boolean stateless,
    boolean person,
    Optional<String> cue) {
  static final Affiliation NONE =
      new Affiliation(
          Optional.empty(), Optional.empty(), Optional.empty(), false, true, Optional.empty());

  boolean isEmpty() {
    return country.isEmpty() && sector.isEmpty() && igo.isEmpty();
  }

  /**
   * The actor code this suggests: country + sector; a person's country alone ("the Colombian Tomas
   * Arbelaez"), but not an organisation's (a company with a country is not the state); the IGO; or
   * a sector that codes without a country (rebels).
   */
  Optional<String> likelyCode() {
    if (country.isPresent()) {
      return sector.isPresent() || person
          ? Optional.of(ActorResolver.compose(country.get(), sector.orElse("")))
          : Optional.empty();
    }
    if (igo.isPresent()) {
      return igo;
    }
    return stateless ? sector : Optional.empty();
  }
}
