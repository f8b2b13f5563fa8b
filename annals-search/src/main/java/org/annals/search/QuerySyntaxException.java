package org.annals.search;

import java.util.OptionalInt;

/**
 * A search query that does not parse: the message says what is wrong and how to fix it; {@link
 * #column()} says where, when the parser knows.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final int column;

  /**
   * @param column the 0-based index into {@code query} where the problem is, or -1 if unknown
   */
  public QuerySyntaxException(String message, String query, int column, Throwable cause) {
    super(message, cause);
    this.query = query;
    this.column = column;
  }

  /** The query as given. */
  public String query() {
    return query;
  }

  /** The 0-based index into the query where the problem is, when the parser knows. */
  public OptionalInt column() {
    return column < 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** Two lines for a terminal: the query, then a caret under the bad column (when known). */
  public String pretty() {
    if (column < 0) {
      return query + "\n" + getMessage();
    }
    return query + "\n" + " ".repeat(Math.min(column, query.length())) + "^ " + getMessage();
  }
}
