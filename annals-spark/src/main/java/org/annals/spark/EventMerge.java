package org.annals.spark;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.annals.model.DatePrecision;
import org.annals.model.EventPlace;
import org.annals.resolve.merge.Mention;
import org.annals.resolve.merge.OrderedMerge;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Merges the reports of one real event across all partitions with annals' own merge decisions
 * ({@link OrderedMerge} over {@code EventMerger}), as the RESOLVE stage of an embedded ingest
 * decides them:
 *
 * <ul>
 *   <li>the reports are keyed by their source key (the source actor's country, else its code) and
 *       shuffled so that each key's reports are in one partition, sorted in resolve order: the
 *       article's publication date (none last), its input file and offset (the order an ingest
 *       would store it in), its id, then the report's coding order;
 *   <li>each key's reports go through one {@link OrderedMerge}: the candidates of a report are the
 *       earlier articles' reports of the same source key whose dates lie within 30 days and whose
 *       target has the same key or none (any target when the report has none), the earlier reports
 *       of its near-copies, and the earlier reports of its own article; the graded score (dyad,
 *       code, date, place, terms, numbers, copies) picks the event or founds one; negated and
 *       hypothetical reports stay alone ({@code unasserted}); the best-ranked report represents the
 *       event.
 * </ul>
 *
 * Reports of different source keys always conflict (their dyads differ), so keying by source key
 * loses no candidate that could win: the decisions are the embedded path's for the same articles in
 * the same order. Ids are the founding report's id, so they are deterministic. Memory: one source
 * key's asserted reports at a time, in one task (see the README).
 */
final class EventMerge {
  private EventMerge() {}

  /** The columns the merge reads, besides the article's order ({@code article_path}...). */
  static final String INPUT =
      """
      SELECT m.id, m.article_id, m.idx, m.sentence_idx,
             coalesce(a.copy_group, a.duplicate_of, m.article_id) AS copy_group,
             m.outlet, m.published_date, m.source_code, m.source_country, m.source_sector,
             m.target_code, m.target_country, m.target_sector, m.cameo_code, m.trigger_lemma,
             m.date_start, m.date_end, m.date_precision, m.place_id, m.place_lat, m.place_lon,
             m.place_precision, m.place_country, m.place_basis, m.terms, m.numbers,
             m.negated, m.hypothetical,
             a.source_path AS article_path, a.source_byte_offset AS article_offset,
             coalesce(nullif(m.source_country, ''), m.source_code) AS source_key
      FROM mentions_in m LEFT JOIN articles_out a ON a.id = m.article_id
      """;

  /**
   * The merge decision of every report ({@link Schemas#DECISIONS}); needs the views {@code
   * mentions_in} (deduplicated mention rows) and {@code articles_out} (articles with their copy
   * groups, input files and offsets).
   */
  static Dataset<Row> decide(SparkSession spark) {
    Dataset<Row> in = spark.sql(INPUT);
    Column key = functions.col("source_key");
    JavaRDD<Row> decisions =
        in.repartition(key)
            .sortWithinPartitions(
                key,
                functions.col("published_date").asc_nulls_last(),
                functions.col("article_path").asc_nulls_last(),
                functions.col("article_offset").asc_nulls_last(),
                functions.col("article_id"),
                functions.col("idx"))
            .javaRDD()
            .mapPartitions(new Decider(), true);
    return spark.createDataFrame(decisions, Schemas.DECISIONS);
  }

  /**
   * The mentions ({@code mentions_in}) with their {@code copy_group} and decision columns: {@code
   * merged_id}, {@code matched_id}, {@code merge_score}, {@code merge_evidence}, {@code
   * merge_method}, {@code representative}.
   */
  static Dataset<Row> merge(SparkSession spark) {
    decide(spark).createOrReplaceTempView("decisions");
    return spark.sql(
        """
        SELECT m.*, coalesce(a.copy_group, a.duplicate_of, m.article_id) AS copy_group,
               d.merged_id, d.matched_id, d.merge_score, d.merge_evidence, d.merge_method,
               d.representative
        FROM mentions_in m JOIN decisions d ON d.id = m.id
        LEFT JOIN articles_out a ON a.id = m.article_id
        """);
  }

