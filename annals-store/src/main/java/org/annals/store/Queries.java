package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.model.ArticleId;
import org.annals.model.Language;
import org.annals.model.OffsetMap;
import org.annals.model.Problem;
import org.annals.model.SourceRef;
import org.annals.model.Stage;

/** Read-only queries behind the CLI. Stateless; the caller owns the connection. */
final class Queries {
  /** True for the row {@code a} of {@code articles} that is the latest version at its URL. */
  static final String IS_LATEST =
      "NOT EXISTS (SELECT 1 FROM articles newer"
          + " WHERE newer.canonical_url = a.canonical_url AND newer.version > a.version)";

  private static final String ORDER = " ORDER BY published_date DESC NULLS LAST, id";

  private Queries() {}

  static boolean contains(Connection c, String canonicalUrl, String contentSha256)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT 1 FROM articles WHERE canonical_url = ? AND content_sha256 = ? LIMIT 1")) {
      p.setString(1, canonicalUrl);
      p.setString(2, contentSha256);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  static List<ArticleSummary> listArticles(Connection c, ArticleQuery q) throws SQLException {
    String sql =
        "WITH page AS (SELECT id, canonical_url, version, title, outlet, published_date,"
            + " published_precision, published_evidence, published_method, published_inferred,"
            + " language, language_confidence, token_count, offset_map FROM articles a"
            + (q.allVersions() ? "" : " WHERE " + IS_LATEST)
            + ORDER
            + " LIMIT ? OFFSET ?)"
            + " SELECT page.*,"
            + " (SELECT count(*) FROM sentences s WHERE s.article_id = page.id) AS sentence_count,"
            + " (SELECT count(*) FROM entity_mentions m WHERE m.article_id = page.id)"
            + " AS entity_count"
            + " FROM page"
            + ORDER;
    List<ArticleSummary> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(1, q.limit());
      p.setInt(2, q.offset());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString("id");
          out.add(
              new ArticleSummary(
                  new ArticleId(id),
                  r.getString("canonical_url"),
                  r.getInt("version"),
                  Sql.optionalString(r, "title"),
                  Sql.optionalString(r, "outlet"),
                  ArticleReader.published(r, "article " + id),
                  new Language(r.getString("language"), r.getDouble("language_confidence")),
                  r.getInt("sentence_count"),
                  r.getInt("entity_count"),
                  r.getInt("token_count"),
                  OffsetMap.decode(r.getBytes("offset_map")).length()));
        }
      }
    }
    return out;
  }

  static List<QuarantineEntry> quarantine(Connection c, int limit) throws SQLException {
    List<QuarantineEntry> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT * FROM quarantine ORDER BY last_seen DESC, id DESC LIMIT ?")) {
      p.setInt(1, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String where = "quarantine entry " + r.getLong("id");
          out.add(
              new QuarantineEntry(
                  r.getLong("id"),
                  new SourceRef(
                      r.getString("source_path"), r.getString("locator"), r.getLong("byte_offset")),
                  Sql.fromLabel(Stage.class, r.getString("stage"), where),
                  Sql.fromLabel(Problem.Severity.class, r.getString("severity"), where),
                  r.getString("reason"),
                  r.getString("raw_sha256"),
                  Times.fromDb(Sql.timestamp(r, "first_seen")),
                  Times.fromDb(Sql.timestamp(r, "last_seen")),
                  r.getInt("times_seen"),
                  Sql.optionalLong(r, "last_run_id")));
        }
      }
    }
    return out;
  }

  static StoreStats stats(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT"
                    + " (SELECT count(DISTINCT canonical_url) FROM articles),"
                    + " (SELECT count(*) FROM articles),"
                    + " (SELECT count(*) FROM sentences),"
                    + " (SELECT count(*) FROM entity_mentions),"
                    + " (SELECT count(*) FROM time_expressions),"
                    + " (SELECT count(*) FROM quarantine WHERE severity = 'error'),"
                    + " (SELECT count(*) FROM quarantine WHERE severity = 'warning'),"
                    + " (SELECT count(*) FROM ingest_runs)")) {
      r.next();
      return new StoreStats(
          r.getLong(1),
          r.getLong(2),
          r.getLong(3),
          r.getLong(4),
          r.getLong(5),
          r.getLong(6),
          r.getLong(7),
          r.getLong(8));
    }
  }

  /** Articles (distinct URLs, each at its first version's date) per publication day. */
  static java.util.SortedMap<java.time.LocalDate, Long> articlesPerDay(Connection c)
      throws SQLException {
    java.util.SortedMap<java.time.LocalDate, Long> out = new java.util.TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT day, count(*) FROM (SELECT canonical_url, min(published_date) AS day"
                    + " FROM articles GROUP BY canonical_url) WHERE day IS NOT NULL"
                    + " GROUP BY day")) {
      while (r.next()) {
        out.put(r.getObject(1, java.time.LocalDate.class), r.getLong(2));
      }
    }
    return out;
  }

  static List<EntityCount> topEntities(Connection c, Optional<String> type, int limit)
      throws SQLException {
    String sql =
        "SELECT m.text, m.type, count(*) AS n FROM entity_mentions m"
            + " JOIN articles a ON a.id = m.article_id WHERE "
            + IS_LATEST
            + (type.isPresent() ? " AND m.type = ?" : "")
            + " GROUP BY m.text, m.type ORDER BY n DESC, m.text, m.type LIMIT ?";
    List<EntityCount> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = 0;
      if (type.isPresent()) {
        p.setString(++i, type.get().strip().toUpperCase(Locale.ROOT));
      }
      p.setInt(++i, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new EntityCount(r.getString(1), r.getString(2), r.getLong(3)));
        }
      }
    }
    return out;
  }

  static List<IngestRun> runs(Connection c, int limit) throws SQLException {
    List<IngestRun> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT * FROM ingest_runs ORDER BY id DESC LIMIT ?")) {
      p.setInt(1, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long id = r.getLong("id");
          out.add(
              new IngestRun(
                  id,
                  Times.fromDb(Sql.timestamp(r, "started_at")),
                  Optional.ofNullable(Sql.timestamp(r, "finished_at")).map(Times::fromDb),
                  Json.parseStrings(r.getString("inputs"), "inputs of ingest run " + id),
                  new RunCounts(
                      r.getLong("added"),
                      r.getLong("unchanged"),
                      r.getLong("new_versions"),
                      r.getLong("quarantined"),
                      r.getLong("warnings")),
                  r.getString("status")));
        }
      }
    }
    return out;
  }
}
