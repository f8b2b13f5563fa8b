package org.annals.eval;

/**
 * A gold file that is not in the format its reader expects, with where: the file and the line (1-
 * based, or 0 when the problem is not on one line).
 */
public final class GoldFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public GoldFormatException(String source, int line, String message) {
    super(message);
    this.source = source;
    this.line = line;
  }

  public GoldFormatException(String source, int line, String message, Throwable cause) {
    super(message, cause);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  /** 1-based line, or 0 when the problem is not on one line. */
  public int line() {
    return line;
  }

  /** One line for a terminal: {@code eng.testb:12: tag 'X-PER' is not O, B-TYPE or I-TYPE}. */
  public String describe() {
    return source + (line > 0 ? ":" + line : "") + ": " + getMessage();
  }
}
