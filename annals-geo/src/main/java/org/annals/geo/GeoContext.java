package org.annals.geo;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about a document besides its toponyms: countries already mentioned or the countries
 * of its known actors, and the country it is about (ISO 3166-1 alpha-2 or alpha-3 codes, e.g. the
 * first three letters of CAMEO actor codes).
 */
public record GeoContext(Set<String> countries, Optional<String> focus) {
  public static final GeoContext NONE = new GeoContext(Set.of(), Optional.empty());

  public GeoContext {
    Set<String> up = new LinkedHashSet<>();
    for (String c : countries) {
      if (c != null && !c.isBlank()) {
        up.add(c.trim().toUpperCase(Locale.ROOT));
      }
    }
    countries = Set.copyOf(up);
    focus = focus.map(f -> f.trim().toUpperCase(Locale.ROOT));
  }

  /** Countries known to matter (any order), no focus. */
  public static GeoContext countries(Collection<String> codes) {
    return new GeoContext(Set.copyOf(codes), Optional.empty());
  }

  /** Countries known to matter, and the one the article is about. */
  public static GeoContext of(Collection<String> codes, String focus) {
    return new GeoContext(Set.copyOf(codes), Optional.ofNullable(focus));
  }
}
