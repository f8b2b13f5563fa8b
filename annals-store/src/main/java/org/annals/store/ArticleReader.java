package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.AnnotatedText;
import org.annals.model.ArticleId;
import org.annals.model.CharSpan;
import org.annals.model.CleanText;
import org.annals.model.ContentType;
import org.annals.model.DatePrecision;
import org.annals.model.EntityMention;
import org.annals.model.Language;
import org.annals.model.OffsetMap;
import org.annals.model.PublishedDate;
import org.annals.model.Sentence;
import org.annals.model.SourceRef;
import org.annals.model.TimeExpression;

/** Finds articles by id prefix and loads them whole. Stateless; the caller owns the connection. */
final class ArticleReader {
  /** Shortest id prefix accepted, counting a leading {@code a_}. */
  static final int MIN_PREFIX = 4;

  private static final int MAX_CANDIDATES = 10;

  private ArticleReader() {}

  /**
   * The article whose id is or starts with {@code idOrPrefix}; the {@code a_} may be left out.
   *
   * @throws IllegalArgumentException if the prefix is shorter than {@value #MIN_PREFIX} chars
   * @throws AmbiguousIdException if several articles match
   */
  static Optional<StoredArticle> find(Connection c, String idOrPrefix) throws SQLException {
    String given = idOrPrefix.strip();
    if (given.length() < MIN_PREFIX) {
      throw new IllegalArgumentException(
          "give at least "
              + MIN_PREFIX
              + " characters of the article id (e.g. a_3f9c), got '"
              + given
              + "'");
    }
    String prefix = given.startsWith("a_") ? given : "a_" + given;
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT "
                + (MAX_CANDIDATES + 1))) {
      p.setString(1, prefix);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    if (ids.size() > 1) {
      boolean more = ids.size() > MAX_CANDIDATES;
      throw new AmbiguousIdException(
          given, ids.subList(0, Math.min(ids.size(), MAX_CANDIDATES)), more);
    }
    return Optional.of(load(c, ids.get(0)));
  }

  private static StoredArticle load(Connection c, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new StoreException("article " + id + " vanished while being read; try again");
        }
        String where = "article " + id;
        CleanText clean =
            new CleanText(r.getString("clean_text"), OffsetMap.decode(r.getBytes("offset_map")));
        AnnotatedText annotation =
            new AnnotatedText(
                r.getString("annotator"), sentences(c, id), mentions(c, id), times(c, id));
        return new StoredArticle(
            new ArticleId(id),
            r.getString("canonical_url"),
            r.getInt("version"),
            r.getString("content_sha256"),
            new SourceRef(
                r.getString("source_path"),
                r.getString("source_locator"),
                r.getLong("source_byte_offset")),
            Sql.optionalString(r, "raw_sha256"),
            r.getLong("raw_byte_length"),
            Sql.fromLabel(ContentType.class, r.getString("content_type"), where),
            Sql.optionalString(r, "charset"),
            r.getString("raw_text"),
            clean,
            Sql.optionalString(r, "title"),
            Sql.optionalString(r, "outlet"),
            published(r, where),
            Sql.optionalString(r, "declared_published"),
            Sql.optionalString(r, "fetched"),
            new Language(r.getString("language"), r.getDouble("language_confidence")),
            Sql.optionalString(r, "duplicate_of").map(ArticleId::new),
            Json.parseRemovals(r.getString("removals"), where + " removals"),
            Json.parseStrings(r.getString("warnings"), where + " warnings"),
            annotation,
            Times.fromDb(Sql.timestamp(r, "ingested_at")),
            Sql.optionalLong(r, "run_id"));
      }
    }
  }

  /** The publication date from the {@code published_*} columns of the current row. */
  static PublishedDate published(ResultSet r, String where) throws SQLException {
    return new PublishedDate(
        Optional.ofNullable(r.getObject("published_date", LocalDate.class)),
        Sql.fromLabel(DatePrecision.class, r.getString("published_precision"), where),
        r.getString("published_evidence"),
        r.getString("published_method"),
        r.getBoolean("published_inferred"));
  }

  private static List<Sentence> sentences(Connection c, String id) throws SQLException {
    List<Sentence> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT idx, char_start, char_end, parsed, tokens, dependencies"
                + " FROM sentences WHERE article_id = ? ORDER BY idx")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String where = "sentence " + r.getInt("idx") + " of article " + id;
          out.add(
              new Sentence(
                  r.getInt("idx"),
                  new CharSpan(r.getInt("char_start"), r.getInt("char_end")),
                  Json.parseTokens(r.getString("tokens"), where + " tokens"),
                  Json.parseDependencies(r.getString("dependencies"), where + " dependencies"),
                  r.getBoolean("parsed")));
        }
      }
    }
    return out;
  }

  private static List<EntityMention> mentions(Connection c, String id) throws SQLException {
    List<EntityMention> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT sentence_idx, char_start, char_end, text, type"
                + " FROM entity_mentions WHERE article_id = ? ORDER BY idx")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new EntityMention(
                  r.getInt("sentence_idx"),
                  new CharSpan(r.getInt("char_start"), r.getInt("char_end")),
                  r.getString("text"),
                  r.getString("type")));
        }
      }
    }
    return out;
  }

  private static List<TimeExpression> times(Connection c, String id) throws SQLException {
    List<TimeExpression> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT sentence_idx, char_start, char_end, text, type, value, anchored"
                + " FROM time_expressions WHERE article_id = ? ORDER BY idx")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new TimeExpression(
                  r.getInt("sentence_idx"),
                  new CharSpan(r.getInt("char_start"), r.getInt("char_end")),
                  r.getString("text"),
                  r.getString("type"),
                  Sql.optionalString(r, "value"),
                  r.getBoolean("anchored")));
        }
      }
    }
    return out;
  }
}
