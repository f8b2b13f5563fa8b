package org.annals.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** TIMESTAMP columns hold UTC wall-clock time. */
final class Times {
  private Times() {}

  static LocalDateTime toDb(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant fromDb(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }
}
