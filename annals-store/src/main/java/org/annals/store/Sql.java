package org.annals.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** Small JDBC helpers. */
final class Sql {
  private Sql() {}

  /** Rolls back after {@code failure}; a failing rollback is attached to it, not thrown. */
  static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** Closes, attaching a failure to {@code failure} (which may be null) instead of throwing. */
  static void closeQuietly(AutoCloseable resource, Throwable failure) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (Exception e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }

  static Optional<String> optionalString(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column));
  }

  static OptionalLong optionalLong(ResultSet r, String column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
  }

  static LocalDateTime timestamp(ResultSet r, String column) throws SQLException {
    return r.getObject(column, LocalDateTime.class);
  }

  /** Lower-case label of an enum constant, as stored. */
  static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The enum constant for a stored label. */
  static <E extends Enum<E>> E fromLabel(Class<E> type, String label, String where) {
    try {
      return Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StoreException(
          where
              + " holds '"
              + label
              + "', which is no "
              + type.getSimpleName()
              + "; the store is damaged",
          e);
    }
  }
}
