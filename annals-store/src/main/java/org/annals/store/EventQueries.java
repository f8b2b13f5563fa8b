package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.CodedEvent;
import org.annals.model.DatePrecision;
import org.annals.model.EventActor;
import org.annals.model.EventDate;
import org.annals.model.EventEvidence;
import org.annals.model.EventFlags;
import org.annals.model.EventPlace;
import org.annals.model.EventType;
import org.annals.model.PloverType;

/** Reads the {@code events} table (latest article versions only). */
final class EventQueries {
  private EventQueries() {}

  static List<StoredEvent> events(Connection c, EventQuery q) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = where(q, args);
    String sql =
        "SELECT e.*, a.canonical_url, a.title, a.outlet, a.published_date,"
            + " s.text AS sentence_text"
            + " FROM events e JOIN articles a ON a.id = e.article_id"
            + " JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx"
            + where
            + " ORDER BY a.published_date DESC NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?";
    List<StoredEvent> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = bind(p, args);
      p.setInt(++i, q.limit());
      p.setInt(++i, q.offset());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(read(r));
        }
      }
    }
    return out;
  }

  /** Binds arguments from the first parameter on; returns how many were bound. */
  static int bind(PreparedStatement p, List<Object> args) throws SQLException {
    int i = 0;
    for (Object arg : args) {
      p.setObject(++i, arg);
    }
    return i;
  }

  /**
   * The WHERE clause of a query over {@code events e JOIN articles a}: latest versions, and the
   * query's filters; appends the arguments to bind.
   */
  static StringBuilder where(EventQuery q, List<Object> args) {
    StringBuilder where = new StringBuilder(" WHERE " + Queries.IS_LATEST);
    if (!q.includeUnasserted()) {
      where.append(" AND NOT e.negated AND NOT e.hypothetical");
    }
    q.actor()
        .ifPresent(
            a -> {
              where.append(" AND (starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
              args.add(a);
              args.add(a);
            });
    q.source()
        .ifPresent(
            a -> {
              where.append(" AND starts_with(e.source_code, ?)");
              args.add(a);
            });
    q.target()
        .ifPresent(
            a -> {
              where.append(" AND starts_with(e.target_code, ?)");
              args.add(a);
            });
    q.code()
        .ifPresent(
            code -> {
              where.append(" AND starts_with(e.cameo_code, ?)");
              args.add(code);
            });
    q.from()
        .ifPresent(
            d -> {
              // the event's own last day; an undated event's upper bound, the publication date
              where.append(" AND coalesce(e.date_end, a.published_date) >= ?");
              args.add(d);
            });
    q.to()
        .ifPresent(
            d -> {
              where.append(" AND coalesce(e.date_start, a.published_date) <= ?");
              args.add(d);
            });
    q.near()
        .ifPresent(
            n -> {
              // great-circle distance (haversine, km) from the place to the event's place
              where.append(
                  " AND e.place_lat IS NOT NULL AND 2 * 6371.0088 * asin(least(1, sqrt("
                      + "pow(sin(radians(e.place_lat - ?) / 2), 2) + cos(radians(?))"
                      + " * cos(radians(e.place_lat)) * pow(sin(radians(e.place_lon - ?) / 2), 2)"
                      + "))) <= ?");
              args.add(n.lat());
              args.add(n.lat());
              args.add(n.lon());
              args.add(n.radiusKm());
            });
    q.quad()
        .ifPresent(
            quad -> {
              where.append(" AND e.quad_class = ?");
              args.add(quad);
            });
    q.text()
        .ifPresent(
            words -> {
              where.append(
                  " AND EXISTS (SELECT 1 FROM sentences st WHERE st.article_id = e.article_id"
                      + " AND st.idx = e.sentence_idx AND contains(lower(st.text), lower(?)))");
              args.add(words);
            });
    return where;
  }

  static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static EventDate date(ResultSet r) throws SQLException {
    Optional<LocalDate> published =
        Optional.ofNullable(r.getDate("published_date")).map(java.sql.Date::toLocalDate);
    DatePrecision precision =
        Sql.fromLabel(
            DatePrecision.class,
            r.getString("date_precision"),
            "events.date_precision of " + r.getString("id"));
    if (precision == DatePrecision.UNKNOWN) {
      return EventDate.unknown(published);
    }
    return EventDate.of(
        r.getDate("date_start").toLocalDate(),
        r.getDate("date_end").toLocalDate(),
        precision,
        new EventDate.Evidence(
            r.getString("date_evidence"),
            new CharSpan(r.getInt("date_evidence_char_start"), r.getInt("date_evidence_char_end"))),
        published);
  }

  private static Optional<EventPlace> place(ResultSet r) throws SQLException {
    String id = r.getString("place_id");
    if (id == null) {
      return Optional.empty();
    }
    String where = "events.place_* of " + r.getString("id");
    return Optional.of(
        new EventPlace(
            id,
            r.getString("place_name"),
            r.getString("place_text"),
            r.getDouble("place_lat"),
            r.getDouble("place_lon"),
            Sql.optionalString(r, "place_country"),
            Sql.fromLabel(EventPlace.Precision.class, r.getString("place_precision"), where),
            Sql.fromLabel(EventPlace.Basis.class, r.getString("place_basis"), where),
            new CharSpan(r.getInt("place_char_start"), r.getInt("place_char_end")),
            r.getDouble("place_confidence")));
  }

  static StoredEvent read(ResultSet r) throws SQLException {
    EventActor source =
        new EventActor(
            r.getString("source_code"),
            r.getString("source_name"),
            r.getString("source_text"),
            Sql.optionalString(r, "source_country"),
            Sql.optionalString(r, "source_sector"),
            new CharSpan(r.getInt("source_char_start"), r.getInt("source_char_end")),
            r.getString("source_resolution"),
            List.of());
    Optional<EventActor> target = Optional.empty();
    if (r.getString("target_code") != null) {
      target =
          Optional.of(
              new EventActor(
                  r.getString("target_code"),
                  r.getString("target_name"),
                  r.getString("target_text"),
                  Sql.optionalString(r, "target_country"),
                  Sql.optionalString(r, "target_sector"),
                  new CharSpan(r.getInt("target_char_start"), r.getInt("target_char_end")),
                  r.getString("target_resolution"),
                  List.of()));
    }
    CodedEvent e =
        new CodedEvent(
            r.getString("codebook"),
            source,
            target,
            new EventType(
                r.getString("cameo_code"),
                r.getString("cameo_name"),
                r.getDouble("goldstein"),
                r.getInt("quad_class")),
            new PloverType(
                r.getString("plover_event"),
                r.getString("plover_mode"),
                Json.parseStrings(r.getString("plover_context"), "event " + r.getString("id"))),
            new EventFlags(
                r.getBoolean("reported_speech"),
                r.getBoolean("negated"),
                r.getBoolean("hypothetical")),
            r.getDouble("confidence"),
            new EventEvidence(
                r.getInt("sentence_idx"),
                new CharSpan(r.getInt("sentence_char_start"), r.getInt("sentence_char_end")),
                new CharSpan(r.getInt("trigger_char_start"), r.getInt("trigger_char_end")),
                r.getString("pattern")),
            date(r),
            place(r));
    java.sql.Date published = r.getDate("published_date");
    return new StoredEvent(
        r.getString("id"),
        r.getString("article_id"),
        r.getString("canonical_url"),
        Sql.optionalString(r, "title"),
        Sql.optionalString(r, "outlet"),
        Optional.ofNullable(published).map(java.sql.Date::toLocalDate),
        r.getString("sentence_text"),
        e,
        new CharSpan(r.getInt("sentence_raw_start"), r.getInt("sentence_raw_end")),
        new CharSpan(r.getInt("trigger_raw_start"), r.getInt("trigger_raw_end")),
        r.getString("coder"));
  }
}
