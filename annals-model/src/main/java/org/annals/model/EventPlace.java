package org.annals.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an event happened, as far as the article says.
 *
 * @param id the gazetteer's id ({@code geonames:3646738}, {@code country:VE}, {@code
 *     water:caribbean-sea})
 * @param name the place's name in the gazetteer ("Caracas", "Caribbean Sea")
 * @param text the words of the article that named it
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param country the country's ISO 3166-1 alpha-3 code (as CAMEO actor codes use); empty for seas
 *     and regions
 * @param precision how precisely it locates the event
 * @param basis why this place: {@link Basis#CLAUSE} (named in the event's own clause, "deployed
 *     troops <em>in the Caribbean</em>") or {@link Basis#ARTICLE_FOCUS} (no place in the clause;
 *     the place the article is about: its dateline or its most named place)
 * @param span where {@code text} is in the clean text
 * @param confidence 0..1
 */
public record EventPlace(
    String id,
    String name,
    String text,
    double lat,
    double lon,
    Optional<String> country,
    Precision precision,
    Basis basis,
    CharSpan span,
    double confidence) {

  /** How precisely a place locates an event, finest first. */
  public enum Precision {
    CITY,
    ADMIN2,
    ADMIN1,
    COUNTRY,
    REGION,
    WATER;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Precision of(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  /** Why the place is the event's. */
  public enum Basis {
    CLAUSE,
    ARTICLE_FOCUS;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Basis of(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  public EventPlace {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence is 0..1, got " + confidence);
    }
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("not a point: " + lat + "," + lon);
    }
  }

  /** Great-circle distance in km to a point. */
  public double kilometresTo(double lat2, double lon2) {
    return distanceKm(lat, lon, lat2, lon2);
  }

  /** Great-circle distance in km between two points (haversine, mean Earth radius). */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
