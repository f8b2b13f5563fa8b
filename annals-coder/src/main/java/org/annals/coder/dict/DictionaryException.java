package org.annals.coder.dict;

/** A dictionary file that cannot be read: the message names the file and the line. */
public final class DictionaryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public DictionaryException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
    this.source = source;
    this.line = line;
  }

  /** The file (or resource) name. */
  public String source() {
    return source;
  }

  /** 1-based line number, 0 when the problem is the whole file. */
  public int line() {
    return line;
  }
}
