package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of candidate actors and their reviews. */
final class CandidateQueries {
  private CandidateQueries() {}

  static List<CandidateSummary> candidates(
      Connection c, Optional<String> key, boolean includeReviewed, int limit) throws SQLException {
    String sql =
        "SELECT c.name_key, mode(c.name) AS name, mode(c.ner_type) AS ner_type,"
            + " count(*)::INTEGER AS mentions, count(DISTINCT c.article_id)::INTEGER AS articles,"
            + " mode(c.country) AS country, mode(c.sector) AS sector,"
            + " mode(c.likely_code) AS likely_code, mode(c.cue) AS cue,"
            + " min(a.published_date) AS first, max(a.published_date) AS last,"
            + " arg_min(c.article_id, coalesce(a.published_date, DATE '9999-12-31')) AS ex_article,"
            + " arg_min(s.text, coalesce(a.published_date, DATE '9999-12-31')) AS ex_sentence,"
            + " string_agg(DISTINCT c.event_code, ',' ORDER BY c.event_code) AS codes,"
            + " any_value(r.status) AS status, any_value(r.code) AS code"
            + " FROM candidate_actors c JOIN articles a ON a.id = c.article_id"
            + " JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence_idx"
            + " LEFT JOIN actor_reviews r ON r.name_key = c.name_key"
            + " WHERE "
            + Queries.IS_LATEST
            + (includeReviewed ? "" : " AND r.name_key IS NULL")
            + (key.isPresent() ? " AND c.name_key = ?" : "")
            + " GROUP BY c.name_key ORDER BY mentions DESC, articles DESC, name LIMIT ?";
    List<CandidateSummary> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = 0;
      if (key.isPresent()) {
        p.setString(++i, key.get());
      }
      p.setInt(++i, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String codes = r.getString("codes");
          out.add(
              new CandidateSummary(
                  r.getString("name_key"),
                  r.getString("name"),
                  r.getString("ner_type"),
                  r.getInt("mentions"),
                  r.getInt("articles"),
                  Sql.optionalString(r, "country"),
                  Sql.optionalString(r, "sector"),
                  Sql.optionalString(r, "likely_code"),
                  Sql.optionalString(r, "cue"),
                  Optional.ofNullable(r.getDate("first")).map(java.sql.Date::toLocalDate),
                  Optional.ofNullable(r.getDate("last")).map(java.sql.Date::toLocalDate),
                  r.getString("ex_article"),
                  r.getString("ex_sentence"),
                  codes == null ? List.of() : List.of(codes.split(",")),
                  Sql.optionalString(r, "status"),
                  Sql.optionalString(r, "code")));
        }
      }
    }
    return out;
  }

  static void review(
      Connection c,
      LocalDateTime now,
      String key,
      String status,
      Optional<String> code,
      Optional<String> entry)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO actor_reviews (name_key, status, code, entry, reviewed_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name_key) DO UPDATE SET"
                + " status = excluded.status, code = excluded.code, entry = excluded.entry,"
                + " reviewed_at = excluded.reviewed_at")) {
      p.setString(1, key);
      p.setString(2, status);
      p.setString(3, code.orElse(null));
      p.setString(4, entry.orElse(null));
      p.setObject(5, now);
      p.executeUpdate();
    }
  }
}
