package org.annals.geo;

import java.util.Optional;

/**
 * What a toponym was resolved to.
 *
 * @param toponym the input
 * @param place the chosen place; empty when no place has that name
 * @param confidence 0..1: the chosen place's share of the candidates' probability
 * @param precision the chosen place's precision; empty when unresolved
 * @param candidates how many places had that name
 * @param inferred true when no place has that name and the place is the document's main division or
 *     country instead (rule {@link Geocoder.Rule#FALLBACK}); its confidence is low
 */
public record Resolution(
    Toponym toponym,
    Optional<Place> place,
    double confidence,
    Optional<Precision> precision,
    int candidates,
    boolean inferred) {

  public static Resolution unresolved(Toponym t) {
    return new Resolution(t, Optional.empty(), 0, Optional.empty(), 0, false);
  }

  public boolean resolved() {
    return place.isPresent();
  }
}
