package org.annals.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.store.ArticleStore;
import org.annals.store.EventQuery;
import org.annals.store.ResolveRows;

/**
 * The event filters of {@code /api/v1/events}, {@code /network}, {@code /actors} and the dyad
 * series: what the store filters ({@link EventQuery}, confidence, story) and what is filtered here
 * over its answer (QuadClass, text of the representative sentence).
 *
 * @param quad QuadClass 1..4
 * @param text a substring of the representative sentence, compared case-insensitively
 */
record EventFilter(
    EventQuery query,
    double minConfidence,
    Optional<String> story,
    OptionalInt quad,
    Optional<String> text) {
  /** The parameter names this filter reads. */
  static final Set<String> PARAMS =
      Set.of(
          "actor",
          "source",
          "target",
          "code",
          "quad",
          "from",
          "to",
          "near",
          "radius",
          "story",
          "min_confidence",
          "text",
          "all");

  private static final Pattern LAT_LON =
      Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

  /** The filter the parameters describe; {@code source} and {@code target} may be forced. */
  static EventFilter parse(Params p, Optional<String> forcedSource, Optional<String> forcedTarget) {
    Optional<String> actor = p.string("actor").map(EventFilter::upper);
    Optional<String> source = forcedSource.or(() -> p.string("source")).map(EventFilter::upper);
    Optional<String> target = forcedTarget.or(() -> p.string("target")).map(EventFilter::upper);
    Optional<String> code = p.string("code");
    code.ifPresent(
        c -> {
          if (!c.matches("\\d{2,4}")) {
            throw ApiException.badRequest(
                "code must be a CAMEO root or code of 2 to 4 digits (19, 190, 1901), got '"
                    + c
                    + "'");
          }
        });
    OptionalInt quad =
        p.string("quad").isPresent()
            ? OptionalInt.of(p.integer("quad", 1, 4, 1))
            : OptionalInt.empty();
    Optional<LocalDate> from = p.date("from");
    Optional<LocalDate> to = p.date("to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw ApiException.badRequest(
          "from " + from.get() + " is after to " + to.get() + "; swap them");
    }
    double minConfidence = p.decimal("min_confidence", 0, 1, 0);
    boolean all = p.bool("all", false);
    EventQuery q =
        new EventQuery(actor, source, target, code, from, to, all, EventQuery.MAX_LIMIT, 0);
    Optional<String> near = p.string("near");
    if (near.isPresent()) {
      Matcher m = LAT_LON.matcher(near.get());
      if (!m.matches()) {
        throw ApiException.badRequest(
            "near must be LAT,LON in degrees (near=10.5,-66.9), got '" + near.get() + "'");
      }
      double radius = p.decimal("radius", 0.001, 20_040, 50);
      try {
        q =
            q.within(
                new EventQuery.Near(
                    Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), radius));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("near: " + e.getMessage());
      }
    } else if (p.string("radius").isPresent()) {
      throw ApiException.badRequest("radius needs near=LAT,LON");
    }
    if (quad.isPresent()) {
      q = q.inQuadClass(quad.getAsInt());
    }
    Optional<String> text = p.string("text").filter(t -> !t.isBlank());
    if (text.isPresent()) {
      q = q.containing(text.get());
    }
    return new EventFilter(
        q, minConfidence, p.string("story"), quad, text.map(t -> t.toLowerCase(Locale.ROOT)));
  }

  /** Every real event that passes the filter, newest first (at most the store's query cap). */
  List<ResolveRows.EventGroup> select(ArticleStore store) {
    return store.eventGroups(query, minConfidence, story);
  }

  /** One page of the real events that pass the filter, newest first. */
  List<ResolveRows.EventGroup> page(ArticleStore store, int limit, int offset) {
    return store.eventGroups(query.page(limit, offset), minConfidence, story);
  }

  /** How many real events pass the filter. */
  long count(ArticleStore store) {
    return store.eventGroupCount(query, minConfidence, story);
  }

  private static String upper(String code) {
    return code.toUpperCase(Locale.ROOT);
  }
}
