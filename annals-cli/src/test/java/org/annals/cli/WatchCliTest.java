package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals watch} end to end against a local HTTP server, without CoreNLP. */
class WatchCliTest {
  /** Feed fixtures over HTTP: path → (body, ETag); 304 on a matching If-None-Match. */
  static final class Feeds implements AutoCloseable {
    final Map<String, String[]> docs = new ConcurrentHashMap<>();
    final Map<String, Integer> failures = new ConcurrentHashMap<>();
    final List<String> ifNoneMatch = Collections.synchronizedList(new ArrayList<>());
    final Javalin app;

    Feeds() {
      app =
          Javalin.create(
                  c -> {
                    c.startup.showJavalinBanner = false;
                    c.routes.get(
                        "/<path>",
                        ctx -> {
                          String path = ctx.path();
                          String inm = ctx.header("If-None-Match");
                          if (inm != null) {
                            ifNoneMatch.add(path + " " + inm);
                          }
                          Integer fail = failures.get(path);
                          if (fail != null) {
                            ctx.status(fail).result("failing on purpose");
                            return;
                          }
                          String[] doc = docs.get(path);
                          if (doc == null) {
                            ctx.status(404);
                          } else if (doc[1].equals(inm)) {
                            ctx.status(304);
                          } else {
                            ctx.header("ETag", doc[1])
                                .contentType("application/xml")
                                .result(doc[0]);
                          }
                        });
                  })
              .start("127.0.0.1", 0);
    }

    String url(String path) {
      return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() {
      app.stop();
    }
  }

  /** An RSS 2.0 feed; each item is {link, title, text, pubDate}. */
  static String rss(String title, String[]... items) {
    StringBuilder s =
        new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
            .append(title)
            .append("</title><link>https://x.example/</link><description>d</description>");
    for (String[] i : items) {
      s.append("<item><guid>")
          .append(i[0])
          .append("</guid><link>")
          .append(i[0])
          .append("</link><title>")
          .append(i[1])
          .append("</title><description>")
          .append(i[2])
          .append("</description><pubDate>")
          .append(i[3])
          .append("</pubDate></item>");
    }
    return s.append("</channel></rss>").toString();
  }

  /** An Atom feed; each entry is {link, title, text, updated}. */
  static String atom(String title, String[]... entries) {
    StringBuilder s =
        new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
            .append(title)
            .append("</title><id>urn:f</id><updated>2025-03-14T00:00:00Z</updated>");
    for (String[] e : entries) {
      s.append("<entry><id>")
          .append(e[0])
          .append("</id><link href=\"")
          .append(e[0])
          .append("\"/><title>")
          .append(e[1])
          .append("</title><content type=\"text\">")
          .append(e[2])
          .append("</content><updated>")
          .append(e[3])
          .append("</updated></entry>");
    }
    return s.append("</feed>").toString();
  }

  static final String[] ONE = {
    "https://wire.example/1",
    "Talks resume",
    "Diplomats resumed talks in Geneva on Monday after a pause of two months.",
    "Mon, 10 Mar 2025 09:00:00 GMT"
  };
  static final String[] TWO = {
    "https://wire.example/2",
    "Floods",
    "Heavy rain flooded the valley on Tuesday and closed two roads, police said.",
    "Tue, 11 Mar 2025 09:00:00 GMT"
  };
  static final String[] THREE = {
    "https://atom.example/3",
    "Election",
    "The prime minister called an early election for June on Wednesday.",
    "2025-03-12T09:00:00Z"
  };

  @TempDir Path tmp;
  Feeds feeds;
  Path list;
  String data;

  @BeforeEach
  void start() throws IOException {
    feeds = new Feeds();
    feeds.docs.put("/rss.xml", new String[] {rss("Wire", ONE, TWO), "\"r1\""});
    feeds.docs.put("/atom.xml", new String[] {atom("Atom News", THREE), "\"a1\""});
    list = tmp.resolve("FEEDS.txt");
    data = tmp.resolve("data").toString();
  }

