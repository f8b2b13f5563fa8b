package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.CleanArticle;
import org.annals.model.CleanText;
import org.annals.model.EntityMention;
import org.annals.model.Problem;
import org.annals.model.PublishedDate;
import org.annals.model.RawArticle;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;

/**
 * Writes one batch inside the caller's transaction. It first loads what the store knows about the
 * batch's URLs and contents (two queries), decides every article's outcome in memory (seeing the
 * batch's own earlier articles), then inserts all rows with multi-row statements. Not thread-safe;
 * one per batch.
 */
final class BatchWriter {
  /** Keeps IN lists and statements to a modest size. */
  private static final int LOOKUP_CHUNK = 500;

  private static final Pattern ARTICLE_ID = Pattern.compile("a_[0-9a-f]{16}");

  private static final String UPSERT_PROBLEM =
      "INSERT INTO quarantine (source_path, locator, byte_offset, stage, severity, reason,"
          + " raw_sha256, first_seen, last_seen, times_seen, last_run_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
          + " ON CONFLICT (source_path, locator, stage, reason, raw_sha256) DO UPDATE SET"
          + " last_seen = excluded.last_seen, times_seen = quarantine.times_seen + 1,"
          + " last_run_id = excluded.last_run_id, severity = excluded.severity,"
          + " byte_offset = excluded.byte_offset";

  private final Connection connection;
  private final long runId;
  private final LocalDateTime now;

  /** URL → content hash → version, for the batch's URLs: stored rows and this batch's. */
  private final Map<String, Map<String, Integer>> versionsByUrl = new HashMap<>();

  /** Content hash → id of the first article with that content, stored or in this batch. */
  private final Map<String, String> originalBySha = new HashMap<>();

  /** Articles whose rows are buffered, by id, to name the one the database refuses. */
  private final Map<String, CleanArticle> buffered = new HashMap<>();

  private final RowInserter articles =
      new RowInserter(
          "articles",
          List.of(
              "id",
              "canonical_url",
              "version",
              "content_sha256",
              "raw_sha256",
              "raw_byte_length",
              "source_path",
              "source_locator",
              "source_byte_offset",
              "content_type",
              "charset",
              "raw_text",
              "clean_text",
              "offset_map",
              "title",
              "outlet",
              "published_date",
              "published_precision",
              "published_evidence",
              "published_method",
              "published_inferred",
              "declared_published",
              "fetched",
              "language",
              "language_confidence",
              "duplicate_of",
              "removals",
              "warnings",
              "annotator",
              "token_count",
              "ingested_at",
              "run_id"),
          20);
  private final RowInserter sentences =
      new RowInserter(
          "sentences",
          List.of(
              "article_id",
              "idx",
              "char_start",
              "char_end",
              "raw_start",
              "raw_end",
              "text",
              "parsed",
              "tokens",
              "dependencies"),
          100);
  private final RowInserter mentions =
      new RowInserter(
          "entity_mentions",
          List.of(
              "article_id",
              "idx",
              "sentence_idx",
              "char_start",
              "char_end",
              "raw_start",
              "raw_end",
              "text",
              "type"),
          200);
  private final RowInserter times =
      new RowInserter(
          "time_expressions",
          List.of(
              "article_id",
              "idx",
              "sentence_idx",
              "char_start",
              "char_end",
              "text",
              "type",
              "value",
              "anchored"),
          200);

  private final RowInserter events = new RowInserter("events", EventRows.COLUMNS, 50);

  private final RowInserter candidates =
      new RowInserter(
          "candidate_actors",
          List.of(
              "article_id",
              "idx",
              "name",
              "name_key",
              "text",
              "ner_type",
              "country",
              "sector",
              "likely_code",
              "cue",
              "side",
              "event_code",
              "counterpart",
              "coded_as",
              "sentence_idx",
              "char_start",
              "char_end"),
          100);

  private BatchWriter(Connection connection, long runId, LocalDateTime now) {
    this.connection = connection;
    this.runId = runId;
    this.now = now;
  }

  /**
   * Writes the batch; the caller commits, or rolls back if this throws.
   *
   * @throws StoreException naming the article or problem the store refused
   */
  static BatchResult write(
      Connection connection,
      long runId,
      LocalDateTime now,
      List<ArticleRecord> batch,
      List<Problem> problems)
      throws SQLException {
    BatchWriter w = new BatchWriter(connection, runId, now);
    w.load(batch);
    List<ArticleOutcome> outcomes = new ArrayList<>(batch.size());
    for (ArticleRecord r : batch) {
      outcomes.add(w.store(r));
    }
    w.flush();
    int errors = w.record(problems);
    return new BatchResult(outcomes, errors, problems.size() - errors);
  }

