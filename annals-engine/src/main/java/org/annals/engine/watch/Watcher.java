package org.annals.engine.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.coder.extract.EventExtractor;
import org.annals.engine.IngestCounts;
import org.annals.engine.IngestListener;
import org.annals.engine.IngestOptions;
import org.annals.engine.IngestPipeline;
import org.annals.engine.TextAnnotator;
import org.annals.model.ArticleId;
import org.annals.store.ArticleStore;
import org.annals.store.StoreOutcome;

/**
 * Polls a list of feeds round by round and ingests their new items into a store. Each round polls
 * the due feeds one after another, writes the new items under {@code
 * <data>/watch/fetched/<digest>/} and runs one {@link IngestPipeline} over them (CLEAN, ANNOTATE,
 * CODE, STORE, then RESOLVE, which updates stories). Not thread-safe: one round at a time.
 */
public final class Watcher {
  /** Pauses the calling thread; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Pause {
    Pause SLEEP = d -> Thread.sleep(d.toMillis());

    void pause(Duration d) throws InterruptedException;
  }

  /**
   * How to watch.
   *
   * @param interval time between rounds, and the first backoff step
   * @param fetchPages fetch the linked page of items that only carry a summary
   * @param pageDelay the least time between two page requests to one host
   */
  public record Options(Duration interval, boolean fetchPages, Duration pageDelay) {
    public Options {
      if (interval.isNegative() || pageDelay.isNegative()) {
        throw new IllegalArgumentException("durations must not be negative");
      }
    }
  }

  /** One feed's failure in a round. */
  public record Failure(URI feed, String reason, int consecutive, Instant nextAttempt) {
    public String describe() {
      return feed
          + ": "
          + reason
          + " ("
          + consecutive
          + " failure"
          + (consecutive == 1 ? "" : "s")
          + " in a row; next attempt after "
          + nextAttempt
          + ")";
    }
  }

