package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.annals.store.ResolveRows.ArticleFeatures;
import org.annals.store.ResolveRows.EventGroup;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.ResolveRows.MergeOverride;
import org.annals.store.ResolveRows.ResolvedMention;
import org.annals.store.ResolveRows.StoryRow;

/** SQL of the RESOLVE stage: merge links, article features, stories. */
final class ResolveQueries {
  private ResolveQueries() {}

  static final String EVENT_COLUMNS =
      "SELECT e.*, a.canonical_url, a.title, a.outlet, a.published_date, s.text AS sentence_text";

  static final String EVENT_JOINS =
      " FROM events e JOIN articles a ON a.id = e.article_id"
          + " JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx";

  /**
   * Latest article versions that have no features yet, oldest publication first, then in input
   * order (file, byte offset) and by id: not in storing order, which depends on which worker thread
   * finished first, so that two ingests of the same files resolve alike (and as the Spark job
   * does).
   */
  static List<String> articlesToResolve(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT a.id FROM articles a WHERE "
                    + Queries.IS_LATEST
                    + " AND NOT EXISTS (SELECT 1 FROM article_features f WHERE f.article_id = a.id)"
                    + " ORDER BY a.published_date NULLS LAST, a.source_path, a.source_byte_offset, a.id")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** An article's events, flagged ones included, in coding order. */
  static List<StoredEvent> eventsOf(Connection c, String articleId) throws SQLException {
    List<StoredEvent> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            EVENT_COLUMNS
                + EVENT_JOINS
                // the same id on every table, so each scan is filtered, not only the events'
                + " WHERE e.article_id = ? AND a.id = ? AND s.article_id = ? ORDER BY e.idx")) {
      p.setString(1, articleId);
      p.setString(2, articleId);
      p.setString(3, articleId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(EventQueries.read(r));
        }
      }
    }
    return out;
  }

  static Optional<ArticleFeatures> features(Connection c, String articleId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT * FROM article_features WHERE article_id = ?")) {
      p.setString(1, articleId);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        String where = "article_features of " + articleId;
        double cs = r.getDouble("copy_similarity");
        boolean csNull = r.wasNull();
        double ss = r.getDouble("story_similarity");
        boolean ssNull = r.wasNull();
        return Optional.of(
            new ArticleFeatures(
                articleId,
                r.getBytes("minhash"),
                Sql.optionalString(r, "copy_of"),
                csNull ? OptionalDouble.empty() : OptionalDouble.of(cs),
                r.getString("copy_group"),
                Sql.optionalString(r, "story_id"),
                ssNull ? OptionalDouble.empty() : OptionalDouble.of(ss),
                Json.parseCounts(r.getString("terms"), where),
                Json.parseLabels(r.getString("labels"), where)));
      }
    }
  }

  /** Document frequencies of terms, and the number of articles counted. */
  static Map<String, Long> documentFrequencies(Connection c, Collection<String> terms)
      throws SQLException {
    Map<String, Long> out = new HashMap<>();
    if (terms.isEmpty()) {
      return out;
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT term, df FROM term_df WHERE term IN (SELECT unnest(?::VARCHAR[]))")) {
      p.setObject(1, c.createArrayOf("VARCHAR", new LinkedHashSet<>(terms).toArray(String[]::new)));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getLong(2));
        }
      }
    }
    return out;
  }

  static long featureCount(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM article_features")) {
      r.next();
      return r.getLong(1);
    }
  }

  static List<StoryRow> stories(Connection c, Optional<String> id) throws SQLException {
    return stories(c, id, Optional.empty());
  }

  /** Stories (one, or all), or those whose span reaches {@code since} or has no dates. */
  static List<StoryRow> stories(Connection c, Optional<String> id, Optional<LocalDate> since)
      throws SQLException {
    List<StoryRow> out = new ArrayList<>();
    String sql =
        "SELECT * FROM stories"
            + (id.isPresent() ? " WHERE id = ?" : "")
            + (since.isPresent()
                ? " WHERE first_date IS NULL OR last_date IS NULL OR last_date >= ?"
                : "")
            + " ORDER BY last_date DESC NULLS LAST, id";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (id.isPresent()) {
        p.setString(1, id.get());
      } else if (since.isPresent()) {
        p.setObject(1, since.get());
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String where = "stories " + r.getString("id");
          out.add(
              new StoryRow(
                  r.getString("id"),
                  r.getString("title"),
                  Json.parseWeights(r.getString("centroid"), where),
                  Json.parseLabels(r.getString("labels"), where),
                  r.getInt("articles"),
                  Optional.ofNullable(r.getDate("first_date")).map(java.sql.Date::toLocalDate),
                  Optional.ofNullable(r.getDate("last_date")).map(java.sql.Date::toLocalDate)));
        }
      }
    }
    return out;
  }

  /** {@code n} fresh story ids, in order. */
  static List<String> nextStoryIds(Connection c, int n) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT nextval('story_numbers') AS n FROM range(?) ORDER BY n")) {
      p.setLong(1, n);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add("st_" + r.getLong(1));
        }
      }
    }
    return out;
  }

  /** Articles of a story, oldest first. */
  static List<String> storyArticles(Connection c, String storyId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT f.article_id FROM article_features f JOIN articles a ON a.id = f.article_id"
                + " WHERE f.story_id = ? ORDER BY a.published_date NULLS LAST, a.id")) {
      p.setString(1, storyId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }

  /** Resolved, asserted mentions in the articles of a near-duplicate group. */
  static List<ResolvedMention> inCopyGroup(Connection c, String copyGroup) throws SQLException {
    return resolved(
        c,
        " WHERE NOT e.negated AND NOT e.hypothetical"
            + " AND l.method NOT IN ('unasserted', 'superseded')"
            + " AND l.copy_group = ?",
        List.of(copyGroup));
  }

  /** Live mentions in earlier versions of an article (same URL, lower version). */
  static List<ResolvedMention> earlierVersions(Connection c, String articleId) throws SQLException {
    return resolved(
        c,
        " WHERE l.method <> 'superseded'"
            + " AND a.canonical_url = (SELECT canonical_url FROM articles WHERE id = ?)"
            + " AND a.version < (SELECT version FROM articles WHERE id = ?)",
        List.of(articleId, articleId));
  }

  /** One resolved mention by its id. */
  static Optional<ResolvedMention> mention(Connection c, String mentionId) throws SQLException {
    return resolved(c, " WHERE e.id = ?", List.of(mentionId)).stream().findFirst();
  }

  /** All mentions of a real event, first report first. */
  static List<ResolvedMention> mentionsOf(Connection c, String mergedId) throws SQLException {
    return resolved(c, " WHERE e.merged_id = ? AND l.method <> 'superseded'", List.of(mergedId));
  }

  /** The merge link's columns, as {@link #decision} reads them (after {@link #EVENT_COLUMNS}). */
  static final String LINK_COLUMNS =
      ", l.merged_id AS l_merged_id, l.matched_id, l.score, l.evidence, l.method,"
          + " l.representative, l.copy_group, l.trigger_lemma, l.terms, l.numbers";

  private static List<ResolvedMention> resolved(Connection c, String where, List<Object> args)
      throws SQLException {
    List<ResolvedMention> out = new ArrayList<>();
    String sql =
        EVENT_COLUMNS
            + LINK_COLUMNS
            + EVENT_JOINS
            + " JOIN merge_links l ON l.mention_id = e.id"
            + where
            + " ORDER BY a.published_date NULLS LAST, e.article_id, e.idx";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      EventQueries.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new ResolvedMention(EventQueries.read(r), decision(r)));
        }
      }
    }
    return out;
  }

  static MergeDecision decision(ResultSet r) throws SQLException {
    String where = "merge_links of " + r.getString("id");
    double score = r.getDouble("score");
    boolean noScore = r.wasNull();
    return new MergeDecision(
        r.getString("id"),
        r.getString("l_merged_id"),
        Sql.optionalString(r, "matched_id"),
        noScore ? OptionalDouble.empty() : OptionalDouble.of(score),
        r.getString("evidence"),
        r.getString("method"),
        r.getBoolean("representative"),
        r.getString("copy_group"),
        r.getString("trigger_lemma"),
        Json.parseStrings(r.getString("terms"), where),
        Json.parseStrings(r.getString("numbers"), where));
  }

  static List<MergeOverride> overrides(Connection c) throws SQLException {
    List<MergeOverride> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT mention_id, kind, merged_id FROM merge_overrides ORDER BY created_at")) {
      while (r.next()) {
        out.add(new MergeOverride(r.getString(1), r.getString(2), r.getString(3)));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ writes

  static void addOverride(Connection c, LocalDateTime now, MergeOverride o) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO merge_overrides (mention_id, kind, merged_id, created_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      p.setString(1, o.mentionId());
      p.setString(2, o.kind());
      p.setString(3, o.mergedId());
      p.setObject(4, now);
      p.executeUpdate();
    }
  }

  // ------------------------------------------------------------------ real events

  static final String GROUP_STATS =
      " JOIN (SELECT gid, sum(n)::INTEGER AS n_mentions, sum(arts)::INTEGER AS n_articles,"
          + " count(*)::INTEGER AS n_sources,"
          + " 1 - exp(sum(ln(1 - least(c, 0.99)))) AS g_confidence FROM ("
          + "   SELECT m.merged_id AS gid, ml.copy_group, count(*) AS n,"
          + "   count(DISTINCT m.article_id) AS arts, max(m.confidence) AS c"
          + "   FROM events m JOIN merge_links ml ON ml.mention_id = m.id"
          + "   WHERE ml.method <> 'superseded'"
          + "   GROUP BY m.merged_id, ml.copy_group) GROUP BY gid) g ON g.gid = e.merged_id"
          // outlets over all live reports: two outlets carrying one copy are two outlets
          + " JOIN (SELECT m.merged_id AS oid, count(DISTINCT ma.outlet)::INTEGER AS n_outlets"
          + "   FROM events m JOIN merge_links ml ON ml.mention_id = m.id"
          + "   JOIN articles ma ON ma.id = m.article_id WHERE ml.method <> 'superseded'"
          + "   GROUP BY m.merged_id) o ON o.oid = e.merged_id"
          + " JOIN merge_links l ON l.mention_id = e.id AND l.representative"
          + " LEFT JOIN article_features af ON af.article_id = e.article_id";

  /** The WHERE clause of a real-event query; appends its arguments. */
  private static StringBuilder groupWhere(
      EventQuery q,
      double minConfidence,
      Optional<String> storyId,
      Optional<String> mergedId,
      List<Object> args) {
    StringBuilder where = EventQueries.where(q, args);
    where.append(" AND g.g_confidence >= ?");
    args.add(minConfidence);
    if (storyId.isPresent()) {
      where.append(" AND af.story_id = ?");
      args.add(storyId.get());
    }
    if (mergedId.isPresent()) {
      where.append(" AND (e.merged_id = ? OR e.merged_id LIKE ?)");
      args.add(mergedId.get());
      args.add(mergedId.get() + "%");
    }
    return where;
  }

  /** How many real events match a query (its limit and offset aside). */
  static long countGroups(
      Connection c, EventQuery q, double minConfidence, Optional<String> storyId)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = groupWhere(q, minConfidence, storyId, Optional.empty(), args);
    String sql = "SELECT count(*)" + EVENT_JOINS + GROUP_STATS + where;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      EventQueries.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * Real events matching a query: each by its representative mention, with counts over its
   * mentions.
   */
  static List<EventGroup> groups(
      Connection c,
      EventQuery q,
      double minConfidence,
      Optional<String> storyId,
      Optional<String> mergedId)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = groupWhere(q, minConfidence, storyId, mergedId, args);
    String sql =
        EVENT_COLUMNS
            + ", g.*, o.n_outlets, af.story_id AS g_story"
            + EVENT_JOINS
            + GROUP_STATS
            + where
            + " ORDER BY coalesce(e.date_start, a.published_date) DESC NULLS LAST, e.merged_id"
            + " LIMIT ? OFFSET ?";
    List<EventGroup> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      int i = EventQueries.bind(p, args);
      p.setInt(++i, q.limit());
      p.setInt(++i, q.offset());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new EventGroup(
                  r.getString("merged_id"),
                  EventQueries.read(r),
                  r.getInt("n_mentions"),
                  r.getInt("n_articles"),
                  r.getInt("n_sources"),
                  r.getInt("n_outlets"),
                  r.getDouble("g_confidence"),
                  Sql.optionalString(r, "g_story")));
        }
      }
    }
    return out;
  }

  /** How many mentions are not resolved yet. */
  static long unresolved(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM events WHERE merged_id IS NULL")) {
      r.next();
      return r.getLong(1);
    }
  }
}
