package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * Brings a store's schema up to date. Migrations are SQL scripts on the class path ({@code
 * db/V<n>__<what>.sql}), applied in order, each in its own transaction together with its {@code
 * schema_version} row, so a store is always at exactly one known version.
 */
final class Migrations {
  /** A script and the version it brings the schema to. */
  record Migration(int version, String resource) {
    Migration {
      if (!resource.startsWith("db/V" + version + "__") || !resource.endsWith(".sql")) {
        throw new IllegalArgumentException(
            "migration " + version + " must be named db/V" + version + "__<what>.sql");
      }
    }

    String sql() {
      try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "migration " + resource + " is missing from the class path; rebuild annals-store");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migration " + resource, e);
      }
    }
  }

  /** All migrations, in order; append only. */
  static final List<Migration> ALL =
      List.of(
          new Migration(1, "db/V1__init.sql"),
          new Migration(2, "db/V2__events.sql"),
          new Migration(3, "db/V3__event_dates.sql"),
          new Migration(4, "db/V4__event_places.sql"),
          new Migration(5, "db/V5__merging_stories.sql"));

  private Migrations() {}

  /** The schema version this code writes and reads. */
  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  /**
   * Applies the migrations the store lacks.
   *
   * @throws StoreException if the store is newer than this code, or a migration fails
   */
  static void apply(Connection connection, Path file, Clock clock) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version"
              + " (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int current = currentVersion(connection);
    if (current > latest()) {
      throw new StoreException(
          "the store "
              + file
              + " has schema version "
              + current
              + " but this annals knows versions up to "
              + latest()
              + "; it was written by a newer annals: upgrade annals, or use another --data");
    }
    for (Migration m : ALL) {
      if (m.version() > current) {
        applyOne(connection, file, clock, m, current);
        current = m.version();
      }
    }
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void applyOne(
      Connection connection, Path file, Clock clock, Migration m, int current) throws SQLException {
    String sql = m.sql();
    connection.setAutoCommit(false);
    try {
      try (Statement s = connection.createStatement()) {
        s.execute(sql);
      }
      try (PreparedStatement p =
          connection.prepareStatement(
              "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
        p.setInt(1, m.version());
        p.setObject(2, Times.toDb(clock.instant()));
        p.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw new StoreException(
          "upgrading the store "
              + file
              + " to schema version "
              + m.version()
              + " ("
              + m.resource()
              + ") failed, so it stays at version "
              + current
              + ": "
              + e.getMessage(),
          e);
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
