package org.annals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.geo.Gazetteer;
import org.annals.store.export.Places;
import org.junit.jupiter.api.Test;

/** Exports learn a place's country and divisions from the bundled gazetteer, by the place's id. */
class GazetteerPlacesTest {
  private final GazetteerPlaces places = new GazetteerPlaces(Gazetteer.bundled());

  @Test
  void countriesCitiesAndDivisions() {
    assertThat(places.find("country:VE"))
        .hasValueSatisfying(
            i -> {
              assertThat(i.countryIso2()).isEqualTo("VE");
              assertThat(i.countryName()).isEqualTo("Venezuela");
              assertThat(i.admin1Code()).isEmpty();
            });
    // Houston, Texas (Harris County, FIPS 201)
    assertThat(places.find("geonames:4699066"))
        .hasValueSatisfying(
            i -> {
              assertThat(i.countryIso2()).isEqualTo("US");
              assertThat(i.admin1Code()).isEqualTo("TX");
              assertThat(i.admin1Name()).isEqualTo("Texas");
              assertThat(i.admin2Code()).isEqualTo("201");
            });
    assertThat(places.find("admin1:US.TX")).map(Places.Info::admin1Name).hasValue("Texas");
    assertThat(places.find("geonames:0")).isEmpty();
    assertThat(places.find("nonsense")).isEmpty();
  }
}
