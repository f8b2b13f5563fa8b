package org.annals.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Merges the reports of one real event across all partitions, in Spark SQL. Mirrors Annals' merge
 * rules (annals-resolve {@code EventMerger}) as far as set-based SQL allows:
 *
 * <ul>
 *   <li>only asserted reports merge (not negated, not hypothetical); others stay alone, as {@code
 *       unasserted};
 *   <li>a block is one dyad and one CAMEO root: same source code, same target code (or both none),
 *       same root;
 *   <li>in a block, reports are ordered by their date (the event's start date, else the article's
 *       publication date) and cut where the gap to the previous report exceeds a day; a run is then
 *       cut into two-day windows from its first date, so no merged event spans more than a day;
 *   <li>reports naming different places do not merge; a report naming none joins the first place of
 *       its window;
 *   <li>the same sentence coded alike (source, target, CAMEO code) in near-copies of one article
 *       (same copy group) is one report, dated or not: the copies' reports join the first's event;
 *   <li>otherwise, reports without any date stay alone;
 *   <li>two reports from one sentence never merge (they are its different pairs or acts): the later
 *       one stays alone.
 * </ul>
 *
 * The merged event's id is its earliest report's id (by date, then id), so ids are deterministic
 * and equal to the id a single report keeps. Not mirrored: the text similarity and number agreement
 * of {@code MergeScore}, trigger lemmas, and users' split/join overrides.
 */
final class EventMerge {
  static final String EVIDENCE =
      "spark: same source, target and CAMEO root; dates within a day; no conflicting place";

  static final String COPY_EVIDENCE =
      "spark: the same sentence coded alike in a near-copy of the article";

  private EventMerge() {}

  /**
   * The mentions with {@code merged_id}, {@code representative}, {@code merge_method}, {@code
   * merge_evidence} and {@code copy_group}; needs the views {@code mentions_in} (deduplicated store
   * event rows plus extras) and {@code articles_out} (articles with versions and duplicates).
   */
  static Dataset<Row> merge(SparkSession spark) {
    return spark
        .sql(
            """
        WITH base AS (
          SELECT m.*,
                 coalesce(a.copy_group, a.duplicate_of, m.article_id) AS copy_group,
                 coalesce(m.date_start, m.published_date) AS anchor,
                 NOT m.negated AND NOT m.hypothetical AS asserted,
                 concat_ws('|', m.source_code, coalesce(m.target_code, '-'), m.cameo_root) AS blk
          FROM mentions_in m LEFT JOIN articles_out a ON a.id = m.article_id),
        nth AS (
          SELECT *, row_number() OVER (PARTITION BY article_id, source_code, target_code,
                                       cameo_code, sentence_text ORDER BY id) AS nth_alike
          FROM base),
        copied AS (
          SELECT *, CASE WHEN asserted
                    THEN first(id) OVER (PARTITION BY copy_group, source_code, target_code,
                                         cameo_code, sentence_text, asserted, nth_alike
                       ORDER BY anchor NULLS LAST, id
                       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
                    ELSE id END AS copy_rep
          FROM nth),
        mergeable AS (
          SELECT *, asserted AND anchor IS NOT NULL AND id = copy_rep AS can_merge FROM copied),
        gaps AS (
          SELECT *, CASE WHEN datediff(anchor, lag(anchor) OVER w) <= 1 THEN 0 ELSE 1 END AS cut
          FROM mergeable
          WINDOW w AS (PARTITION BY blk, can_merge ORDER BY anchor, id)),
        runs AS (
          SELECT *, sum(cut) OVER (PARTITION BY blk, can_merge ORDER BY anchor, id
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run
          FROM gaps),
        windows AS (
          SELECT *, floor(datediff(anchor,
                     min(anchor) OVER (PARTITION BY blk, can_merge, run)) / 2) AS win
          FROM runs),
        placed AS (
          SELECT *, coalesce(place_name,
                     first(place_name, true) OVER (PARTITION BY blk, can_merge, run, win
                       ORDER BY anchor, id
                       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), '') AS grp_place
          FROM windows),
        grouped AS (
          SELECT *, CASE WHEN can_merge
                    THEN first(id) OVER (PARTITION BY blk, can_merge, run, win, grp_place
                       ORDER BY anchor, id
                       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
                    ELSE id END AS candidate
          FROM placed),
        own AS (
          SELECT *, CASE WHEN row_number() OVER (PARTITION BY candidate, article_id, sentence_idx
                                                 ORDER BY anchor, id) > 1
                    THEN id ELSE candidate END AS own_id
          FROM grouped),
        merged AS (
          SELECT o.*, CASE WHEN o.id <> o.copy_rep THEN r.rep_merged ELSE o.own_id END AS merged_id
          FROM own o LEFT JOIN (SELECT id AS rep_id, own_id AS rep_merged FROM own) r
            ON r.rep_id = o.copy_rep)
        SELECT *,
               id = merged_id AS representative,
               CASE WHEN NOT asserted THEN 'unasserted'
                    WHEN id = merged_id THEN 'founded' ELSE 'merged' END AS merge_method,
               CASE WHEN id = merged_id THEN 'first report'
                    WHEN id <> copy_rep THEN 'COPY_EVIDENCE'
                    ELSE 'EVIDENCE' END AS merge_evidence
        FROM merged
        """
                .replace("COPY_EVIDENCE", COPY_EVIDENCE)
                .replace("'EVIDENCE'", "'" + EVIDENCE + "'"))
        .drop(
            "anchor",
            "asserted",
            "blk",
            "can_merge",
            "cut",
            "run",
            "win",
            "grp_place",
            "candidate",
            "copy_rep",
            "nth_alike",
            "own_id",
            "rep_id",
            "rep_merged");
  }

  /**
   * One row per real event (needs the view {@code mentions_out}): the representative report's
   * fields, the event's month ({@code YYYY-MM}, or {@code unknown}) and counts over its reports.
   */
  static Dataset<Row> events(SparkSession spark) {
    return spark.sql(
        """
        SELECT r.merged_id AS id,
               CASE WHEN g.date_start IS NULL THEN 'unknown'
                    ELSE date_format(g.date_start, 'yyyy-MM') END AS event_month,
               g.date_start, g.date_end, r.date_precision,
               r.source_code, r.source_name, r.source_country,
               r.target_code, r.target_name, r.target_country,
               r.cameo_code, r.cameo_name, r.cameo_root, r.goldstein, r.quad_class,
               r.plover_event, r.plover_mode,
               r.place_name, r.place_country, r.place_lat, r.place_lon, r.place_precision,
               r.reported_speech, r.negated, r.hypothetical,
               g.confidence, g.mentions, g.articles, g.sources, g.outlets, g.first_published,
               r.sentence_text, r.url, r.article_id
        FROM mentions_out r JOIN (
          SELECT merged_id, min(date_start) AS date_start, max(date_end) AS date_end,
                 count(*) AS mentions, count(DISTINCT article_id) AS articles,
                 count(DISTINCT copy_group) AS sources, count(DISTINCT outlet) AS outlets,
                 1 - exp(sum(ln(1 - least(confidence, 0.99)))) AS confidence,
                 min(published_date) AS first_published
          FROM mentions_out GROUP BY merged_id) g ON g.merged_id = r.id
        """);
  }
}
