package org.annals.store.export;

import java.util.Objects;
import java.util.Optional;

/**
 * What the {@code gdelt} and {@code plover} formats need to know about a place beyond what an event
 * stores (its id, name, point, ISO3 country and precision): its country's ISO2 code and name and
 * its divisions. The gazetteer answers in practice ({@code annals-engine}); {@link #NONE} knows
 * nothing, and the formats then leave those fields empty.
 */
@FunctionalInterface
public interface Places {
  /** Knows no place. */
  Places NONE = id -> Optional.empty();

  /** The place with this gazetteer id ({@code geonames:3646738}, {@code country:VE}, …). */
  Optional<Info> find(String placeId);

  /**
   * A place's country and divisions; empty strings where it has none.
   *
   * @param countryIso2 ISO 3166-1 alpha-2 code
   * @param countryName the country's name
   * @param admin1Code the GeoNames first-order division code within the country ({@code TX})
   * @param admin1Name its name ({@code Texas})
   * @param admin2Code the GeoNames second-order division code within the first ({@code 201})
   * @param admin2Name its name, when the place is that division or it is known
   * @param featureCode the GeoNames feature code ({@code PPLC}, {@code ADM1}, {@code PCLI}, …)
   */
  record Info(
      String countryIso2,
      String countryName,
      String admin1Code,
      String admin1Name,
      String admin2Code,
      String admin2Name,
      String featureCode) {
    public Info {
      Objects.requireNonNull(countryIso2, "countryIso2");
      Objects.requireNonNull(countryName, "countryName");
      Objects.requireNonNull(admin1Code, "admin1Code");
      Objects.requireNonNull(admin1Name, "admin1Name");
      Objects.requireNonNull(admin2Code, "admin2Code");
      Objects.requireNonNull(admin2Name, "admin2Name");
      Objects.requireNonNull(featureCode, "featureCode");
    }
  }
}
