package org.annals.store;

/**
 * The store could not do what was asked. The message says where (data directory, article, batch)
 * and what to do; the cause, when present, is the underlying database error.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
