package org.annals.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: records end with CRLF; a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes, with its double quotes doubled; other fields are written as they are
 * (an empty field is a missing value). Not thread-safe.
 */
public final class Csv {
  private final Writer out;
  private final int width;
  private long rows;

  /** A writer of rows of {@code width} fields. */
  public Csv(Writer out, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("a CSV row has at least one field, got width " + width);
    }
    this.out = out;
    this.width = width;
  }

  /** Writes one record. */
  public void row(List<String> fields) throws IOException {
    if (fields.size() != width) {
      throw new IllegalArgumentException(
          "this CSV has " + width + " fields per row, got " + fields.size() + ": " + fields);
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    out.write(line.append("\r\n").toString());
    rows++;
  }

  /** Writes the values of one row of a table, as {@link Column#text} renders them. */
  public <T> void row(List<Column<T>> columns, T row) throws IOException {
    Object[] values = EventTable.values(columns, row);
    String[] text = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      text[i] = Column.text(values[i]);
    }
    row(List.of(text));
  }

  /** How many records were written, the header included. */
  public long rows() {
    return rows;
  }

  /** One field as RFC 4180 writes it. */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
