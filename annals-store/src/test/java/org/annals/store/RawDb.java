package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC on a closed store's file, to check what is really on disk. */
final class RawDb {
  private RawDb() {}

  static long count(Path dataDir, String sql) throws SQLException {
    try (Connection c = connect(dataDir);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static void execute(Path dataDir, String sql) throws SQLException {
    try (Connection c = connect(dataDir);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Connection connect(Path dataDir) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:duckdb:" + dataDir.toAbsolutePath().resolve(ArticleStore.FILE_NAME));
  }
}
