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
 * @param from the first day (inclusive) of the event's own date; an undated event's publication
 *     date stands in
 * @param to the last day (inclusive), likewise
 * @param includeUnasserted also negated and hypothetical events, which are stored but flagged
 * @param near only events placed within a radius of a point
 * @param quad only events of this QuadClass (1..4)
 * @param text only events whose sentence contains these words (any case)
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
    Optional<Near> near,
    Optional<Integer> quad,
    Optional<String> text) {
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

  /** A query without a place, QuadClass or text filter. */
  public EventQuery(
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
    this(
        actor,
        source,
        target,
        code,
        from,
        to,
        includeUnasserted,
        limit,
        offset,
        near,
        Optional.empty(),
        Optional.empty());
  }

  /** This query, only events within a radius of a point. */
  public EventQuery within(Near n) {
    return new EventQuery(
        actor,
        source,
        target,
        code,
        from,
        to,
        includeUnasserted,
        limit,
        offset,
        Optional.of(n),
        quad,
        text);
  }

  /** This query, only events of a QuadClass (1..4). */
  public EventQuery inQuadClass(int quadClass) {
    return new EventQuery(
        actor,
        source,
        target,
        code,
        from,
        to,
        includeUnasserted,
        limit,
        offset,
        near,
        Optional.of(quadClass),
        text);
  }

  /** This query, only events whose sentence contains {@code words}, in any case. */
  public EventQuery containing(String words) {
    return new EventQuery(
        actor,
        source,
        target,
        code,
        from,
        to,
        includeUnasserted,
        limit,
        offset,
        near,
        quad,
        Optional.of(words));
  }

  /** This query, another page. */
  public EventQuery page(int newLimit, int newOffset) {
    return new EventQuery(
        actor,
        source,
        target,
        code,
        from,
        to,
        includeUnasserted,
        newLimit,
        newOffset,
        near,
        quad,
        text);
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
    quad.ifPresent(
        q -> {
          if (q < 1 || q > 4) {
            throw new IllegalArgumentException("a QuadClass is 1..4, got " + q);
          }
        });
    if (text.isPresent() && text.get().isBlank()) {
      throw new IllegalArgumentException("a text filter needs some words, got a blank one");
    }
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
