package org.annals.engine.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.annals.engine.IngestListener;
import org.annals.engine.IngestOptions;
import org.annals.store.ArticleQuery;
import org.annals.store.ArticleStore;
import org.annals.store.ArticleSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds of the watcher against a local HTTP server, with the real store and no CoreNLP. */
class WatcherTest {
  static final Duration INTERVAL = Duration.ofMinutes(10);
  static final String MODIFIED = "Fri, 14 Mar 2025 10:00:00 GMT";

  static final String[] TREATY = {
    "https://wire.example/treaty",
    "Parliament ratifies treaty",
    "The parliament ratified a partnership treaty with its neighbour on Wednesday, officials said.",
    "Fri, 14 Mar 2025 09:00:00 GMT"
  };
  static final String[] FLOODS = {
    "https://wire.example/floods",
    "Floods close roads",
    "Heavy rain flooded the river valley on Thursday and closed two main roads, police said.",
    "Fri, 14 Mar 2025 08:00:00 GMT"
  };
  static final String[] TALKS = {
    "https://wire.example/talks",
    "Talks resume",
    "Diplomats from both countries resumed talks in Geneva on Friday after a pause of two months.",
    "Fri, 14 Mar 2025 11:00:00 GMT"
  };
  static final String[] ELECTION = {
    "https://atom.example/election",
    "Election called",
    "The prime minister called an early election for June, the government announced on Friday.",
    "2025-03-14T12:00:00Z"
  };

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2025-03-14T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TempDir Path tmp;
  FeedServer server;
  ArticleStore store;
  TestClock clock = new TestClock();
  List<Duration> pauses = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    store = ArticleStore.open(tmp.resolve("data"));
  }

  @AfterEach
  void stop() {
    store.close();
    server.close();
  }

  Watcher watcher(boolean fetchPages, URI... feeds) {
    return new Watcher(
        store,
        List.of(feeds),
        Optional.empty(),
        Optional.empty(),
        IngestOptions.defaults().withThreads(2),
        new Watcher.Options(INTERVAL, fetchPages, Duration.ofSeconds(1)),
        new FeedFetcher(Duration.ofSeconds(10), 1 << 20, clock),
        Backoff.forInterval(INTERVAL, new Random(42)),
        clock,
        pauses::add);
  }

  List<ArticleSummary> articles() {
    return store.listArticles(ArticleQuery.latest());
  }

  @Test
  void ingestsOnceThenConditionalGetsAnswer304AndOnlyNewItemsFollow() throws Exception {
    server.feed("/rss.xml", FeedServer.rss("Wire", TREATY, FLOODS), "\"v1\"", MODIFIED);
    server.doc(
        "/atom.xml",
        FeedServer.atom("Atom News", ELECTION),
        "application/atom+xml",
        null,
        MODIFIED,
        false);
    Watcher w = watcher(false, server.uri("/rss.xml"), server.uri("/atom.xml"));

    Watcher.RoundReport first = w.round(IngestListener.NONE);
    assertThat(first.polled()).isEqualTo(2);
    assertThat(first.failures()).isEmpty();
    assertThat(first.newItems()).isEqualTo(3);
    assertThat(first.counts().added()).isEqualTo(3);
    assertThat(articles())
        .extracting(ArticleSummary::url)
        .containsExactlyInAnyOrder(TREATY[0], FLOODS[0], ELECTION[0]);
    assertThat(articles()).extracting(a -> a.outlet().orElse("")).contains("Wire", "Atom News");
    assertThat(WatchState.load(tmp.resolve("data")).feed(server.uri("/rss.xml").toString()).etag())
        .isEqualTo("\"v1\"");
    assertThat(server.requests.get(0).header("User-Agent")).startsWith("Annals/");
    assertThat(server.requests.get(0).header("Accept-Encoding")).contains("gzip");

    Watcher.RoundReport second = w.round(IngestListener.NONE);
    assertThat(second.notModified()).isEqualTo(2);
    assertThat(second.newItems()).isZero();
    assertThat(second.ingest()).isEmpty();
    assertThat(server.requestsFor("/rss.xml").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(server.requestsFor("/rss.xml").get(1).header("If-Modified-Since"))
        .isEqualTo(MODIFIED);
    assertThat(server.requestsFor("/atom.xml").get(1).header("If-Modified-Since"))
        .isEqualTo(MODIFIED);
    assertThat(second.summary())
        .startsWith("round 2: 2 feeds polled, 2 not modified, 0 failed; 0 new items");

    // the feed gets a new item: only that one is ingested
    server.feed("/rss.xml", FeedServer.rss("Wire", TALKS, TREATY, FLOODS), "\"v2\"", null);
    Watcher.RoundReport third = w.round(IngestListener.NONE);
    assertThat(third.newItems()).isEqualTo(1);
    assertThat(third.counts().added()).isEqualTo(1);
    assertThat(third.counts().unchanged()).isZero();
    assertThat(articles()).hasSize(4);

    // a new run remembers the validators and the seen items
    Watcher again = watcher(false, server.uri("/rss.xml"), server.uri("/atom.xml"));
    Watcher.RoundReport fourth = again.round(IngestListener.NONE);
    assertThat(fourth.notModified()).isEqualTo(2);
    assertThat(server.requestsFor("/rss.xml").get(3).header("If-None-Match")).isEqualTo("\"v2\"");
    assertThat(again.state().feed(server.uri("/rss.xml").toString()).itemsIngested()).isEqualTo(3);
  }

  @Test
  void aServerIgnoringValidatorsStillGetsNoItemIngestedTwice() throws Exception {
    server.feed("/rss.xml", FeedServer.rss("Wire", TREATY), null, null);
    Watcher w = watcher(false, server.uri("/rss.xml"));
    assertThat(w.round(IngestListener.NONE).newItems()).isEqualTo(1);
    Watcher.RoundReport again = w.round(IngestListener.NONE);
    assertThat(again.newItems()).isZero();
    assertThat(again.notModified()).isEqualTo(1);
    assertThat(again.ingest()).isEmpty();
  }

  @Test
  void aFailingFeedBacksOffRecordsWhyAndRecoversWhileOthersGoOn() throws Exception {
    server.feed("/bad.xml", FeedServer.rss("Flaky", FLOODS), "\"f1\"", null);
    server.once("/bad.xml", FeedServer.Response.of(500, "boom"));
    server.once("/bad.xml", FeedServer.Response.of(503, "busy"));
    server.feed("/good.xml", FeedServer.rss("Wire", TREATY), "\"g1\"", null);
    URI bad = server.uri("/bad.xml");
    Watcher w = watcher(false, bad, server.uri("/good.xml"));

    Watcher.RoundReport first = w.round(IngestListener.NONE);
    assertThat(first.failures()).hasSize(1);
    assertThat(first.failures().get(0).feed()).isEqualTo(bad);
    assertThat(first.failures().get(0).reason()).contains("HTTP 500");
    assertThat(first.newItems()).isEqualTo(1);
    assertThat(articles()).extracting(ArticleSummary::url).containsExactly(TREATY[0]);
    FeedState s = w.state().feed(bad.toString());
    assertThat(s.consecutiveFailures()).isEqualTo(1);
    assertThat(s.lastError()).contains("HTTP 500");
    assertThat(s.lastStatus()).isEqualTo(500);
    Instant next = Instant.parse(s.nextAttempt());
    assertThat(next)
        .isBetween(
            clock.now.plus(INTERVAL.multipliedBy(8).dividedBy(10)), clock.now.plus(INTERVAL));

    // not due yet: not polled
    Watcher.RoundReport waiting = w.round(IngestListener.NONE);
    assertThat(waiting.waiting()).isEqualTo(1);
    assertThat(server.requestsFor("/bad.xml")).hasSize(1);

    // the next round after the delay: fails again, and waits twice as long
    clock.now = clock.now.plus(INTERVAL);
    Watcher.RoundReport second = w.round(IngestListener.NONE);
    assertThat(second.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.consecutive()).isEqualTo(2));
    Instant later = Instant.parse(w.state().feed(bad.toString()).nextAttempt());
    assertThat(Duration.between(clock.now, later))
        .isGreaterThan(INTERVAL.multipliedBy(3).dividedBy(2));
    assertThat(Files.readString(WatchState.file(tmp.resolve("data"))))
        .contains("\"consecutive_failures\" : 2")
        .contains("HTTP 503");

    clock.now = later;
    Watcher.RoundReport recovered = w.round(IngestListener.NONE);
    assertThat(recovered.failures()).isEmpty();
    assertThat(recovered.newItems()).isEqualTo(1);
    assertThat(w.state().feed(bad.toString()).consecutiveFailures()).isZero();
    assertThat(w.state().feed(bad.toString()).nextAttempt()).isNull();
    assertThat(articles()).hasSize(2);
  }

  @Test
  void tooManyRequestsHonoursRetryAfter() throws Exception {
    server.once("/rss.xml", FeedServer.Response.of(429, "slow down", "Retry-After", "7200"));
    Watcher w = watcher(false, server.uri("/rss.xml"));
    Watcher.RoundReport r = w.round(IngestListener.NONE);
    assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("429"));
    assertThat(Instant.parse(w.state().feed(server.uri("/rss.xml").toString()).nextAttempt()))
        .isEqualTo(clock.now.plus(Duration.ofHours(2)));
  }

  @Test
  void malformedXmlIsAProblemOfItsFeedOnly() throws Exception {
    server.feed(
        "/broken.xml",
        "<rss version=\"2.0\"><channel><title>x</title><item><title>a</item>",
        null,
        null);
    server.doc(
        "/atom.xml",
        FeedServer.atom("Atom News", ELECTION),
        "application/atom+xml",
        "\"a\"",
        null,
        false);
    Watcher w = watcher(false, server.uri("/broken.xml"), server.uri("/atom.xml"));
    Watcher.RoundReport r = w.round(IngestListener.NONE);
    assertThat(r.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.feed()).isEqualTo(server.uri("/broken.xml"));
              assertThat(f.reason()).contains("not a well-formed RSS/Atom feed").contains("line 1");
              assertThat(f.describe()).startsWith(server.uri("/broken.xml") + ": ");
            });
    assertThat(r.newItems()).isEqualTo(1);
    assertThat(articles()).extracting(ArticleSummary::url).containsExactly(ELECTION[0]);
    assertThat(w.state().feed(server.uri("/broken.xml").toString()).lastError())
        .contains("well-formed");
  }

  @Test
  void redirectsAreFollowedAndGzipIsDecoded() throws Exception {
    server.once("/old.xml", FeedServer.Response.of(301, "", "Location", "/new.xml"));
    server.doc(
        "/new.xml", FeedServer.rss("Wire", TREATY), "application/rss+xml", "\"z\"", null, true);
    Watcher w = watcher(false, server.uri("/old.xml"));
    Watcher.RoundReport r = w.round(IngestListener.NONE);
    assertThat(r.failures()).isEmpty();
    assertThat(r.newItems()).isEqualTo(1);
    assertThat(server.requestsFor("/new.xml")).hasSize(1);
  }

  @Test
  void connectionRefusedIsAFailureWithItsReason() throws Exception {
    URI nowhere;
    try (FeedServer gone = new FeedServer()) {
      nowhere = gone.uri("/feed.xml");
    }
    Watcher w = watcher(false, nowhere);
    Watcher.RoundReport r = w.round(IngestListener.NONE);
    assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isNotBlank());
    assertThat(w.state().feed(nowhere.toString()).lastStatus()).isZero();
  }

  @Test
  void fetchPagesIngestsTheLinkedPagesPolitely() throws Exception {
    String base = server.uri("").toString();
    String[] one = {base + "/story/1", "One", "A short summary.", "Fri, 14 Mar 2025 09:00:00 GMT"};
    String[] two = {base + "/story/2", "Two", "Another summary.", "Fri, 14 Mar 2025 10:00:00 GMT"};
    server.feed("/rss.xml", FeedServer.rss("Wire", one, two), "\"p\"", null);
    for (int i = 1; i <= 2; i++) {
      server.doc(
          "/story/" + i,
          "<html><head><title>Story "
              + i
              + "</title></head><body><nav>Home</nav><article><p>Full"
              + " text of story "
              + i
              + ": the ministers met in Vienna on Tuesday and agreed to"
              + " extend the ceasefire by thirty days, a spokesman said.</p></article></body></html>",
          "text/html; charset=utf-8",
          null,
          null,
          false);
    }
    Watcher w = watcher(true, server.uri("/rss.xml"));
    Watcher.RoundReport r = w.round(IngestListener.NONE);
    assertThat(r.pages()).isEqualTo(2);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.counts().added()).isEqualTo(2);
    // the test clock stands still: the second request to the host waited the full delay
    assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    for (ArticleSummary a : articles()) {
      String text = store.article(a.id().value()).orElseThrow().clean().text();
      assertThat(text).contains("Full text of story").doesNotContain("summary");
      assertThat(a.outlet()).contains("Wire");
    }
    assertThat(articles())
        .extracting(ArticleSummary::url)
        .containsExactlyInAnyOrder(one[0], two[0]);
    // a page that cannot be fetched falls back to the feed's summary, with a warning
    String[] three = {
      base + "/story/3",
      "Three",
      "A third summary about talks in Geneva on Monday.",
      "Fri, 14 Mar 2025 11:00:00 GMT"
    };
    server.feed("/rss.xml", FeedServer.rss("Wire", three, one, two), "\"p2\"", null);
    Watcher.RoundReport next = w.round(IngestListener.NONE);
    assertThat(next.newItems()).isEqualTo(1);
    assertThat(next.pages()).isZero();
    assertThat(next.warnings())
        .singleElement()
        .satisfies(s -> assertThat(s).contains("/story/3").contains("404"));
    assertThat(next.counts().added()).isEqualTo(1);
  }
}
