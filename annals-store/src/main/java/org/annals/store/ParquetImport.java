package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the Parquet output of the Spark job ({@code annals-spark}) into an empty store, through
 * DuckDB's {@code read_parquet}: the store tables it wrote as they are, its merge decisions as
 * merge links, its near-duplicates and stories as article features, its stories and their term
 * counts, its problems as quarantine entries. See {@link ArticleStore#fromParquet}.
 */
final class ParquetImport {
  /** The marker file the Spark job writes last, with the format of its output. */
  static final String MARKER = "_annals-spark.json";

  /** The output format this code reads. */
  static final String FORMAT = "annals-spark-v2";

  private ParquetImport() {}

  /** Checks that {@code dir} is Spark output this code can read, saying what is wrong if not. */
  static void check(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new StoreException(
          dir + " is not a directory; give the --output directory of AnnalsJob");
    }
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      throw new StoreException(
          dir
              + " is not the output of the annals Spark job (it has no "
              + MARKER
              + "; the job writes it last, so the job may also have failed): run"
              + " org.annals.spark.AnnalsJob --input … --output "
              + dir);
    }
    String text;
    try {
      text = Files.readString(marker, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read " + marker + ": " + e.getMessage(), e);
    }
    if (!text.contains("\"" + FORMAT + "\"")) {
      throw new StoreException(
          marker
              + " names another output format than "
              + FORMAT
              + " ("
              + text.strip()
              + "); run the Spark job of this version of annals again");
    }
    for (String table : List.of("articles", "mentions", "problems", "stories")) {
      if (!hasParquet(dir.resolve(table))) {
        throw new StoreException(dir + " has no Parquet files under " + table + "/");
      }
    }
  }

  static void load(Connection c, Path dir, LocalDateTime now) throws SQLException {
    check(dir);
    String ts = "TIMESTAMP '" + now + "'";
    for (String table : StoreRows.TABLES) {
      if (table.equals("events")) {
        continue;
      }
      Path files = dir.resolve(table);
      if (!hasParquet(files)) {
        continue; // e.g. no candidate actors at all
      }
      String columns = String.join(", ", StoreRows.columnTypes(table).keySet());
      String extra = table.equals("articles") ? ", " + ts + " AS ingested_at" : "";
      execute(
          c,
          "INSERT INTO "
              + table
              + " BY NAME SELECT "
              + columns
              + extra
              + " FROM "
              + parquet(files));
    }
    Path mentions = dir.resolve("mentions");
    List<String> eventColumns = new ArrayList<>(StoreRows.columnTypes("events").keySet());
    eventColumns.add("merged_id");
    execute(
        c,
        "INSERT INTO events BY NAME SELECT "
            + String.join(", ", eventColumns)
            + " FROM "
            + parquet(mentions));
    execute(
        c,
        "INSERT INTO merge_links (mention_id, merged_id, matched_id, score, evidence, method,"
            + " representative, copy_group, trigger_lemma, terms, numbers, decided_at)"
            + " SELECT id, merged_id, matched_id, merge_score, merge_evidence, merge_method,"
            + " representative, copy_group, coalesce(trigger_lemma, ''),"
            + " to_json(coalesce(terms, []::VARCHAR[])), to_json(coalesce(numbers, []::VARCHAR[])), "
            + ts
            + " FROM "
            + parquet(mentions));
    // every article counts as resolved: the job decided copies and merges for the whole corpus
    execute(
        c,
        "INSERT INTO article_features (article_id, minhash, copy_of, copy_similarity, copy_group,"
            + " story_id, story_similarity, terms, labels, resolved_at)"
            + " SELECT id, coalesce(minhash, ''::BLOB), coalesce(copy_of, duplicate_of),"
            + " copy_similarity, coalesce(copy_group, duplicate_of, id), story_id,"
            + " story_similarity, coalesce(story_terms, '{}'), coalesce(story_labels, '{}'), "
            + ts
            + " FROM "
            + parquet(dir.resolve("articles")));
    execute(
        c,
        "INSERT INTO stories (id, title, centroid, labels, articles, first_date, last_date,"
            + " created_at, updated_at) SELECT id, title, centroid, labels, articles, first_date,"
            + " last_date, "
            + ts
            + ", "
            + ts
            + " FROM "
            + parquet(dir.resolve("stories")));
    // the document frequencies the stories were weighted with, for a later resolve
    execute(
        c,
        "INSERT INTO term_df (term, df) SELECT term, count(*) FROM (SELECT unnest(json_keys("
            + "coalesce(story_terms, '{}')::JSON)) AS term FROM "
            + parquet(dir.resolve("articles"))
            + ") GROUP BY term");
    execute(
        c,
        "INSERT INTO quarantine (source_path, locator, byte_offset, stage, severity, reason,"
            + " raw_sha256, first_seen, last_seen, times_seen)"
            + " SELECT source_path, locator, min(byte_offset), stage, min(severity), reason,"
            + " coalesce(raw_sha256, ''), "
            + ts
            + ", "
            + ts
            + ", count(*)::INTEGER FROM "
            + parquet(dir.resolve("problems"))
            + " GROUP BY source_path, locator, stage, reason, coalesce(raw_sha256, '')");
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO ingest_runs (id, started_at, finished_at, inputs, added, quarantined,"
                + " status) SELECT nextval('ingest_run_ids'), ?, ?, ?::JSON,"
                + " (SELECT count(*) FROM articles),"
                + " (SELECT count(*) FROM quarantine WHERE severity = 'error'), 'finished'")) {
      p.setObject(1, now);
      p.setObject(2, now);
      p.setString(3, Json.strings(List.of(dir.toString())));
      p.executeUpdate();
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** A {@code read_parquet} over every Parquet file under {@code dir}, Hive partitions read. */
  static String parquet(Path dir) {
    String glob = dir.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet";
    return "read_parquet('" + glob + "', hive_partitioning = true, union_by_name = true)";
  }

  private static boolean hasParquet(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
