package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows the store would hold for one article, computed without a database, in the store's own
 * column names and order. The Spark job ({@code annals-spark}) writes them as Parquet so that
 * {@link ArticleStore#fromParquet} can rebuild a store from its output with full fidelity
 * (sentences, entities, times, events with their evidence spans).
 *
 * <p>Values are {@code String} (also for JSON columns), {@code Integer}, {@code Long}, {@code
 * Double}, {@code Boolean}, {@code LocalDate}, {@code byte[]} (the offset map) or null. Columns the
 * store fills when it loads rows ({@value #INGESTED_AT}, {@value #RUN_ID}) are left out, so the
 * rows of an article are a pure function of it.
 *
 * <p>Thread-safe: stateless.
 */
public final class StoreRows {
  /** The tables an article adds rows to, in insert order. */
  public static final List<String> TABLES =
      List.of(
          "articles",
          "sentences",
          "entity_mentions",
          "time_expressions",
          "events",
          "candidate_actors");

  static final String INGESTED_AT = "ingested_at";
  static final String RUN_ID = "run_id";
  private static final Set<String> LEFT_OUT = Set.of(INGESTED_AT, RUN_ID);
  private static final LocalDateTime NO_TIME = LocalDateTime.of(1970, 1, 1, 0, 0);

  private static volatile Map<String, Map<String, String>> types;

  private StoreRows() {}

  /** One table's columns (store names) and the rows for one article, each in column order. */
  public record Table(String name, List<String> columns, List<Object[]> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /**
   * The rows {@code record} adds to an empty store, by table name ({@link #TABLES}); version 1, no
   * duplicate. The caller numbers versions and marks duplicates when it sees the whole corpus.
   *
   * @throws StoreException if an annotation span lies outside the article's text
   */
  public static Map<String, Table> of(ArticleRecord record) {
    Map<String, Table> out = new LinkedHashMap<>();
    for (Map.Entry<String, BatchWriter.TableRows> e :
        BatchWriter.rowsOf(record, NO_TIME).entrySet()) {
      List<String> all = e.getValue().columns();
      List<Integer> keep = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (!LEFT_OUT.contains(all.get(i))) {
          keep.add(i);
        }
      }
      List<String> columns = keep.stream().map(all::get).toList();
      List<Object[]> rows = new ArrayList<>();
      for (Object[] row : e.getValue().rows()) {
        Object[] kept = new Object[keep.size()];
        for (int i = 0; i < kept.length; i++) {
          kept[i] = row[keep.get(i)];
        }
        rows.add(kept);
      }
      out.put(e.getKey(), new Table(e.getKey(), columns, rows));
    }
    return out;
  }

  /**
   * The DuckDB type of each column {@link #of} gives for {@code table} ({@code VARCHAR}, {@code
   * JSON}, {@code INTEGER}, {@code BIGINT}, {@code DOUBLE}, {@code BOOLEAN}, {@code DATE}, {@code
   * BLOB}), in column order, read from the current schema.
   */
  public static Map<String, String> columnTypes(String table) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("no table '" + table + "'; known: " + TABLES);
    }
    Map<String, Map<String, String>> all = types;
    if (all == null) {
      all = readTypes();
      types = all;
    }
    Map<String, String> byName = all.get(table);
    Map<String, String> ordered = new LinkedHashMap<>();
    List<String> columns = BatchWriter.columnsByTable().get(table);
    for (String c : columns) {
      if (!LEFT_OUT.contains(c)) {
        ordered.put(c, byName.get(c));
      }
    }
    return ordered;
  }

  private static Map<String, Map<String, String>> readTypes() {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      Migrations.apply(c, Path.of(":memory:"), Clock.systemUTC());
      Map<String, Map<String, String>> out = new LinkedHashMap<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT table_name, column_name, data_type FROM information_schema.columns"
                  + " ORDER BY table_name, ordinal_position")) {
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>())
                .put(r.getString(2), r.getString(3));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the store schema: " + e.getMessage(), e);
    }
  }
}
