package org.annals.engine.watch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the watcher remembers about one feed between rounds and runs. Times are ISO-8601 instants;
 * absent values are {@code null} (this is the state file's JSON form).
 *
 * @param etag the {@code ETag} of the last 200 or 304, sent back as {@code If-None-Match}
 * @param lastModified its {@code Last-Modified}, sent back as {@code If-Modified-Since}
 * @param lastPolled when it was last requested
 * @param lastSuccess when it last answered 200 or 304 with a readable feed
 * @param lastStatus the last HTTP status (0: no response)
 * @param consecutiveFailures failures since the last success
 * @param lastError the reason of the last failure
 * @param nextAttempt not polled before this time (backoff after failures)
 * @param itemsIngested items handed to the ingest over all rounds
 * @param seen item key → content hash of the items already ingested (the seen-set)
 */
public record FeedState(
    String etag,
    String lastModified,
    String lastPolled,
    String lastSuccess,
    int lastStatus,
    int consecutiveFailures,
    String lastError,
    String lastErrorAt,
    String nextAttempt,
    long itemsIngested,
    Map<String, String> seen) {
  /** Items remembered per feed; the oldest are forgotten first (the store still knows them). */
  public static final int MAX_SEEN = 5000;

  public static final FeedState NEW =
      new FeedState(null, null, null, null, 0, 0, null, null, null, 0, Map.of());

  public FeedState {
    seen =
        seen == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seen));
  }

  /** Whether the feed may be polled at this time. */
  public boolean due(Instant now) {
    return nextAttempt == null || !Instant.parse(nextAttempt).isAfter(now);
  }

  public Optional<String> etagValue() {
    return Optional.ofNullable(etag);
  }

  public Optional<String> lastModifiedValue() {
    return Optional.ofNullable(lastModified);
  }

  /** A 200 or 304 at {@code now}; validators are kept when the response has none. */
  FeedState succeeded(
      Instant now, int status, Optional<String> newEtag, Optional<String> newLastModified) {
    return new FeedState(
        newEtag.orElse(etag),
        newLastModified.orElse(lastModified),
        now.toString(),
        now.toString(),
        status,
        0,
        lastError,
        lastErrorAt,
        null,
        itemsIngested,
        seen);
  }

  /** A failure at {@code now}; polled again at {@code next}. */
  FeedState failed(Instant now, int status, String reason, Instant next) {
    return new FeedState(
        etag,
        lastModified,
        now.toString(),
        lastSuccess,
        status,
        consecutiveFailures + 1,
        reason,
        now.toString(),
        next.toString(),
        itemsIngested,
        seen);
  }

  /** These items were ingested. */
  FeedState ingested(Map<String, String> items) {
    LinkedHashMap<String, String> all = new LinkedHashMap<>(seen);
    for (Map.Entry<String, String> e : items.entrySet()) {
      all.remove(e.getKey());
      all.put(e.getKey(), e.getValue());
    }
    var it = all.keySet().iterator();
    while (all.size() > MAX_SEEN && it.hasNext()) {
      it.next();
      it.remove();
    }
    return new FeedState(
        etag,
        lastModified,
        lastPolled,
        lastSuccess,
        lastStatus,
        consecutiveFailures,
        lastError,
        lastErrorAt,
        nextAttempt,
        itemsIngested + items.size(),
        all);
  }

  /** Whether this item, with this content, was ingested before. */
  boolean hasSeen(String key, String hash) {
    return hash.equals(seen.get(key));
  }
}
