package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.geo.Gazetteer;
import org.annals.geo.Geocoder;
import org.annals.geo.Place;
import org.annals.geo.Resolution;
import org.annals.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters of {@code annals events}, shared with {@code annals export}. */
final class EventFilters {
  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "Events with this actor on either side.")
  String actor;

  @Option(
      names = "--dyad",
      arity = "2",
      paramLabel = "CODE",
      description = "Events from the first actor to the second: --dyad RUS VEN.")
  List<String> dyad;

  @Option(names = "--source", paramLabel = "CODE", description = "Events with this source actor.")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "Events with this target actor.")
  String target;

  @Option(names = "--code", paramLabel = "CAMEO", description = "A CAMEO root (19) or code (195).")
  String code;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description =
          "Events that happened on or after this day: by the event's own date (its last day); an"
              + " event whose sentence gives no date, by its upper bound, the publication date.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description =
          "Events that happened on or before this day: by the event's own date (its first day);"
              + " an event whose sentence gives no date, by its publication date.")
  String to;

  @Option(
      names = "--near",
      paramLabel = "PLACE",
      description =
          "Events whose place lies within --radius of PLACE: a place name the gazetteer knows"
              + " (\"Caracas\", \"Caribbean Sea\", \"Texas\"; the most likely one is taken and"
              + " shown) or LAT,LON. Events with no place are left out.")
  String near;

  @Option(
      names = "--radius",
      paramLabel = "KM",
      defaultValue = "50",
      description = "With --near: the radius in km (default ${DEFAULT-VALUE}).")
  double radius;

  @Option(names = "--story", paramLabel = "ID", description = "Events of this story (st_…).")
  String story;

  @Option(
      names = "--quad",
      paramLabel = "1-4",
      description =
          "Events of this QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal"
              + " conflict, 4 material conflict.")
  Integer quad;

  @Option(
      names = "--text",
      paramLabel = "WORDS",
      description = "Events whose sentence contains these words (any case).")
  String text;

  @Option(names = "--all", description = "Also negated and hypothetical events (flagged).")
  boolean all;

  @Option(
      names = "--min-confidence",
      paramLabel = "C",
      defaultValue = "0",
      description = "Only events with at least this confidence, 0..1.")
  double minConfidence;

  private static final Pattern LAT_LON =
      Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

  /**
   * The query these options describe, or empty after telling {@code err} what is wrong (a usage
   * error).
   *
   * @param command the command's name, for messages ("events")
   * @param data the data directory, whose gazetteer resolves --near
   */
  Optional<EventQuery> query(String command, Path data, int limit, int offset, PrintWriter err) {
    EventQuery query;
    try {
      Optional<String> src = Optional.ofNullable(source);
      Optional<String> tgt = Optional.ofNullable(target);
      if (dyad != null) {
        if (source != null || target != null) {
          err.println(
              "annals " + command + ": --dyad names source and target; drop --source/--target");
          return Optional.empty();
        }
        src = Optional.of(dyad.get(0));
        tgt = Optional.of(dyad.get(1));
      }
      query =
          new EventQuery(
              Optional.ofNullable(actor).map(EventFilters::upper),
              src.map(EventFilters::upper),
              tgt.map(EventFilters::upper),
              Optional.ofNullable(code),
              date("--from", from),
              date("--to", to),
              all,
              limit,
              offset);
      if (near != null) {
        Optional<EventQuery.Near> point = point(command, data, err);
        if (point.isEmpty()) {
          return Optional.empty();
        }
        query = query.within(point.get());
      }
      if (quad != null) {
        query = query.inQuadClass(quad);
      }
      if (text != null) {
        query = query.containing(text);
      }
    } catch (IllegalArgumentException e) {
      err.println("annals " + command + ": " + e.getMessage());
      return Optional.empty();
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      err.println("annals " + command + ": --min-confidence is 0..1, got " + minConfidence);
      return Optional.empty();
    }
    return Optional.of(query);
  }

  /** The story to keep, if any. */
  Optional<String> story() {
    return Optional.ofNullable(story);
  }

  private static String upper(String code) {
    return code.toUpperCase(Locale.ROOT);
  }

  private static Optional<LocalDate> date(String option, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " wants YYYY-MM-DD, got '" + value + "'");
    }
  }

  /** The point --near names: LAT,LON, or the gazetteer's most likely place of that name. */
  private Optional<EventQuery.Near> point(String command, Path data, PrintWriter err) {
    Matcher m = LAT_LON.matcher(near);
    if (m.matches()) {
      return Optional.of(
          new EventQuery.Near(
              Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), radius));
    }
    Gazetteer gazetteer;
    try {
      gazetteer = Gazetteer.load(data);
    } catch (IOException e) {
      err.println("annals " + command + ": cannot read the gazetteer: " + e.getMessage());
      return Optional.empty();
    }
    Resolution r = new Geocoder(gazetteer).resolve(near);
    if (r.place().isEmpty() || r.inferred()) {
      err.println(
          "annals "
              + command
              + ": --near: no place named '"
              + near
              + "' in the gazetteer; try 'annals gazetteer lookup NAME', or give LAT,LON");
      return Optional.empty();
    }
    Place p = r.place().get();
    err.printf(
        Locale.ROOT,
        "near %s (%s%s, %.4f,%.4f), within %.0f km%n",
        p.name(),
        p.kind().name().toLowerCase(Locale.ROOT),
        p.countryCode().isEmpty() ? "" : ", " + p.countryCode(),
        p.lat(),
        p.lon(),
        radius);
    return Optional.of(new EventQuery.Near(p.lat(), p.lon(), radius));
  }
}