  /** Decides the sorted reports of one partition, one source key after the other. */
  static final class Decider implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      OrderedMerge merge = OrderedMerge.standard();
      return new Iterator<>() {
        private final ArrayDeque<Row> ready = new ArrayDeque<>();
        private Row next;

        @Override
        public boolean hasNext() {
          while (ready.isEmpty() && (next != null || rows.hasNext())) {
            block();
          }
          return !ready.isEmpty();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return ready.poll();
        }

        /** Decides the reports of the next source key. */
        private void block() {
          Row r = next != null ? next : rows.next();
          next = null;
          String key = r.getAs("source_key");
          add(merge, r);
          while (rows.hasNext()) {
            Row x = rows.next();
            if (!key.equals(x.getAs("source_key"))) {
              next = x;
              break;
            }
            add(merge, x);
          }
          for (OrderedMerge.Decision d : merge.finish()) {
            ready.add(
                RowFactory.create(
                    d.mentionId(),
                    d.mergedId(),
                    d.matchedId().orElse(null),
                    d.score().isPresent() ? d.score().getAsDouble() : null,
                    d.evidence(),
                    d.method(),
                    d.representative()));
          }
        }
      };
    }

    private static void add(OrderedMerge merge, Row r) {
      boolean asserted = !r.<Boolean>getAs("negated") && !r.<Boolean>getAs("hypothetical");
      merge.add(mention(r), asserted);
    }
  }

  /** A mention row as the merger sees it (as {@code Resolution.mention} makes it). */
  static Mention mention(Row r) {
    Optional<LocalDate> start = Optional.ofNullable(r.getAs("date_start"));
    Optional<LocalDate> end = Optional.ofNullable(r.getAs("date_end"));
    String precision = r.getAs("date_precision");
    Optional<Mention.Where> place = Optional.empty();
    String placeId = r.getAs("place_id");
    if (placeId != null) {
      place =
          Optional.of(
              new Mention.Where(
                  placeId,
                  r.<Double>getAs("place_lat"),
                  r.<Double>getAs("place_lon"),
                  EventPlace.Precision.valueOf(
                      r.<String>getAs("place_precision").toUpperCase(Locale.ROOT)),
                  orEmpty(r.getAs("place_country")),
                  EventPlace.Basis.CLAUSE.name().equalsIgnoreCase(r.<String>getAs("place_basis"))));
    }
    String target = r.getAs("target_code");
    return new Mention(
        r.getAs("id"),
        r.getAs("article_id"),
        r.<Integer>getAs("sentence_idx"),
        r.getAs("copy_group"),
        orEmpty(r.getAs("outlet")),
        Optional.ofNullable(r.getAs("published_date")),
        Optional.of(
            new Mention.Actor(
                r.getAs("source_code"),
                orEmpty(r.getAs("source_country")),
                orEmpty(r.getAs("source_sector")))),
        Optional.ofNullable(target)
            .map(
                t ->
                    new Mention.Actor(
                        t, orEmpty(r.getAs("target_country")), orEmpty(r.getAs("target_sector")))),
        r.getAs("cameo_code"),
        orEmpty(r.getAs("trigger_lemma")),
        start.isPresent() && end.isPresent() ? start : Optional.empty(),
        start.isPresent() && end.isPresent() ? end : Optional.empty(),
        precision == null
            ? DatePrecision.UNKNOWN
            : DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)),
        place,
        strings(r, "terms"),
        strings(r, "numbers"));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static java.util.Set<String> strings(Row r, String column) {
    int i = r.fieldIndex(column);
    if (r.isNullAt(i)) {
      return java.util.Set.of();
    }
    List<String> values = r.getList(i);
    return java.util.Set.copyOf(values);
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
               r.sentence_text, r.url, r.article_id, r.id AS representative_id
        FROM mentions_out r JOIN (
          SELECT merged_id, min(date_start) AS date_start, max(date_end) AS date_end,
                 count(*) AS mentions, count(DISTINCT article_id) AS articles,
                 count(DISTINCT copy_group) AS sources, count(DISTINCT outlet) AS outlets,
                 1 - exp(sum(ln(1 - least(confidence, 0.99)))) AS confidence,
                 min(published_date) AS first_published
          FROM mentions_out GROUP BY merged_id) g ON g.merged_id = r.merged_id
        WHERE r.representative
        """);
  }
}
