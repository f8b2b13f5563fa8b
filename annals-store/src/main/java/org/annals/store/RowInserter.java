package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Buffers rows for one table and inserts them with multi-row {@code INSERT … VALUES (…), (…)}
 * statements: DuckDB spends far more per statement than per row. Not thread-safe; one per batch.
 */
final class RowInserter {
  private final String table;
  private final List<String> columns;
  private final int rowsPerStatement;
  private final List<Object[]> rows = new ArrayList<>();

  RowInserter(String table, List<String> columns, int rowsPerStatement) {
    this.table = table;
    this.columns = List.copyOf(columns);
    this.rowsPerStatement = rowsPerStatement;
  }

  /** Buffers one row; values in column order, bound with {@code setObject} (null for NULL). */
  void add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + " has " + columns.size() + " columns, got " + values.length + " values");
    }
    rows.add(values.clone());
  }

  String table() {
    return table;
  }

  List<String> columns() {
    return columns;
  }

  /** The buffered rows, in column order (for {@link StoreRows}). */
  List<Object[]> rows() {
    return List.copyOf(rows);
  }

  /** Inserts the buffered rows and forgets them. */
  void flush(Connection connection) throws SQLException {
    int full = rows.size() / rowsPerStatement;
    if (full > 0) {
      try (PreparedStatement p = connection.prepareStatement(sql(rowsPerStatement))) {
        for (int chunk = 0; chunk < full; chunk++) {
          execute(p, rows.subList(chunk * rowsPerStatement, (chunk + 1) * rowsPerStatement));
        }
      }
    }
    int rest = rows.size() % rowsPerStatement;
    if (rest > 0) {
      try (PreparedStatement p = connection.prepareStatement(sql(rest))) {
        execute(p, rows.subList(rows.size() - rest, rows.size()));
      }
    }
    rows.clear();
  }

  private void execute(PreparedStatement p, List<Object[]> chunk) throws SQLException {
    int i = 0;
    for (Object[] row : chunk) {
      for (Object value : row) {
        p.setObject(++i, value);
      }
    }
    p.executeUpdate();
  }

  private String sql(int rowCount) {
    String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES "
        + String.join(", ", Collections.nCopies(rowCount, row));
  }
}
