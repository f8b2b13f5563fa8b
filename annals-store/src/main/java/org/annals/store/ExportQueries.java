package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.store.ExportRows.MentionRow;
import org.annals.store.ExportRows.RealEvent;
import org.annals.store.ResolveRows.EventGroup;

/**
 * SQL of exports: real events with all their mentions in one query (one scan, one snapshot),
 * however many there are.
 */
final class ExportQueries {
  private ExportQueries() {}

  /** 0-based offset of the clean text's first line break, or its length when it has none. */
  private static final String LEAD_END =
      "coalesce(nullif(strpos(a.clean_text, chr(10)), 0) - 1, length(a.clean_text))";

  /**
   * Streams the real events a query selects (filters on the representative mention, as {@link
   * ResolveQueries#groups}; its limit and offset are not used), newest first, each with all its
   * mentions.
   *
   * @return how many real events were passed to {@code sink}
   */
  static long forEach(
      Connection c,
      EventQuery q,
      double minConfidence,
      Optional<String> storyId,
      Consumer<RealEvent> sink)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = EventQueries.where(q, args);
    where.append(" AND g.g_confidence >= ?");
    args.add(minConfidence);
    if (storyId.isPresent()) {
      where.append(" AND af.story_id = ?");
      args.add(storyId.get());
    }
    // sel: the selected real events (one row each, by their representative), with their counts;
    // then every mention of each, grouped by event in the listing's order
    String sql =
        "WITH sel AS (SELECT e.merged_id AS sel_id,"
            + " coalesce(e.date_start, a.published_date) AS sel_key, g.n_mentions, g.n_articles,"
            + " g.n_sources, o.n_outlets, g.g_confidence, af.story_id AS g_story"
            + " FROM events e JOIN articles a ON a.id = e.article_id"
            + ResolveQueries.GROUP_STATS
            + where
            + " QUALIFY row_number() OVER (PARTITION BY e.merged_id ORDER BY e.id) = 1) "
            + ResolveQueries.EVENT_COLUMNS
            + ResolveQueries.LINK_COLUMNS
            + ", sel.*, length(a.clean_text) AS doc_length, a.ingested_at,"
            + " (e.sentence_idx = 0 OR e.sentence_char_start < "
            + LEAD_END
            + ") AS in_lead"
            + ResolveQueries.EVENT_JOINS
            + " JOIN merge_links l ON l.mention_id = e.id AND l.method <> 'superseded'"
            + " JOIN sel ON sel.sel_id = e.merged_id"
            + " ORDER BY sel.sel_key DESC NULLS LAST, sel.sel_id,"
            + " a.published_date NULLS LAST, e.article_id, e.idx";
    long count = 0;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      EventQueries.bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        Pending pending = null;
        while (r.next()) {
          String id = r.getString("sel_id");
          if (pending != null && !pending.id.equals(id)) {
            sink.accept(pending.build());
            count++;
            pending = null;
          }
          if (pending == null) {
            pending = new Pending(id);
          }
          MentionRow m =
              new MentionRow(
                  EventQueries.read(r),
                  ResolveQueries.decision(r),
                  r.getInt("doc_length"),
                  r.getBoolean("in_lead"),
                  Sql.timestamp(r, "ingested_at"));
          pending.mentions.add(m);
          if (m.decision().representative() && pending.group == null) {
            pending.group =
                new EventGroup(
                    id,
                    m.event(),
                    r.getInt("n_mentions"),
                    r.getInt("n_articles"),
                    r.getInt("n_sources"),
                    r.getInt("n_outlets"),
                    r.getDouble("g_confidence"),
                    Sql.optionalString(r, "g_story"));
          }
        }
        if (pending != null) {
          sink.accept(pending.build());
          count++;
        }
      }
    }
    return count;
  }

  /** The rows of one real event read so far. */
  private static final class Pending {
    final String id;
    final List<MentionRow> mentions = new ArrayList<>();
    EventGroup group;

    Pending(String id) {
      this.id = id;
    }

    RealEvent build() {
      if (group == null) {
        throw new IllegalStateException(
            "the real event " + id + " was selected by its representative but has none");
      }
      return new RealEvent(group, mentions);
    }
  }
}
