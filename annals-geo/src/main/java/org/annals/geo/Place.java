package org.annals.geo;

import java.util.Locale;

/**
 * A place of the gazetteer.
 *
 * @param id {@code geonames:2988507} for GeoNames places, {@code admin1:US.TX}, {@code
 *     admin2:US.TX.201}, {@code country:FR}, {@code region:middle-east}, {@code water:black-sea}
 * @param name the preferred name
 * @param lat latitude in degrees (for divisions, the population-weighted centroid of their places)
 * @param lon longitude in degrees
 * @param kind what sort of place
 * @param countryCode ISO 3166-1 alpha-2 code; empty for regions and water bodies
 * @param admin1Code GeoNames first-order division code within the country ({@code TX}); may be
 *     empty
 * @param admin1Name the division's name ({@code Texas}); may be empty
 * @param admin2Code GeoNames second-order division (county) code within admin1; may be empty
 * @param population people (sum over its places for divisions); 0 when unknown
 * @param featureCode GeoNames feature code ({@code PPLC}, {@code PPLA}, {@code ADM1}, {@code PCLI},
 *     {@code SEA}, {@code RGN}…)
 */
public record Place(
    String id,
    String name,
    double lat,
    double lon,
    Kind kind,
    String countryCode,
    String admin1Code,
    String admin1Name,
    String admin2Code,
    long population,
    String featureCode) {

  /** What sort of place. */
  public enum Kind {
    CITY,
    ADMIN2,
    ADMIN1,
    COUNTRY,
    REGION,
    WATER
  }

  /** The precision a place gives an event. */
  public Precision precision() {
    return switch (kind) {
      case CITY -> Precision.CITY;
      case ADMIN2 -> Precision.ADMIN2;
      case ADMIN1 -> Precision.ADMIN1;
      case COUNTRY -> Precision.COUNTRY;
      case REGION -> Precision.REGION;
      case WATER -> Precision.WATER;
    };
  }

  /** Great-circle distance in km (haversine, mean earth radius 6371 km). */
  public double distanceKm(double lat2, double lon2) {
    return Geo.distanceKm(lat, lon, lat2, lon2);
  }

  /** {@code Paris (FR, Île-de-France) 48.8534,2.3488 PPLC pop 2138551 [geonames:2988507]}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(name);
    if (!countryCode.isEmpty()) {
      sb.append(" (").append(countryCode);
      if (!admin1Name.isEmpty() && kind != Kind.ADMIN1) {
        sb.append(", ").append(admin1Name);
      }
      sb.append(')');
    }
    sb.append(String.format(Locale.ROOT, " %.4f,%.4f %s %s", lat, lon, kind, featureCode));
    if (population > 0) {
      sb.append(" pop ").append(population);
    }
    return sb.append(" [").append(id).append(']').toString();
  }
}
