package org.annals.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annals.geo.Gazetteer;
import org.annals.geo.Place;
import org.annals.store.export.Places;

/**
 * What exports need to know about an event's place, from the gazetteer: its country's ISO2 code and
 * name, and its divisions. Thread-safe; the index by id is built on first use.
 */
public final class GazetteerPlaces implements Places {
  private final Gazetteer gazetteer;
  private volatile Map<String, Place> byId;

  public GazetteerPlaces(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public Optional<Info> find(String placeId) {
    return Optional.ofNullable(index().get(placeId)).map(this::info);
  }

  private Info info(Place p) {
    String iso2 = p.countryCode();
    String country = iso2.isEmpty() ? "" : gazetteer.country(iso2).map(Place::name).orElse("");
    return new Info(
        iso2,
        country,
        p.admin1Code(),
        p.kind() == Place.Kind.ADMIN1 ? p.name() : p.admin1Name(),
        p.admin2Code(),
        p.kind() == Place.Kind.ADMIN2 ? p.name() : "",
        p.featureCode());
  }

  private Map<String, Place> index() {
    Map<String, Place> m = byId;
    if (m == null) {
      synchronized (this) {
        m = byId;
        if (m == null) {
          m = new HashMap<>(gazetteer.size() * 2);
          for (Place p : gazetteer.places()) {
            m.putIfAbsent(p.id(), p);
          }
          byId = m;
        }
      }
    }
    return m;
  }
}
