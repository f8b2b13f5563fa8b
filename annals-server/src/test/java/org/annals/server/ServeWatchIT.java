package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.engine.watch.FeedFetcher;
import org.annals.engine.watch.Watcher;
import org.annals.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that watches a feed (served here over real HTTP) ingests its items on its own job
 * thread, with real CoreNLP: each round is a {@code watch} job; the items become articles with
 * events the read routes serve; a second round finds nothing new.
 */
class ServeWatchIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Test Wire</title><link>http://wire.example/</link>
      <description>test</description>
      <item><title>Border clash</title><link>http://wire.example/clash</link>
      <guid>clash-1</guid><pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>
      <description>Russian forces attacked Ukrainian positions near Kharkiv on Monday, the
      Ukrainian military said on Wednesday. Ukrainian President Volodymyr Zelensky condemned the
      attack.</description></item>
      <item><title>Talks in Ankara</title><link>http://wire.example/talks</link>
      <guid>talks-1</guid><pubDate>Thu, 06 Mar 2025 09:00:00 GMT</pubDate>
      <description>Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr
      Zelensky in Ankara on Thursday to discuss a ceasefire.</description></item>
      </channel></rss>
      """;

  @TempDir Path tmp;

  @Test
  void aWatchedFeedIsIngestedOnTheJobThreadAndServed() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    Javalin feeds =
        Javalin.create(
                c ->
                    c.routes.get(
                        "/feed.xml",
                        ctx -> {
                          requests.incrementAndGet();
                          ctx.contentType("application/rss+xml").result(FEED);
                        }))
            .start("127.0.0.1", 0);
    try (ArticleStore store = ArticleStore.open(tmp.resolve("data"))) {
      ApiServer server =
          ApiServer.over(store, ServerOptions.writable("it-token-0123456789abcdef"))
              .start("127.0.0.1", 0);
      try {
        server.watch(
            List.of(URI.create("http://127.0.0.1:" + feeds.port() + "/feed.xml")),
            new Watcher.Options(Duration.ofSeconds(2), false, Duration.ofSeconds(1)),
            new FeedFetcher(Duration.ofSeconds(10), 1 << 20, Clock.systemUTC()));
        JsonNode first = awaitRounds(server, 1);
        assertThat(first.get("kind").asText()).isEqualTo("watch");
        assertThat(first.get("state").asText()).as(first.toString()).isEqualTo("done");
        assertThat(first.get("counts").get("added").asInt()).isEqualTo(2);
        assertThat(first.get("summary").asText()).contains("2 new items");
        assertThat(first.get("files").get(0).get("name").asText()).endsWith("/feed.xml");

        JsonNode articles = get(server, "/api/v1/articles");
        assertThat(articles.toString()).contains("Border clash").contains("Talks in Ankara");
        JsonNode events = get(server, "/api/v1/events?limit=50");
        assertThat(events.toString()).contains("RUS").contains("UKR");

        JsonNode second = awaitRounds(server, 2);
        assertThat(second.get("state").asText()).isEqualTo("done");
        assertThat(second.get("counts").get("added").asInt()).isZero();
        assertThat(requests.get()).isGreaterThanOrEqualTo(2);
      } finally {
        server.stop();
      }
    } finally {
      feeds.stop();
    }
  }

  /** Waits until {@code n} watch rounds are finished; returns the newest. */
  static JsonNode awaitRounds(ApiServer server, int n) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      JsonNode jobs = get(server, "/api/v1/jobs");
      int finished = 0;
      JsonNode newest = null;
      for (JsonNode j : jobs.get("items")) {
        if (j.get("kind").asText().equals("watch")
            && (j.get("state").asText().equals("done")
                || j.get("state").asText().equals("failed"))) {
          finished++;
          if (newest == null) {
            newest = j; // the list is newest first
          }
        }
      }
      if (finished >= n) {
        return newest;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("fewer than " + n + " watch rounds finished within 4 minutes");
  }

  static JsonNode get(ApiServer server, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