  private void load(List<ArticleRecord> batch) throws SQLException {
    Set<String> urls = new LinkedHashSet<>();
    Set<String> shas = new LinkedHashSet<>();
    for (ArticleRecord r : batch) {
      urls.add(r.article().canonicalUrl());
      shas.add(r.article().contentSha256());
    }
    forEachRow(
        "SELECT canonical_url, content_sha256, version FROM articles WHERE canonical_url IN ",
        "",
        urls,
        r ->
            versionsByUrl
                .computeIfAbsent(r.getString(1), k -> new HashMap<>())
                .put(r.getString(2), r.getInt(3)));
    forEachRow(
        "SELECT content_sha256, id FROM articles WHERE duplicate_of IS NULL AND content_sha256 IN ",
        " ORDER BY ingested_at, id",
        shas,
        r -> originalBySha.putIfAbsent(r.getString(1), r.getString(2)));
  }

  private interface RowHandler {
    void handle(ResultSet r) throws SQLException;
  }

  private void forEachRow(String sql, String suffix, Set<String> keys, RowHandler handler)
      throws SQLException {
    List<String> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      String in = "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
      try (PreparedStatement p = connection.prepareStatement(sql + in + suffix)) {
        for (int i = 0; i < chunk.size(); i++) {
          p.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            handler.handle(r);
          }
        }
      }
    }
  }

  /** Decides the outcome of one article and buffers its rows unless it is unchanged. */
  private ArticleOutcome store(ArticleRecord record) {
    CleanArticle a = record.article();
    Map<String, Integer> atUrl =
        versionsByUrl.computeIfAbsent(a.canonicalUrl(), k -> new HashMap<>());
    Integer stored = atUrl.get(a.contentSha256());
    if (stored != null) {
      return new ArticleOutcome(a.id(), StoreOutcome.UNCHANGED, stored);
    }
    int version = atUrl.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    // The same content at this URL would have been UNCHANGED, so an original is at another URL.
    String duplicateOf = originalBySha.putIfAbsent(a.contentSha256(), a.id().value());
    try {
      buffer(a, record.annotation(), version, duplicateOf);
      EventRows.buffer(events, a, record.events(), record.coder());
      int idx = 0;
      for (org.annals.model.CandidateActor c : record.candidates()) {
        candidates.add(
            a.id().value(),
            idx++,
            c.name(),
            c.key(),
            c.text(),
            c.nerType(),
            c.country().orElse(null),
            c.sector().orElse(null),
            c.likelyCode().orElse(null),
            c.cue().orElse(null),
            c.side().label(),
            c.eventCode(),
            c.counterpart().orElse(null),
            c.codedAs().orElse(null),
            c.evidence().sentenceIndex(),
            c.span().start(),
            c.span().end());
      }
    } catch (RuntimeException e) {
      throw new StoreException(
          "article "
              + a.id()
              + " ("
              + a.canonicalUrl()
              + ", from "
              + a.raw().source()
              + "): "
              + e.getMessage(),
          e);
    }
    atUrl.put(a.contentSha256(), version);
    buffered.put(a.id().value(), a);
    return new ArticleOutcome(
        a.id(), version == 1 ? StoreOutcome.ADDED : StoreOutcome.NEW_VERSION, version);
  }

  private void buffer(CleanArticle a, AnnotatedText annotation, int version, String duplicateOf) {
    String id = a.id().value();
    CleanText clean = a.clean();
    // Map every span before buffering anything, so a bad span leaves no partial rows behind.
    List<CharSpan> sentenceRaw = new ArrayList<>();
    for (Sentence s : annotation.sentences()) {
      sentenceRaw.add(clean.toRaw(s.span()));
    }
    List<CharSpan> mentionRaw = new ArrayList<>();
    for (EntityMention m : annotation.entities()) {
      mentionRaw.add(clean.toRaw(m.span()));
    }
    for (TimeExpression t : annotation.times()) {
      clean.toRaw(t.span()); // checks the span lies in the clean text
    }
    RawArticle raw = a.raw();
    PublishedDate published = a.published();
    articles.add(
        id,
        a.canonicalUrl(),
        version,
        a.contentSha256(),
        raw.rawSha256(),
        raw.byteLength(),
        raw.source().path(),
        raw.source().locator(),
        raw.source().byteOffset(),
        Sql.label(raw.contentType()),
        raw.charset(),
        raw.text(),
        clean.text(),
        clean.offsets().encode(),
        a.title().orElse(null),
        a.outlet().orElse(null),
        published.date().orElse(null),
        published.precision().label(),
        published.evidence(),
        published.method(),
        published.inferred(),
        raw.declared().published().orElse(null),
        raw.declared().fetched().orElse(null),
        a.language().code(),
        a.language().confidence(),
        duplicateOf,
        Json.removals(a.removals()),
        Json.strings(raw.warnings()),
        annotation.annotator(),
        annotation.tokenCount(),
        now,
        runId);
    for (int i = 0; i < annotation.sentences().size(); i++) {
      Sentence s = annotation.sentences().get(i);
      sentences.add(
          id,
          s.index(),
          s.span().start(),
          s.span().end(),
          sentenceRaw.get(i).start(),
          sentenceRaw.get(i).end(),
          s.text(clean.text()),
          s.parsed(),
          Json.tokens(s.tokens()),
          Json.dependencies(s.dependencies()));
    }
    for (int i = 0; i < annotation.entities().size(); i++) {
      EntityMention m = annotation.entities().get(i);
      mentions.add(
          id,
          i,
          m.sentenceIndex(),
          m.span().start(),
          m.span().end(),
          mentionRaw.get(i).start(),
          mentionRaw.get(i).end(),
          m.text(),
          m.type());
    }
    for (int i = 0; i < annotation.times().size(); i++) {
      TimeExpression t = annotation.times().get(i);
      times.add(
          id,
          i,
          t.sentenceIndex(),
          t.span().start(),
          t.span().end(),
          t.text(),
          t.type(),
          t.value().orElse(null),
          t.anchored());
    }
  }

  private void flush() {
    try {
      for (RowInserter rows : List.of(articles, sentences, mentions, times, events, candidates)) {
        rows.flush(connection);
      }
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      Matcher id = ARTICLE_ID.matcher(message);
      CleanArticle culprit = id.find() ? buffered.get(id.group()) : null;
      throw new StoreException(
          culprit == null
              ? message
              : "article "
                  + culprit.id()
                  + " ("
                  + culprit.canonicalUrl()
                  + ", from "
                  + culprit.raw().source()
                  + "): "
                  + message,
          e);
    }
  }

  /** Records problems, counting one seen before again; returns how many are errors. */
  private int record(List<Problem> problems) {
    if (problems.isEmpty()) {
      return 0;
    }
    int errors = 0;
    try (PreparedStatement p = connection.prepareStatement(UPSERT_PROBLEM)) {
      for (Problem problem : problems) {
        try {
          p.setString(1, problem.source().path());
          p.setString(2, problem.source().locator());
          p.setLong(3, problem.source().byteOffset());
          p.setString(4, Sql.label(problem.stage()));
          p.setString(5, Sql.label(problem.severity()));
          p.setString(6, problem.reason());
          p.setString(7, problem.rawSha256());
          p.setObject(8, now);
          p.setObject(9, now);
          p.setLong(10, runId);
          p.executeUpdate();
        } catch (SQLException e) {
          throw new StoreException("problem '" + problem.describe() + "': " + e.getMessage(), e);
        }
        errors += problem.severity() == Problem.Severity.ERROR ? 1 : 0;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot record problems: " + e.getMessage(), e);
    }
    return errors;
  }

  /**
   * The rows {@code record} adds to an empty store, by table, each in that table's column order;
   * touches no database (for {@link StoreRows}). Versions are 1 and nothing is a duplicate.
   */
  static Map<String, TableRows> rowsOf(ArticleRecord record, LocalDateTime now) {
    BatchWriter w = new BatchWriter(null, 0, now);
    w.store(record);
    Map<String, TableRows> out = new java.util.LinkedHashMap<>();
    for (RowInserter r :
        List.of(w.articles, w.sentences, w.mentions, w.times, w.events, w.candidates)) {
      out.put(r.table(), new TableRows(r.columns(), r.rows()));
    }
    return out;
  }

  /** Every table's columns, in insert order. */
  static Map<String, List<String>> columnsByTable() {
    BatchWriter w = new BatchWriter(null, 0, LocalDateTime.MIN);
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (RowInserter r :
        List.of(w.articles, w.sentences, w.mentions, w.times, w.events, w.candidates)) {
      out.put(r.table(), r.columns());
    }
    return out;
  }

  /** One table's columns and rows. */
  record TableRows(List<String> columns, List<Object[]> rows) {}
}
