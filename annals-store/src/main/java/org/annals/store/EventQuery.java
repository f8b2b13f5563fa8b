package org.annals.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which events {@link ArticleStore#events} returns, newest article first. Filters combine with AND.
 *
 * @param actor an actor code or code prefix on either side ("RUS" matches RUS, RUSGOV, RUSMIL)
 * @param source an actor code or prefix for the source; with {@code target} it names a dyad
 * @param target an actor code or prefix for the target
 * @param code a CAMEO code or prefix: "19" is the root, "190" the code and its children
 * @param from first publication date (inclusive); events get their own dates in a later release
 * @param to last publication date (inclusive)
 * @param includeUnasserted also negated and hypothetical events, which are stored but flagged
 */
public record EventQuery(
    Optional<String> actor,
    Optional<String> source,
    Optional<String> target,
    Optional<String> code,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    boolean includeUnasserted,
    int limit,
    int offset,
    Optional<Near> near) {
  public static final int MAX_LIMIT = 100_000;

  /** Events whose place lies within {@code radiusKm} of a point. */
  public record Near(double lat, double lon, double radiusKm) {
    public Near {
      if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
        throw new IllegalArgumentException("not a point: " + lat + "," + lon);
      }
      if (!(radiusKm > 0 && radiusKm <= 20_040)) {
        throw new IllegalArgumentException("the radius is 0..20040 km, got " + radiusKm);
      }
    }
  }

  /** A query without a place filter. */
  public EventQuery(
      Optional<String> actor,
      Optional<String> source,
      Optional<String> target,
      Optional<String> code,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      boolean includeUnasserted,
      int limit,
      int offset) {
    this(actor, source, target, code, from, to, includeUnasserted, limit, offset, Optional.empty());
  }

  /** This query, only events within a radius of a point. */
  public EventQuery within(Near n) {
    return new EventQuery(
        actor, source, target, code, from, to, includeUnasserted, limit, offset, Optional.of(n));
  }

  public EventQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    code.ifPresent(
        c -> {
          if (!c.matches("\\d{2,4}")) {
            throw new IllegalArgumentException(
                "a CAMEO code or root has 2 to 4 digits (e.g. 19 or 190), got '" + c + "'");
          }
        });
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
    }
  }

  /** Every event (asserted ones, or all with {@code includeUnasserted}), as many as allowed. */
  public static EventQuery everything(boolean includeUnasserted) {
    return new EventQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        includeUnasserted,
        MAX_LIMIT,
        0);
  }

  /** Every asserted event, first page. */
  public static EventQuery all() {
    return new EventQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        50,
        0);
  }
}
