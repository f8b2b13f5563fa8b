package org.annals.engine.watch;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * When to try a failing feed again: the polling interval doubled for each consecutive failure (1,
 * 2, 4, … intervals), capped, with jitter that only shortens the delay (down to 80%) so a retry
 * still falls on a round. A server's {@code Retry-After} is honoured when it asks for longer, up to
 * a day. Not thread-safe (it draws from one {@link Random}).
 */
public final class Backoff {
  /** The longest delay a {@code Retry-After} header can impose. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

  private final Duration base;
  private final Duration cap;
  private final Random random;

  /**
   * @param base the delay after the first failure (the polling interval)
   * @param cap the longest delay the doubling reaches
   * @param random the source of jitter; seed it for reproducible tests
   */
  public Backoff(Duration base, Duration cap, Random random) {
    if (base.isNegative() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 <= base <= cap, got " + base + ", " + cap);
    }
    this.base = base;
    this.cap = cap;
    this.random = random;
  }

  /** The usual backoff for a polling interval: capped at 6 hours, or the interval if longer. */
  public static Backoff forInterval(Duration interval, Random random) {
    Duration cap = Duration.ofHours(6);
    return new Backoff(interval, interval.compareTo(cap) > 0 ? interval : cap, random);
  }

  /**
   * The delay before the next attempt.
   *
   * @param failures consecutive failures so far, at least 1
   * @param retryAfter what the server asked for, if anything
   */
  public Duration delay(int failures, Optional<Duration> retryAfter) {
    int doublings = Math.max(0, Math.min(failures - 1, 30));
    long millis = base.toMillis();
    long capMillis = cap.toMillis();
    long raw =
        doublings >= 62 || millis > (capMillis >> doublings) ? capMillis : millis << doublings;
    long jittered = (long) (Math.min(raw, capMillis) * (0.8 + 0.2 * random.nextDouble()));
    long asked = retryAfter.map(d -> Math.min(d.toMillis(), MAX_RETRY_AFTER.toMillis())).orElse(0L);
    return Duration.ofMillis(Math.max(jittered, asked));
  }
}
