package org.annals.ingest.read;

/**
 * Thrown by decoding helpers when input cannot be turned into an article; the message is for users.
 */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }
}
