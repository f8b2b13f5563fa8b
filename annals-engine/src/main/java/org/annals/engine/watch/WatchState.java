package org.annals.engine.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The watcher's memory, {@code <data>/watch/state.json}: one {@link FeedState} per feed URL.
 * Written atomically (a temporary file renamed over the old one), so a crash leaves the old state
 * or the new one, never half of one. Not thread-safe.
 */
public final class WatchState {
  /** The state file of a data directory. */
  public static Path file(Path dataDir) {
    return dataDir.resolve("watch").resolve("state.json");
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The file's form. */
  record Stored(int version, Map<String, FeedState> feeds) {}

  private final Path file;
  private final TreeMap<String, FeedState> feeds;

  private WatchState(Path file, Map<String, FeedState> feeds) {
    this.file = file;
    this.feeds = new TreeMap<>(feeds);
  }

  /**
   * Loads the state of a data directory (empty when there is none yet).
   *
   * @throws IllegalStateException when the file exists but cannot be read, saying what to do
   */
  public static WatchState load(Path dataDir) {
    Path f = file(dataDir);
    if (!Files.exists(f)) {
      return new WatchState(f, Map.of());
    }
    try {
      Stored s = JSON.readValue(f.toFile(), Stored.class);
      return new WatchState(f, s.feeds() == null ? Map.of() : s.feeds());
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the watch state "
              + f
              + " ("
              + e.getMessage()
              + "); move it away to start afresh (items already stored are not stored twice)",
          e);
    }
  }

  /** The state of a feed ({@link FeedState#NEW} for one never polled). */
  public FeedState feed(String url) {
    return feeds.getOrDefault(url, FeedState.NEW);
  }

  public Map<String, FeedState> feeds() {
    return java.util.Collections.unmodifiableMap(feeds);
  }

  void put(String url, FeedState state) {
    feeds.put(url, state);
  }

  /** Writes the state atomically. */
  public void save() {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".state", ".json.part");
      try {
        Files.write(tmp, JSON.writeValueAsBytes(new Stored(1, feeds)));
        try {
          Files.move(
              tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the watch state: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the watch state " + file + ": " + e.getMessage(), e);
    }
  }
}
