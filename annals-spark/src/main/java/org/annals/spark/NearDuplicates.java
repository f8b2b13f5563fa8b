package org.annals.spark;

import org.annals.resolve.dedup.MinHash;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;

/**
 * Near-duplicate articles across the whole input, as annals' RESOLVE stage finds them: MinHash
 * signatures of the clean text (computed on the executors), candidates that share a band hash, and
 * an estimated Jaccard similarity of at least {@value #COPY_SIMILARITY}. An article is a copy of
 * the most similar article before it in resolve order (publication date, none last, then input file
 * and offset, then id: the order the merge and the stories see the articles in, so an original is
 * always resolved before its copies); its copy group is the first article of its copies, so the
 * reports of one article's copies count as one source.
 */
final class NearDuplicates {
  /** The same threshold as the embedded RESOLVE stage's. */
  static final double COPY_SIMILARITY = org.annals.engine.Resolution.COPY_SIMILARITY;

  private NearDuplicates() {}

  static void register(SparkSession spark) {
    spark
        .udf()
        .register(
            "minhash_similarity",
            (UDF2<byte[], byte[], Double>)
                (a, b) -> MinHash.similarity(MinHash.fromBytes(a), MinHash.fromBytes(b)),
            DataTypes.DoubleType);
  }

  /**
   * {@code articles_numbered} with {@code copy_of}, {@code copy_similarity}, {@code copy_group} and
   * {@code minhash}; needs the view {@code minhash_in}.
   */
  static Dataset<Row> mark(SparkSession spark) {
    return spark.sql(
        """
        WITH h AS (
          SELECT a.id, coalesce(a.published_date, DATE '9999-12-31') AS o_date, a.source_path,
                 a.source_byte_offset, m.minhash, m.bands
          FROM articles_numbered a
          JOIN (SELECT article_id, first(minhash) AS minhash, first(bands) AS bands
                FROM minhash_in GROUP BY article_id) m ON m.article_id = a.id),
        b AS (SELECT id, o_date, source_path, source_byte_offset, minhash,
                     posexplode(bands) AS (band, hash) FROM h),
        pairs AS (
          SELECT DISTINCT x.id, y.id AS other,
                 minhash_similarity(x.minhash, y.minhash) AS similarity,
                 y.o_date, y.source_path AS o_path, y.source_byte_offset AS o_offset
          FROM b x JOIN b y ON x.band = y.band AND x.hash = y.hash
          WHERE struct(y.o_date, y.source_path, y.source_byte_offset, y.id)
                < struct(x.o_date, x.source_path, x.source_byte_offset, x.id)),
        copies AS (
          SELECT * FROM pairs WHERE similarity >= %s),
        best AS (
          SELECT id, other AS copy_of, similarity AS copy_similarity FROM (
            SELECT *, row_number() OVER (PARTITION BY id
              ORDER BY similarity DESC, o_date, o_path, o_offset, other) AS n FROM copies)
          WHERE n = 1),
        groups AS (
          SELECT id, other AS copy_group FROM (
            SELECT *, row_number() OVER (PARTITION BY id
              ORDER BY o_date, o_path, o_offset, other) AS n
            FROM copies) WHERE n = 1)
        SELECT a.*, best.copy_of, best.copy_similarity,
               coalesce(groups.copy_group, a.id) AS copy_group, h.minhash
        FROM articles_numbered a
        LEFT JOIN best ON best.id = a.id
        LEFT JOIN groups ON groups.id = a.id
        LEFT JOIN h ON h.id = a.id
        """
            .replace("%s", String.valueOf(COPY_SIMILARITY)));
  }
}