  @AfterEach
  void stop() {
    feeds.close();
  }

  private CliTest.Run watch(String... extra) {
    List<String> args = new ArrayList<>(List.of("watch", "--no-annotate", "--data", data));
    args.addAll(List.of(extra));
    args.add(list.toString());
    return CliTest.run(args.toArray(String[]::new));
  }

  @Test
  void onceIngestsThenTheNextRunIsNotModifiedAndBadLinesAreNamed() throws IOException {
    Files.writeString(
        list,
        "# feeds to watch\n\n"
            + "www.example.org/feed\n"
            + feeds.url("/rss.xml")
            + "\n"
            + feeds.url("/atom.xml")
            + "   # atom\n",
        StandardCharsets.UTF_8);
    CliTest.Run first = watch("--once");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains(list + ":3: not an http(s) URL: 'www.example.org/feed'");
    assertThat(first.out())
        .contains("watching 2 feeds")
        .contains("round 1: 2 feeds polled, 0 not modified, 0 failed; 3 new items (added 3,");
    CliTest.Run articles = CliTest.run("articles", "--data", data, "--format", "jsonl");
    assertThat(articles.out().lines()).hasSize(3);

    CliTest.Run second = watch("--once");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("round 1: 2 feeds polled, 2 not modified, 0 failed; 0 new items");
    assertThat(feeds.ifNoneMatch).contains("/rss.xml \"r1\"", "/atom.xml \"a1\"");

    feeds.docs.put("/rss.xml", new String[] {rss("Wire", ONE, TWO, ONE_MORE), "\"r2\""});
    CliTest.Run third = watch("--max-rounds", "2", "--interval", "50ms");
    assertThat(third.out())
        .contains("round 1: 2 feeds polled, 1 not modified, 0 failed; 1 new item (added 1,")
        .contains("round 2: 2 feeds polled, 2 not modified, 0 failed; 0 new items");
    assertThat(Files.readString(tmp.resolve("data/watch/state.json")))
        .contains("\"items_ingested\" : 3");
  }

  static final String[] ONE_MORE = {
    "https://wire.example/4",
    "Ceasefire",
    "The two sides agreed to a ceasefire on Thursday, mediators said.",
    "Thu, 13 Mar 2025 09:00:00 GMT"
  };

  @Test
  void aFailingFeedIsReportedWithExitCode3AndTheOthersAreIngested() throws IOException {
    feeds.failures.put("/down.xml", 500);
    feeds.docs.put("/broken.xml", new String[] {"<rss><channel><item>", "\"b\""});
    Files.writeString(
        list,
        feeds.url("/down.xml")
            + "\n"
            + feeds.url("/broken.xml")
            + "\n"
            + feeds.url("/rss.xml")
            + "\n",
        StandardCharsets.UTF_8);
    CliTest.Run r = watch("--once");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("3 feeds polled, 0 not modified, 2 failed; 2 new items");
    assertThat(r.err())
        .contains("failed: " + feeds.url("/down.xml") + ": HTTP 500")
        .contains("failed: " + feeds.url("/broken.xml") + ": not a well-formed RSS/Atom feed")
        .contains("1 failure in a row; next attempt after");
    assertThat(Files.readString(tmp.resolve("data/watch/state.json")))
        .contains("\"consecutive_failures\" : 1")
        .contains("HTTP 500");
  }

  @Test
  void usageErrors() throws IOException {
    Files.writeString(list, "# nothing\nnot-a-url\n", StandardCharsets.UTF_8);
    CliTest.Run none = watch("--once");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains(list + ":2: ").contains("no feed URL in " + list);
    Files.writeString(list, feeds.url("/rss.xml") + "\n", StandardCharsets.UTF_8);
    CliTest.Run interval = watch("--once", "--interval", "soon");
    assertThat(interval.code()).isEqualTo(2);
    assertThat(interval.err()).contains("--interval takes a duration like 90s, 15m");
    CliTest.Run missing =
        CliTest.run("watch", "--no-annotate", "--data", data, tmp.resolve("nope.txt").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }
}