  /**
   * What a round did.
   *
   * @param polled feeds requested
   * @param notModified of those, unchanged (304, or no item not seen before)
   * @param waiting feeds not polled because they are backing off
   * @param newItems items handed to the ingest
   * @param pages linked pages fetched for summary-only items
   * @param storiesTouched stories the added articles joined or started
   * @param warnings page fetches that failed (the feed's summary was ingested instead)
   * @param ingest the pipeline's report, when there was something to ingest
   */
  public record RoundReport(
      int round,
      int polled,
      int notModified,
      int waiting,
      List<Failure> failures,
      int newItems,
      int pages,
      int storiesTouched,
      List<String> warnings,
      Optional<IngestPipeline.Report> ingest,
      Duration elapsed) {
    public RoundReport {
      failures = List.copyOf(failures);
      warnings = List.copyOf(warnings);
    }

    public IngestCounts counts() {
      return ingest.map(IngestPipeline.Report::counts).orElse(IngestCounts.ZERO);
    }

    /** One line: feeds polled / not modified / failed, new items, events coded, stories touched. */
    public String summary() {
      IngestCounts c = counts();
      return String.format(
          Locale.ROOT,
          "round %d: %d feed%s polled, %d not modified, %d failed%s; %d new item%s%s (added %d,"
              + " new versions %d, quarantined %d); %d event%s coded; %d stor%s touched; %.1f s",
          round,
          polled,
          polled == 1 ? "" : "s",
          notModified,
          failures.size(),
          waiting > 0 ? ", " + waiting + " backing off" : "",
          newItems,
          newItems == 1 ? "" : "s",
          pages > 0 ? " (" + pages + " page" + (pages == 1 ? "" : "s") + " fetched)" : "",
          c.added(),
          c.newVersions(),
          c.quarantined(),
          c.events(),
          c.events() == 1 ? "" : "s",
          storiesTouched,
          storiesTouched == 1 ? "y" : "ies",
          elapsed.toMillis() / 1000.0);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArticleStore store;
  private final List<URI> feeds;
  private final Optional<TextAnnotator> annotator;
  private final Optional<EventExtractor> coder;
  private final IngestOptions ingestOptions;
  private final Options options;
  private final FeedFetcher fetcher;
  private final Backoff backoff;
  private final Clock clock;
  private final Pause pause;
  private final WatchState state;
  private final Path fetchedDir;
  private final Map<String, Instant> lastPageRequest = new HashMap<>();
  private int rounds;

  public Watcher(
      ArticleStore store,
      List<URI> feeds,
      Optional<TextAnnotator> annotator,
      Optional<EventExtractor> coder,
      IngestOptions ingestOptions,
      Options options,
      FeedFetcher fetcher,
      Backoff backoff,
      Clock clock,
      Pause pause) {
    this.store = store;
    this.feeds = List.copyOf(feeds);
    this.annotator = annotator;
    this.coder = coder;
    this.ingestOptions = ingestOptions;
    this.options = options;
    this.fetcher = fetcher;
    this.backoff = backoff;
    this.clock = clock;
    this.pause = pause;
    this.state = WatchState.load(store.dataDir());
    this.fetchedDir = store.dataDir().resolve("watch").resolve("fetched");
  }

  /** The state as it stands (saved after every round). */
  public WatchState state() {
    return state;
  }

  /** A feed with new items waiting to be ingested in this round. */
  private record Pending(
      URI feed, FeedFetcher.Fetched response, FeedItems items, List<FeedItems.Item> fresh) {}

  /** Polls every due feed once and ingests what is new. */
  public RoundReport round(IngestListener listener) throws InterruptedException {
    long started = System.nanoTime();
    rounds++;
    int polled = 0;
    int notModified = 0;
    int waiting = 0;
    List<Failure> failures = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    for (URI feed : feeds) {
      String key = feed.toString();
      FeedState s = state.feed(key);
      Instant now = clock.instant();
      if (!s.due(now)) {
        waiting++;
        continue;
      }
      polled++;
      FeedFetcher.Outcome outcome = fetcher.fetchFeed(feed, s.etagValue(), s.lastModifiedValue());
      if (outcome instanceof FeedFetcher.NotModified nm) {
        notModified++;
        state.put(key, s.succeeded(clock.instant(), 304, nm.etag(), nm.lastModified()));
      } else if (outcome instanceof FeedFetcher.Failed f) {
        failures.add(fail(feed, s, f.status(), f.reason(), f.retryAfter()));
      } else if (outcome instanceof FeedFetcher.Fetched ok) {
        FeedItems items;
        try {
          items = FeedItems.parse(ok.body());
        } catch (IllegalArgumentException e) {
          failures.add(fail(feed, s, ok.status(), e.getMessage(), Optional.empty()));
          continue;
        }
        List<FeedItems.Item> fresh =
            items.items().stream().filter(i -> !s.hasSeen(i.key(), i.hash())).toList();
        if (fresh.isEmpty()) {
          notModified++;
          state.put(key, s.succeeded(clock.instant(), ok.status(), ok.etag(), ok.lastModified()));
        } else {
          pending.add(new Pending(feed, ok, items, fresh));
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    int pages = 0;
    int newItems = 0;
    for (Pending p : pending) {
      Set<Integer> inFeed = new LinkedHashSet<>();
      StringBuilder jsonl = new StringBuilder();
      for (FeedItems.Item item : p.fresh()) {
        Optional<String> page =
            options.fetchPages() && item.summaryOnly() && item.link().isPresent()
                ? page(p.feed(), item, warnings)
                : Optional.empty();
        if (page.isPresent()) {
          pages++;
          jsonl.append(pageLine(item, p.items().outlet(), page.get())).append('\n');
        } else {
          inFeed.add(item.index());
        }
      }
      newItems += p.fresh().size();
      String name = slug(p.feed());
      if (!inFeed.isEmpty()) {
        files.add(save(name + ".xml", p.items().only(inFeed)));
      }
      if (jsonl.length() > 0) {
        files.add(save(name + "-pages.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8)));
      }
    }
    Optional<IngestPipeline.Report> report = Optional.empty();
    Set<String> stories = new LinkedHashSet<>();
    if (!files.isEmpty()) {
      List<ArticleId> added = new ArrayList<>();
      IngestListener collecting =
          new IngestListener() {
            @Override
            public void started(long totalBytes, int fileCount) {
              listener.started(totalBytes, fileCount);
            }

            @Override
            public void progressed(long doneBytes, IngestCounts counts) {
              listener.progressed(doneBytes, counts);
            }

            @Override
            public void stored(ArticleId id, StoreOutcome outcome) {
              if (outcome != StoreOutcome.UNCHANGED) {
                synchronized (added) {
                  added.add(id);
                }
              }
              listener.stored(id, outcome);
            }

            @Override
            public void problem(org.annals.model.Problem problem) {
              listener.problem(problem);
            }
          };
      try {
        report =
            Optional.of(
                new IngestPipeline(store, annotator, coder, ingestOptions).run(files, collecting));
      } finally {
        // items count as seen only once their ingest ran; a failed ingest retries them next round
        if (report.isPresent()) {
          for (Pending p : pending) {
            Map<String, String> seen = new LinkedHashMap<>();
            p.fresh().forEach(i -> seen.put(i.key(), i.hash()));
            String key = p.feed().toString();
            FeedFetcher.Fetched ok = p.response();
            state.put(
                key,
                state
                    .feed(key)
                    .succeeded(clock.instant(), ok.status(), ok.etag(), ok.lastModified())
                    .ingested(seen));
          }
        }
        state.save();
      }
      if (coder.isPresent()) {
        for (ArticleId id : added) {
          store.articleFeatures(id.value()).flatMap(f -> f.storyId()).ifPresent(stories::add);
        }
      }
    } else {
      state.save();
    }
    return new RoundReport(
        rounds,
        polled,
        notModified,
        waiting,
        failures,
        newItems,
        pages,
        stories.size(),
        warnings,
        report,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private Failure fail(
      URI feed, FeedState s, int status, String reason, Optional<Duration> retryAfter) {
    Instant now = clock.instant();
    Instant next = now.plus(backoff.delay(s.consecutiveFailures() + 1, retryAfter));
    FeedState failed = s.failed(now, status, reason, next);
    state.put(feed.toString(), failed);
    return new Failure(feed, reason, failed.consecutiveFailures(), next);
  }

  /** The item's linked page, politely: at most one request per host per page delay. */
  private Optional<String> page(URI feed, FeedItems.Item item, List<String> warnings)
      throws InterruptedException {
    URI link = item.link().orElseThrow();
    String host = link.getHost() == null ? "" : link.getHost().toLowerCase(Locale.ROOT);
    Instant last = lastPageRequest.get(host);
    if (last != null) {
      Duration wait = Duration.between(clock.instant(), last.plus(options.pageDelay()));
      if (!wait.isNegative() && !wait.isZero()) {
        pause.pause(wait);
      }
    }
    FeedFetcher.Outcome outcome = fetcher.fetchPage(link);
    lastPageRequest.put(host, clock.instant());
    if (outcome instanceof FeedFetcher.Fetched ok) {
      return Optional.of(new String(ok.body(), charsetOf(ok.contentType())));
    }
    String reason =
        outcome instanceof FeedFetcher.Failed f ? f.reason() : "unexpected answer " + outcome;
    warnings.add(
        feed + ": page " + link + " not fetched (" + reason + "); the feed's summary was ingested");
    return Optional.empty();
  }

  private static java.nio.charset.Charset charsetOf(Optional<String> contentType) {
    if (contentType.isPresent()) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(?i)charset=\"?([A-Za-z0-9._:-]+)")
              .matcher(contentType.get());
      if (m.find()) {
        try {
          return java.nio.charset.Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** A JSON Lines record for an item whose page was fetched (the reader takes its metadata). */
  private static String pageLine(FeedItems.Item item, Optional<String> outlet, String html) {
    ObjectNode o = JSON.createObjectNode();
    o.put("url", item.link().orElseThrow().toString());
    item.title().ifPresent(t -> o.put("title", t));
    item.published().ifPresent(d -> o.put("published", d));
    outlet.ifPresent(t -> o.put("outlet", t));
    o.put("html", html);
    return o.toString();
  }

  /** A readable file name for a feed: its host and path. */
  static String slug(URI feed) {
    String s =
        (feed.getHost() + (feed.getPath() == null ? "" : feed.getPath()))
            .replaceAll("[^A-Za-z0-9.-]+", "_")
            .replaceAll("^[._]+|[._]+$", "");
    if (s.length() > 80) {
      s = s.substring(0, 80);
    }
    return s.isEmpty() ? "feed" : s;
  }

  /**
   * Writes what a round will ingest where the same name and bytes always land: the stored articles
   * point at these files as their source.
   */
  private Path save(String name, byte[] bytes) {
    try {
      String digest = ArticleId.sha256Hex(bytes).substring(0, 20);
      Path dir = fetchedDir.resolve(digest);
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file) && Files.size(file) == bytes.length) {
        return file;
      }
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".fetched", ".part");
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot save fetched items under " + fetchedDir + ": " + e.getMessage(), e);
    }
  }
}
