package org.annals.store.export;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported table: its name, its type, and how a row gives its value. The same
 * columns make the CSV header and the Parquet schema, so the two never drift apart.
 *
 * @param <T> what a row is made from
 * @param name the column's name, lower-case with underscores
 * @param type its SQL type in Parquet (CSV writes every value as text)
 * @param value the value for a row: a {@code String}, {@code Integer}, {@code Double}, {@code
 *     LocalDate} or {@code Boolean} as {@code type} says, or null when there is none
 */
public record Column<T>(String name, Type type, Function<T, Object> value) {
  /** The SQL types exports use. */
  public enum Type {
    VARCHAR(String.class),
    INTEGER(Integer.class),
    DOUBLE(Double.class),
    DATE(LocalDate.class),
    BOOLEAN(Boolean.class);

    private final Class<?> javaType;

    Type(Class<?> javaType) {
      this.javaType = javaType;
    }

    /** The Java type of its values. */
    public Class<?> javaType() {
      return javaType;
    }
  }

  public Column {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "a column name is lower-case letters, digits and '_', got '" + name + "'");
    }
  }

  /**
   * This column's value for a row, checked against its type.
   *
   * @throws IllegalStateException if the row gives a value of another type (a bug in the table)
   */
  public Object of(T row) {
    Object v = value.apply(row);
    if (v != null && !type.javaType().isInstance(v)) {
      throw new IllegalStateException(
          "column "
              + name
              + " is "
              + type
              + " but got a "
              + v.getClass().getSimpleName()
              + " ("
              + v
              + ")");
    }
    return v;
  }

  /**
   * A value as text: empty for null, ISO dates, {@code true}/{@code false}, numbers in plain
   * notation.
   */
  public static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d && Double.isFinite(d)) {
      return java.math.BigDecimal.valueOf(d).toPlainString(); // never 1.0E-4
    }
    return v.toString();
  }
}
