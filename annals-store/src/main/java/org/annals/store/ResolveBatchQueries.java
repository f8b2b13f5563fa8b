package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.EntityMention;
import org.annals.model.Sentence;
import org.annals.store.ResolveRows.ArticleFeatures;
import org.annals.store.ResolveRows.ArticleInput;
import org.annals.store.ResolveRows.BandHit;
import org.annals.store.ResolveRows.MentionWindow;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.ResolveRows.Resolved;
import org.annals.store.ResolveRows.ResolvedMention;
import org.annals.store.ResolveRows.StoryRow;

/**
 * The RESOLVE stage's SQL for a batch of articles: a few set-based statements per batch instead of
 * about ten per article (DuckDB spends milliseconds per statement, microseconds per row).
 */
final class ResolveBatchQueries {
  private ResolveBatchQueries() {}

  /** Ids per {@code IN (…)} list. */
  private static final int IDS_PER_STATEMENT = 500;

  /** Rows per multi-row {@code VALUES} statement. */
  private static final int ROWS_PER_STATEMENT = 200;

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  // ------------------------------------------------------------------ reads

  /**
   * The RESOLVE input of these articles, in the order given; ids not stored (replaced meanwhile)
   * are left out.
   */
  static List<ArticleInput> inputs(Connection c, List<String> ids) throws SQLException {
    List<ArticleInput> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
      out.addAll(inputChunk(c, ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT))));
    }
    return out;
  }

  private record Head(
      String id,
      int version,
      Optional<LocalDate> published,
      Optional<String> outlet,
      String text,
      String annotator) {}

  private static List<ArticleInput> inputChunk(Connection c, List<String> ids) throws SQLException {
    Map<String, Head> heads = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, version, published_date, outlet, clean_text, annotator FROM articles"
                + " WHERE id IN ("
                + marks(ids.size())
                + ")")) {
      bindAll(p, ids, 0);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString("id");
          heads.put(
              id,
              new Head(
                  id,
                  r.getInt("version"),
                  Optional.ofNullable(r.getObject("published_date", LocalDate.class)),
                  Sql.optionalString(r, "outlet"),
                  r.getString("clean_text"),
                  r.getString("annotator")));
        }
      }
    }
    Map<String, List<Sentence>> sentences = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT article_id, idx, char_start, char_end, parsed, tokens FROM sentences"
                + " WHERE article_id IN ("
                + marks(ids.size())
                + ") ORDER BY article_id, idx")) {
      bindAll(p, ids, 0);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString("article_id");
          int idx = r.getInt("idx");
          sentences
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(
                  new Sentence(
                      idx,
                      new CharSpan(r.getInt("char_start"), r.getInt("char_end")),
                      Json.parseTokens(
                          r.getString("tokens"),
                          "sentence " + idx + " of article " + id + " tokens"),
                      List.of(),
                      r.getBoolean("parsed")));
        }
      }
    }
    Map<String, List<EntityMention>> entities = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT article_id, sentence_idx, char_start, char_end, text, type"
                + " FROM entity_mentions WHERE article_id IN ("
                + marks(ids.size())
                + ") ORDER BY article_id, idx")) {
      bindAll(p, ids, 0);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          entities
              .computeIfAbsent(r.getString("article_id"), k -> new ArrayList<>())
              .add(
                  new EntityMention(
                      r.getInt("sentence_idx"),
                      new CharSpan(r.getInt("char_start"), r.getInt("char_end")),
                      r.getString("text"),
                      r.getString("type")));
        }
      }
    }
    Map<String, List<StoredEvent>> events = new HashMap<>();
    String in = "(" + marks(ids.size()) + ")";
    try (PreparedStatement p =
        c.prepareStatement(
            ResolveQueries.EVENT_COLUMNS
                + ResolveQueries.EVENT_JOINS
                // the ids on every table, so each scan is filtered, not only the events'
                + " WHERE e.article_id IN "
                + in
                + " AND a.id IN "
                + in
                + " AND s.article_id IN "
                + in
                + " ORDER BY e.article_id, e.idx")) {
      bindAll(p, ids, 0);
      bindAll(p, ids, ids.size());
      bindAll(p, ids, 2 * ids.size());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          StoredEvent e = EventQueries.read(r);
          events.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    List<ArticleInput> out = new ArrayList<>();
    for (String id : ids) {
      Head h = heads.get(id);
      if (h == null) {
        continue;
      }
      out.add(
          new ArticleInput(
              id,
              h.version(),
              h.published(),
              h.outlet(),
              h.text(),
              new AnnotatedText(
                  h.annotator(),
                  sentences.getOrDefault(id, List.of()),
                  entities.getOrDefault(id, List.of()),
                  List.of()),
              events.getOrDefault(id, List.of())));
    }
    return out;
  }

  private static void bindAll(PreparedStatement p, List<String> values, int offset)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      p.setString(offset + i + 1, values.get(i));
    }
  }

  /** Resolved articles sharing any of these bands (band index i of each array is band i). */
  static List<BandHit> bandHits(Connection c, Collection<long[]> bandSets) throws SQLException {
    Set<List<Long>> pairs = new LinkedHashSet<>();
    for (long[] bands : bandSets) {
      for (int i = 0; i < bands.length; i++) {
        pairs.add(List.of((long) i, bands[i]));
      }
    }
    List<BandHit> out = new ArrayList<>();
    if (pairs.isEmpty()) {
      return out;
    }
    Integer[] band = new Integer[pairs.size()];
    Long[] hash = new Long[pairs.size()];
    int k = 0;
    for (List<Long> pair : pairs) {
      band[k] = pair.get(0).intValue();
      hash[k++] = pair.get(1);
    }
    // the pairs as two array parameters: DuckDB binds two arrays far faster than a VALUES list
    // of thousands of parameters
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT q.band, q.hash, f.article_id, f.minhash, f.copy_group, f.story_id"
                + " FROM (SELECT unnest(?::INTEGER[]) AS band, unnest(?::BIGINT[]) AS hash) q"
                + " JOIN article_bands b ON b.band = q.band AND b.hash = q.hash"
                + " JOIN article_features f ON f.article_id = b.article_id"
                + " ORDER BY f.article_id, q.band")) {
      p.setObject(1, c.createArrayOf("INTEGER", band));
      p.setObject(2, c.createArrayOf("BIGINT", hash));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new BandHit(
                  r.getInt(1),
                  r.getLong(2),
                  r.getString(3),
                  r.getBytes(4),
                  r.getString(5),
                  Optional.ofNullable(r.getString(6))));
        }
      }
    }
    return out;
  }

  /**
   * For each window, the resolved, asserted mentions in it (see {@link
   * ArticleStore#resolvedMentionsIn}), each list in store order: publication (none last), article,
   * position.
   */
  static List<List<ResolvedMention>> inWindows(Connection c, List<MentionWindow> windows)
      throws SQLException {
    List<List<ResolvedMention>> out = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      out.add(new ArrayList<>());
    }
    for (int from = 0; from < windows.size(); from += ROWS_PER_STATEMENT) {
      List<MentionWindow> chunk =
          windows.subList(from, Math.min(windows.size(), from + ROWS_PER_STATEMENT));
      String values =
          String.join(
              ", ",
              Collections.nCopies(
                  chunk.size(),
                  "(CAST(? AS INTEGER), CAST(? AS DATE), CAST(? AS DATE), CAST(? AS VARCHAR),"
                      + " CAST(? AS VARCHAR))"));
      String sql =
          "SELECT q.i AS q_i, "
              + ResolveQueries.EVENT_COLUMNS.substring("SELECT ".length())
              + ResolveQueries.LINK_COLUMNS
              + " FROM (VALUES "
              + values
              + ") q(i, d_from, d_to, skey, tkey)"
              + " JOIN events e ON coalesce(nullif(e.source_country, ''), e.source_code) = q.skey"
              + " JOIN articles a ON a.id = e.article_id"
              + " JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx"
              + " JOIN merge_links l ON l.mention_id = e.id"
              + " WHERE NOT e.negated AND NOT e.hypothetical"
              + " AND l.method NOT IN ('unasserted', 'superseded')"
              + " AND coalesce(e.date_end, a.published_date) >= q.d_from"
              + " AND coalesce(e.date_start, a.published_date) <= q.d_to"
              + " AND (q.tkey IS NULL OR e.target_code IS NULL"
              + " OR coalesce(nullif(e.target_country, ''), e.target_code) = q.tkey)"
              + " ORDER BY q.i, a.published_date NULLS LAST, e.article_id, e.idx";
      try (PreparedStatement p = c.prepareStatement(sql)) {
        int k = 0;
        for (int i = 0; i < chunk.size(); i++) {
          MentionWindow w = chunk.get(i);
          p.setInt(++k, from + i);
          p.setObject(++k, w.from());
          p.setObject(++k, w.to());
          p.setString(++k, w.sourceKey());
          p.setString(++k, w.targetKey().orElse(null));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.get(r.getInt("q_i"))
                .add(new ResolvedMention(EventQueries.read(r), ResolveQueries.decision(r)));
          }
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ writes

  /**
   * Stores a batch of resolved articles (features, bands, term counts, stories' last states, merge
   * decisions) with the effect of storing them one after the other, in a few statements; the
   * caller's transaction makes them one unit.
   */
  static void saveAll(Connection c, LocalDateTime now, List<Resolved> batch) throws SQLException {
    RowInserter features =
        new RowInserter(
            "article_features",
            List.of(
                "article_id",
                "minhash",
                "copy_of",
                "copy_similarity",
                "copy_group",
                "story_id",
                "story_similarity",
                "terms",
                "labels",
                "resolved_at"),
            ROWS_PER_STATEMENT);
    RowInserter bands =
        new RowInserter("article_bands", List.of("band", "hash", "article_id"), ROWS_PER_STATEMENT);
    Map<String, Integer> df = new LinkedHashMap<>();
    Map<String, StoryRow> stories = new LinkedHashMap<>();
    List<MergeDecision> decisions = new ArrayList<>();
    for (Resolved r : batch) {
      ArticleFeatures f = r.features();
      features.add(
          f.articleId(),
          f.minhash(),
          f.copyOf().orElse(null),
          f.copySimilarity().isPresent() ? f.copySimilarity().getAsDouble() : null,
          f.copyGroup(),
          f.storyId().orElse(null),
          f.storySimilarity().isPresent() ? f.storySimilarity().getAsDouble() : null,
          Json.map(f.terms()),
          Json.map(f.labels()),
          now);
      long[] b = r.bands();
      for (int i = 0; i < b.length; i++) {
        bands.add(i, b[i], f.articleId());
      }
      for (String term : f.terms().keySet()) {
        df.merge(term, 1, Integer::sum);
      }
      r.story().ifPresent(s -> stories.put(s.id(), s)); // the story's last state in the batch
      decisions.addAll(r.decisions());
    }
    features.flush(c);
    bands.flush(c);
    saveTermCounts(c, df);
    saveStories(c, now, new ArrayList<>(stories.values()));
    saveDecisions(c, now, decisions);
  }

  /** Inserts or updates stories, one statement per 200 (each id at most once). */
  private static void saveStories(Connection c, LocalDateTime now, List<StoryRow> stories)
      throws SQLException {
    for (int from = 0; from < stories.size(); from += ROWS_PER_STATEMENT) {
      List<StoryRow> chunk =
          stories.subList(from, Math.min(stories.size(), from + ROWS_PER_STATEMENT));
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO stories (id, title, centroid, labels, articles, first_date, last_date,"
                  + " created_at, updated_at) VALUES "
                  + String.join(
                      ", ",
                      Collections.nCopies(
                          chunk.size(),
                          "(?, ?, ?, ?, CAST(? AS INTEGER), CAST(? AS DATE), CAST(? AS DATE),"
                              + " CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP))"))
                  + " ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                  + " centroid = excluded.centroid, labels = excluded.labels,"
                  + " articles = excluded.articles, first_date = excluded.first_date,"
                  + " last_date = excluded.last_date, updated_at = excluded.updated_at")) {
        int k = 0;
        for (StoryRow s : chunk) {
          p.setString(++k, s.id());
          p.setString(++k, s.title());
          p.setString(++k, Json.map(s.centroid()));
          p.setString(++k, Json.map(s.labels()));
          p.setInt(++k, s.articles());
          p.setObject(++k, s.first().orElse(null));
          p.setObject(++k, s.last().orElse(null));
          p.setObject(++k, now);
          p.setObject(++k, now);
        }
        p.executeUpdate();
      }
    }
  }

  private static void saveTermCounts(Connection c, Map<String, Integer> df) throws SQLException {
    if (df.isEmpty()) {
      return;
    }
    String[] terms = df.keySet().toArray(String[]::new);
    Long[] counts = new Long[terms.length];
    for (int i = 0; i < terms.length; i++) {
      counts[i] = (long) df.get(terms[i]);
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO term_df (term, df) SELECT unnest(?::VARCHAR[]), unnest(?::BIGINT[])"
                + " ON CONFLICT (term) DO UPDATE SET df = df + excluded.df")) {
      p.setObject(1, c.createArrayOf("VARCHAR", terms));
      p.setObject(2, c.createArrayOf("BIGINT", counts));
      p.executeUpdate();
    }
  }

  /**
   * Stores merge decisions with the effect of storing them one by one in order: each mention's
   * event gets its real event's id and its link is replaced; a mention decided twice keeps its last
   * decision; a representative takes the flag from every other mention of its event, stored or
   * decided before it.
   */
  static void saveDecisions(Connection c, LocalDateTime now, List<MergeDecision> decisions)
      throws SQLException {
    if (decisions.isEmpty()) {
      return;
    }
    Map<String, MergeDecision> last = new LinkedHashMap<>();
    Set<String> clearedGroups = new LinkedHashSet<>();
    for (MergeDecision d : decisions) {
      if (d.representative()) {
        clearedGroups.add(d.mergedId());
        last.replaceAll(
            (id, o) ->
                o.mergedId().equals(d.mergedId()) && !id.equals(d.mentionId())
                    ? o.representing(false)
                    : o);
      }
      last.remove(d.mentionId()); // re-inserted last, as its row would be
      last.put(d.mentionId(), d);
    }
    List<String> ids = new ArrayList<>(last.keySet());
    // events first: a mention that is not stored fails the batch before anything else changes
    for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT));
      try (PreparedStatement p =
          c.prepareStatement(
              "UPDATE events SET merged_id = v.m FROM (VALUES "
                  + String.join(
                      ", ",
                      Collections.nCopies(chunk.size(), "(CAST(? AS VARCHAR), CAST(? AS VARCHAR))"))
                  + ") v(id, m) WHERE events.id = v.id")) {
        int k = 0;
        for (String id : chunk) {
          p.setString(++k, id);
          p.setString(++k, last.get(id).mergedId());
        }
        int updated = p.executeUpdate();
        if (updated != chunk.size()) {
          throw new IllegalArgumentException(
              "there is no stored event for "
                  + (chunk.size() - updated)
                  + " of the mentions "
                  + chunk);
        }
      }
    }
    List<String> groups = new ArrayList<>(clearedGroups);
    for (int from = 0; from < groups.size(); from += IDS_PER_STATEMENT) {
      List<String> chunk = groups.subList(from, Math.min(groups.size(), from + IDS_PER_STATEMENT));
      try (PreparedStatement p =
          c.prepareStatement(
              "UPDATE merge_links SET representative = false WHERE representative AND merged_id IN ("
                  + marks(chunk.size())
                  + ")")) {
        bindAll(p, chunk, 0);
        p.executeUpdate();
      }
    }
    for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
      try (PreparedStatement p =
          c.prepareStatement(
              "DELETE FROM merge_links WHERE mention_id IN (" + marks(chunk.size()) + ")")) {
        bindAll(p, chunk, 0);
        p.executeUpdate();
      }
    }
    RowInserter links =
        new RowInserter(
            "merge_links",
            List.of(
                "mention_id",
                "merged_id",
                "matched_id",
                "score",
                "evidence",
                "method",
                "representative",
                "copy_group",
                "trigger_lemma",
                "terms",
                "numbers",
                "decided_at"),
            ROWS_PER_STATEMENT);
    for (MergeDecision d : last.values()) {
      links.add(
          d.mentionId(),
          d.mergedId(),
          d.matchedId().orElse(null),
          d.score().isPresent() ? d.score().getAsDouble() : null,
          d.evidence(),
          d.method(),
          d.representative(),
          d.copyGroup(),
          d.triggerLemma(),
          Json.strings(d.terms()),
          Json.strings(d.numbers()),
          now);
    }
    links.flush(c);
  }
}
