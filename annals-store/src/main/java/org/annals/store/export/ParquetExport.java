package org.annals.store.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.store.ExportRows.MentionRow;
import org.annals.store.ExportRows.RealEvent;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes {@code events.parquet} (the {@link EventTable#EVENTS} columns, typed) and {@code
 * mentions.parquet} ({@link EventTable#MENTIONS}) with DuckDB: rows go through an appender into
 * tables of a private in-memory database, which {@code COPY … (FORMAT parquet)} writes out. Files
 * appear complete or not at all (written under a temporary name, then moved). Not thread-safe.
 */
public final class ParquetExport implements AutoCloseable {
  /** The file names {@link #writeTo} writes. */
  public static final String EVENTS_FILE = "events.parquet";

  public static final String MENTIONS_FILE = "mentions.parquet";

  /** What was written. */
  public record Written(Path events, long eventRows, Path mentions, long mentionRows) {}

  private final Connection db;
  private final DuckDBAppender events;
  private final DuckDBAppender mentions;
  private long eventRows;
  private long mentionRows;

  private ParquetExport(Connection db, DuckDBAppender events, DuckDBAppender mentions) {
    this.db = db;
    this.events = events;
    this.mentions = mentions;
  }

  /** A new, empty export. */
  public static ParquetExport open() throws IOException {
    Connection db = null;
    try {
      db = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = db.createStatement()) {
        s.execute(createTable("events", EventTable.EVENTS));
        s.execute(createTable("mentions", EventTable.MENTIONS));
      }
      DuckDBConnection duck = db.unwrap(DuckDBConnection.class);
      return new ParquetExport(
          db,
          duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events"),
          duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions"));
    } catch (SQLException e) {
      if (db != null) {
        try {
          db.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new IOException("cannot start a Parquet export (in-memory DuckDB): " + e, e);
    }
  }

  /** {@code CREATE TABLE} for a table's columns, names quoted. */
  static <T> String createTable(String name, List<Column<T>> columns) {
    return "CREATE TABLE "
        + name
        + " ("
        + columns.stream()
            .map(c -> '"' + c.name() + "\" " + c.type().name())
            .collect(Collectors.joining(", "))
        + ")";
  }

  /** Adds a real event and its mentions. */
  public void add(RealEvent e) throws IOException {
    try {
      append(events, EventTable.EVENTS, e);
      eventRows++;
      for (MentionRow m : e.mentions()) {
        append(mentions, EventTable.MENTIONS, m);
        mentionRows++;
      }
    } catch (SQLException ex) {
      throw new IOException("cannot add the event " + e.id() + " to the Parquet export: " + ex, ex);
    }
  }

  private static <T> void append(DuckDBAppender a, List<Column<T>> columns, T row)
      throws SQLException {
    Object[] values = EventTable.values(columns, row);
    a.beginRow();
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        a.appendNull();
        continue;
      }
      switch (columns.get(i).type()) {
        case VARCHAR -> a.append((String) v);
        case INTEGER -> a.append(((Integer) v).intValue());
        case DOUBLE -> a.append(((Double) v).doubleValue());
        case DATE -> a.append((LocalDate) v);
        case BOOLEAN -> a.append(((Boolean) v).booleanValue());
      }
    }
    a.endRow();
  }

  /**
   * Writes {@value #EVENTS_FILE} and {@value #MENTIONS_FILE} into {@code dir} (which must exist),
   * replacing files of those names.
   */
  public Written writeTo(Path dir) throws IOException {
    try {
      events.flush();
      mentions.flush();
    } catch (SQLException e) {
      throw new IOException("cannot finish the Parquet export: " + e, e);
    }
    Path ev = copy("events", dir.resolve(EVENTS_FILE));
    Path me = copy("mentions", dir.resolve(MENTIONS_FILE));
    return new Written(ev, eventRows, me, mentionRows);
  }

  private Path copy(String table, Path target) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try (Statement s = db.createStatement()) {
      s.execute(
          "COPY "
              + table
              + " TO "
              + literal(tmp.toAbsolutePath().toString())
              + " (FORMAT parquet, COMPRESSION zstd)");
    } catch (SQLException e) {
      Files.deleteIfExists(tmp);
      throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /** A SQL string literal: in single quotes, single quotes doubled. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  @Override
  public void close() throws IOException {
    SQLException failure = null;
    for (AutoCloseable c : List.<AutoCloseable>of(events, mentions, db)) {
      try {
        c.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new SQLException("closing the Parquet export failed: " + e, e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw new IOException(failure.getMessage(), failure);
    }
  }
}
