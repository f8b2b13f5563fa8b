package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeocoderTest {
  static final Geocoder GEO = new Geocoder(Gazetteer.bundled());

  /** Toponyms are the given names where they first occur in the text. */
  static List<Resolution> resolve(Geocoder g, String text, String... names) {
    List<Toponym> ts = new ArrayList<>();
    int from = 0;
    for (String n : names) {
      int at = text.indexOf(n, from);
      assertThat(at).as(n).isNotNegative();
      ts.add(new Toponym(n, at, at + n.length()));
      from = at + n.length();
    }
    return g.resolve(text, ts, GeoContext.NONE);
  }

  static Place place(Resolution r) {
    return r.place().orElseThrow();
  }

  @Test
  void parisAloneIsTheFrenchCapital() {
    Resolution r = GEO.resolve("Paris");
    assertThat(place(r).countryCode()).isEqualTo("FR");
    assertThat(r.precision()).contains(Precision.CITY);
    assertThat(r.candidates()).isGreaterThan(5);
    assertThat(r.confidence()).isBetween(0.5, 1.0);
  }

  @Test
  void cityCommaStateKeepsThatState() {
    List<Resolution> rs = resolve(GEO, "A storm hit Paris, Texas, on Monday.", "Paris", "Texas");
    assertThat(place(rs.get(0)).countryCode()).isEqualTo("US");
    assertThat(place(rs.get(0)).admin1Code()).isEqualTo("TX");
    assertThat(place(rs.get(1)).kind()).isEqualTo(Place.Kind.ADMIN1);
    // the state not tagged as a toponym, abbreviated
    List<Resolution> ab = resolve(GEO, "He was born in Paris, Tenn., in 1950.", "Paris");
    assertThat(place(ab.get(0)).admin1Code()).isEqualTo("TN");
    List<Resolution> country = resolve(GEO, "Protests in Paris, France.", "Paris", "France");
    assertThat(place(country.get(0)).countryCode()).isEqualTo("FR");
  }

  @Test
  void springfieldFollowsTheDocumentsState() {
    String il = "Lawmakers met in Springfield. Illinois faces a budget gap.";
    assertThat(place(resolve(GEO, il, "Springfield", "Illinois").get(0)).admin1Code())
        .isEqualTo("IL");
    String ma = "Police in Springfield said Massachusetts will send help.";
    assertThat(place(resolve(GEO, ma, "Springfield", "Massachusetts").get(0)).admin1Code())
        .isEqualTo("MA");
  }

  @Test
  void contextCountriesDecide() {
    // Alone, Hyderabad is the Indian city; with Pakistan known to matter, the one in Sindh
    assertThat(place(GEO.resolve("Hyderabad")).countryCode()).isEqualTo("IN");
    assertThat(place(GEO.resolve("Hyderabad", GeoContext.countries(Set.of("PAK")))).countryCode())
        .isEqualTo("PK");
  }

  @Test
  void georgiaIsTheCountryOrTheStateByItsNeighbours() {
    String ge = "Russian troops moved from Tbilisi deeper into Georgia.";
    assertThat(place(resolve(GEO, ge, "Tbilisi", "Georgia").get(1)).kind())
        .isEqualTo(Place.Kind.COUNTRY);
    String us = "Flights from Atlanta were cancelled across Georgia.";
    Place state = place(resolve(GEO, us, "Atlanta", "Georgia").get(1));
    assertThat(state.kind()).isEqualTo(Place.Kind.ADMIN1);
    assertThat(state.countryCode()).isEqualTo("US");
  }

  @Test
  void theCaribbeanIsTheSea() {
    Resolution r = resolve(GEO, "A strike on a boat in the Caribbean", "Caribbean").get(0);
    assertThat(place(r).kind()).isEqualTo(Place.Kind.WATER);
    assertThat(r.precision()).contains(Precision.WATER);
    assertThat(place(GEO.resolve("the Black Sea")).id()).isEqualTo("water:black-sea");
    assertThat(place(GEO.resolve("Middle East")).kind()).isEqualTo(Place.Kind.REGION);
    // a Tunisian governorate is also called Sahel; the region comes first
    assertThat(place(GEO.resolve("the Sahel")).id()).isEqualTo("region:sahel");
  }

  @Test
  void countyAndTownInItAgree() {
    String text = "Deputies in Walker County arrested a man in Huntsville on Friday.";
    List<Resolution> rs = resolve(GEO, text, "Walker County", "Huntsville");
    assertThat(place(rs.get(0)).admin1Code()).isEqualTo(place(rs.get(1)).admin1Code());
    assertThat(place(rs.get(1)).admin1Code()).isEqualTo("TX");
  }

  @Test
  void unknownNamesFallBackToTheDocumentsMainDivision() {
    String text = "Fire in Qwxzy Flats near Austin and Houston, Texas.";
    List<Resolution> rs = resolve(GEO, text, "Qwxzy Flats", "Austin", "Houston", "Texas");
    assertThat(rs.get(0).inferred()).isTrue();
    assertThat(place(rs.get(0)).id()).isEqualTo("admin1:US.TX");
    assertThat(rs.get(0).confidence()).isEqualTo(Geocoder.FALLBACK_CONFIDENCE);
    Geocoder strict =
        new Geocoder(Gazetteer.bundled(), EnumSet.complementOf(EnumSet.of(Geocoder.Rule.FALLBACK)));
    assertThat(resolve(strict, text, "Qwxzy Flats", "Austin").get(0).resolved()).isFalse();
  }

  @Test
  void variantsOfUnknownNames() {
    assertThat(Geocoder.variants("Hamilton Township")).contains("Hamilton");
    assertThat(Geocoder.variants("South Los Angeles")).contains("Los Angeles");
    assertThat(Geocoder.variants("St. Paris")).contains("Saint Paris");
    assertThat(Geocoder.variants("Oconee")).contains("Oconee County");
    assertThat(Geocoder.variants("Ohioans")).contains("Ohio");
    assertThat(Geocoder.variants("Londoners")).contains("London");
    assertThat(place(GEO.resolve("Ohioans")).id()).isEqualTo("admin1:US.OH");
  }

  @Test
  void nerMentionsArePlacesByType() {
    String text = "Police in Springfield, Ill., said Obama was there.";
    List<org.annals.model.EntityMention> ms =
        List.of(
            new org.annals.model.EntityMention(
                0, new org.annals.model.CharSpan(10, 21), "Springfield", "LOCATION"),
            new org.annals.model.EntityMention(
                0, new org.annals.model.CharSpan(34, 39), "Obama", "PERSON"));
    List<Resolution> rs = GEO.resolveMentions(text, ms, GeoContext.countries(Set.of("USA")));
    assertThat(rs)
        .singleElement()
        .satisfies(r -> assertThat(place(r).admin1Code()).isEqualTo("IL"));
  }

  @Test
  void aSmallDivisionIsNotPreferredToTownsOfItsName() {
    // Berea is a district of Lesotho (GeoNames: a few thousand people) and a town in Kentucky
    // and Ohio: the district gets no bonus for being a division
    Place berea = place(GEO.resolve("Berea"));
    assertThat(berea.kind()).isEqualTo(Place.Kind.CITY);
    assertThat(berea.countryCode()).isEqualTo("US");
    // a large division keeps its bonus
    assertThat(place(GEO.resolve("Ontario")).kind()).isEqualTo(Place.Kind.ADMIN1);
  }

  @Test
  void newsShortFormsOfCitiesAndCounties() {
    Place la = place(GEO.resolve("L.A."));
    assertThat(la.name()).isEqualTo("Los Angeles");
    assertThat(la.admin1Code()).isEqualTo("CA");
    String pa = "A Phila. man was arrested in Pennsylvania.";
    Place phila = place(resolve(GEO, pa, "Phila.", "Pennsylvania").get(0));
    assertThat(phila.name()).isEqualTo("Philadelphia");
    assertThat(phila.admin1Code()).isEqualTo("PA");
    // undotted, LA stays Louisiana's postal code
    assertThat(place(GEO.resolve("LA")).name()).isNotEqualTo("Los Angeles");
    String text = "Deputies in Platte Co. and in Nebraska searched the river.";
    Place county = place(resolve(GEO, text, "Platte Co.", "Nebraska").get(0));
    assertThat(county.kind()).isEqualTo(Place.Kind.ADMIN2);
    assertThat(county.admin1Code()).isEqualTo("NE");
  }

  @Test
  void anUnknownRiverOrLakeIsAtTheTownOfItsNameInTheDocumentsState() {
    String text = "Salmon returned to the Sacramento River, California officials said in Fresno.";
    List<Resolution> rs = resolve(GEO, text, "Sacramento River", "California", "Fresno");
    Resolution river = rs.get(0);
    assertThat(river.inferred()).isTrue();
    assertThat(place(river).name()).isEqualTo("Sacramento");
    assertThat(place(river).admin1Code()).isEqualTo("CA");
    // no town of that name in the state: the state itself
    String none = "Boats crowded Zzyzx Lake, California officials said in Fresno.";
    Place lake = place(resolve(GEO, none, "Zzyzx Lake", "California", "Fresno").get(0));
    assertThat(lake.kind()).isEqualTo(Place.Kind.ADMIN1);
  }
}
