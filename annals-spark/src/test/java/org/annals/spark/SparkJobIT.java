package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annals.coder.extract.EventExtractor;
import org.annals.engine.CoreNlp;
import org.annals.engine.IngestListener;
import org.annals.engine.IngestOptions;
import org.annals.engine.IngestPipeline;
import org.annals.server.ApiServer;
import org.annals.server.ServerOptions;
import org.annals.store.ArticleStore;
import org.annals.store.EventQuery;
import org.annals.store.ResolveRows;
import org.annals.store.StoreException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job in local[2] over WARC and JSONL files written here: three files report one attack
 * (one of them as "Russia attacked Ukraine", other actors than the others' "Russian forces" and
 * "Ukrainian troops"), a third file and a JSONL file report other events, one WARC record has no
 * article in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkJobIT {
  @TempDir static Path dir;
  SparkSession spark;
  Path in;
  Path out;
  AnnalsJob.Summary first;

  static final String ATTACK = "Russian forces attacked Ukrainian troops near Kharkiv on Monday.";
  static final String ATTACK_1 =
      ATTACK
          + " Emergency crews worked through the morning to restore power in the northern"
          + " districts. Officials gave no figure for the damage.";
  static final String ATTACK_2 =
      "Residents of the city spent the night in shelters. "
          + ATTACK
          + " Schools in the region were closed for the day.";
  static final String MEETING =
      "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on"
          + " Wednesday. The two leaders discussed trade and the war in Ukraine. Macron arrived in"
          + " China on Tuesday for a three-day state visit.";
  static final String GAZA =
      "Israel carried out air strikes on Hamas targets in Gaza on Sunday. Several buildings in"
          + " the north of the strip were hit. Iran condemned Israel on Monday.";
  static final String COUNTRY_ATTACK =
      "Russia attacked Ukraine near Kharkiv on Monday. Power lines were cut in several districts"
          + " of the city.";
  static final String LATER_ATTACK =
      "Russian forces attacked Ukrainian troops near Kharkiv on Tuesday. The fighting went on"
          + " for hours. Both sides reported losses.";

  @BeforeAll
  void runJob() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    out = dir.resolve("out");
    warc(
        in.resolve("a.warc.gz"),
        Map.of(
            "https://kyiv-daily.example/2025/03/04/kharkiv-attack",
            page("Russian forces attack Kharkiv", "2025-03-04", ATTACK_1),
            "https://kyiv-daily.example/menu",
            "<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>"));
    warc(
        in.resolve("b.warc.gz"),
        Map.of(
            "https://east-wire.example/news/kharkiv-drones",
            page("Drones and missiles hit Kharkiv", "2025-03-04", ATTACK_2)));
    warc(
        in.resolve("c.warc"),
        Map.of(
            "https://asia-courier.example/2025/04/10/xi-macron",
            page("Xi meets Macron in Beijing", "2025-04-10", MEETING)));
    Files.writeString(
        in.resolve("d.jsonl"),
        jsonl("https://levant-post.example/gaza-strikes", "Strikes on Gaza", "2025-05-13", GAZA)
            + jsonl(
                "https://aggregator.example/world/xi-macron-beijing",
                "Xi meets Macron in Beijing",
                "2025-04-10",
                MEETING + " Reporting by the Asia Courier.")
            + jsonl(
                "https://levant-post.example/kharkiv-again",
                "Fighting near Kharkiv",
                "2025-03-12",
                LATER_ATTACK)
            + jsonl(
                "https://levant-post.example/russia-ukraine-kharkiv",
                "Russia attacks Ukraine",
                "2025-03-04",
                COUNTRY_ATTACK),
        StandardCharsets.UTF_8);
    spark =
        AnnalsJob.configure(SparkSession.builder().master("local[2]").appName("annals-it"))
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    first =
        AnnalsJob.run(
            spark, JobOptions.parse("--input", in.toString(), "--output", out.toString()));
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static String jsonl(String url, String title, String published, String text) {
    return "{\"url\": \""
        + url
        + "\", \"title\": \""
        + title
        + "\", \"published\": \""
        + published
        + "\", \"outlet\": \"Levant Post\", \"text\": \""
        + text
        + "\"}\n";
  }

  static String page(String title, String date, String text) {
    StringBuilder b = new StringBuilder();
    b.append("<html><head><title>")
        .append(title)
        .append("</title><meta property=\"article:published_time\" content=\"")
        .append(date)
        .append("T09:00:00Z\"></head><body><nav>Home | World | Sport</nav><article><h1>")
        .append(title)
        .append("</h1>");
    for (String sentence : text.split("(?<=\\.) ")) {
      b.append("<p>").append(sentence).append("</p>");
    }
    return b.append("</article><footer>Copyright 2025</footer></body></html>").toString();
  }

  static void warc(Path file, Map<String, String> pages) throws IOException {
    WarcCompression compression =
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            compression)) {
      for (Map.Entry<String, String> p : new java.util.TreeMap<>(pages).entrySet()) {
        org.netpreserve.jwarc.HttpResponse http =
            new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.parse("text/html; charset=utf-8"),
                    p.getValue().getBytes(StandardCharsets.UTF_8))
                .build();
        w.write(
            new WarcResponse.Builder(URI.create(p.getKey()))
                .date(Instant.parse("2025-03-04T12:00:00Z"))
                .body(http)
                .build());
      }
    }
  }

  List<String> rows(String table, String columns) {
    return spark
        .read()
        .parquet(out.resolve(table).toString())
        .selectExpr(columns.split(",\\s*"))
        .collectAsList()
        .stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }

  @Test
  @Order(1)
  void writesTablesAndPartitionsEventsByMonth() throws IOException {
    System.out.println("first run: " + first);
    for (String t : List.of("articles", "mentions", "events", "problems", "sentences")) {
      assertThat(out.resolve(t)).isDirectory();
    }
    assertThat(out.resolve(AnnalsJob.MARKER)).isRegularFile();
    try (Stream<Path> months = Files.list(out.resolve("events"))) {
      List<String> names =
          months
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("event_month="))
              .sorted()
              .toList();
      System.out.println("partitions: " + names);
      assertThat(names)
          .contains("event_month=2025-03", "event_month=2025-04", "event_month=2025-05");
    }
    rows(
            "mentions",
            "id, merged_id, source_code, target_code, cameo_code, date_start, place_name, sentence_text")
        .forEach(r -> System.out.println("mention " + r));
    assertThat(first.articles()).isEqualTo(7);
  }

  @Test
  @Order(2)
  void theSameAttackInThreeFilesIsOneEventWithThreeMentions() {
    List<Row> attacks =
        spark
            .read()
            .parquet(out.resolve("events").toString())
            .filter(
                "source_code = 'RUSMIL' AND target_code = 'UKRMIL' AND date_start = '2025-03-03'")
            .collectAsList();
    assertThat(attacks).hasSize(1);
    Row attack = attacks.get(0);
    assertThat(attack.<Long>getAs("mentions")).isEqualTo(3L);
    assertThat(attack.<Long>getAs("articles")).isEqualTo(3L);
    assertThat(attack.<String>getAs("event_month")).isEqualTo("2025-03");
    assertThat(attack.<Long>getAs("sources")).isEqualTo(3L);
    List<Row> mentions =
        spark
            .read()
            .parquet(out.resolve("mentions").toString())
            .filter("merged_id = '" + attack.getAs("id") + "'")
            .collectAsList();
    assertThat(mentions).hasSize(3);
    assertThat(mentions.stream().map(m -> m.<String>getAs("article_id")).distinct()).hasSize(3);
  }

  @Test
  @Order(2)
  void otherActorsOfOneCountryMergeAsEventMergerDecidesAndAnotherDayStaysApart() {
    List<Row> all = spark.read().parquet(out.resolve("mentions").toString()).collectAsList();
    Row founder =
        all.stream()
            .filter(
                m ->
                    "RUSMIL".equals(m.getAs("source_code"))
                        && "merged".equals(m.getAs("merge_method"))
                        && m.<String>getAs("url").contains("east-wire"))
            .findFirst()
            .orElseThrow();
    String event = founder.getAs("merged_id");
    // "Russia attacked Ukraine": RUS→UKR, not RUSMIL→UKRMIL. The SQL rule of the old job merged
    // only equal source and target codes; EventMerger grades the dyad (0.8: one country, one
    // sector unknown) and merges.
    Row country =
        all.stream()
            .filter(m -> m.<String>getAs("url").contains("russia-ukraine-kharkiv"))
            .filter(m -> "RUS".equals(m.getAs("source_code")))
            .findFirst()
            .orElseThrow();
    System.out.println("country report: " + country);
    assertThat(country.<String>getAs("target_code")).isEqualTo("UKR");
    assertThat(country.<String>getAs("merged_id")).isEqualTo(event);
    assertThat(country.<String>getAs("merge_method")).isEqualTo("merged");
    assertThat(country.<Double>getAs("merge_score")).isGreaterThanOrEqualTo(0.65);
    assertThat(country.<String>getAs("matched_id")).isNotNull();
    assertThat(country.<String>getAs("merge_evidence")).contains("dyad").contains("RUS→UKR");
    assertThat(country.<String>getAs("trigger_lemma")).isEqualTo("attack");
    List<String> terms = country.getList(country.fieldIndex("terms"));
    assertThat(terms).contains("kharkiv");
    // the same dyad and act eight days later: the dates conflict, another event
    Row later =
        all.stream()
            .filter(m -> m.<String>getAs("url").contains("kharkiv-again"))
            .filter(m -> "RUSMIL".equals(m.getAs("source_code")))
            .findFirst()
            .orElseThrow();
    assertThat(later.<String>getAs("merged_id")).isEqualTo(later.getAs("id")).isNotEqualTo(event);
    assertThat(later.<String>getAs("merge_method")).isEqualTo("founded");
    assertThat(later.<Boolean>getAs("representative")).isTrue();
    // one representative per event
    assertThat(all.stream().filter(m -> m.<Boolean>getAs("representative")).count())
        .isEqualTo(all.stream().map(m -> m.getAs("merged_id")).distinct().count());
  }

  @Test
  @Order(2)
  void everyArticleWithWordsIsInAStoryAndACopyInItsOriginals() {
    List<Row> stories = spark.read().parquet(out.resolve("stories").toString()).collectAsList();
    stories.forEach(r -> System.out.println("story " + r));
    assertThat(stories).isNotEmpty();
    assertThat(stories).allMatch(r -> r.<String>getAs("id").matches("st_[0-9]+"));
    assertThat(stories.stream().mapToInt(r -> r.<Integer>getAs("articles")).sum()).isEqualTo(7);
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
    assertThat(articles).allMatch(a -> a.getAs("story_id") != null);
    Row copy =
        articles.stream()
            .filter(a -> a.<String>getAs("canonical_url").contains("aggregator"))
            .findFirst()
            .orElseThrow();
    Row original =
        articles.stream()
            .filter(a -> a.getAs("id").equals(copy.getAs("copy_of")))
            .findFirst()
            .orElseThrow();
    assertThat(copy.<String>getAs("story_id")).isEqualTo(original.getAs("story_id"));
    assertThat(copy.<String>getAs("story_terms")).contains("\"@beijing\"");
    // the attack and the meeting are other stories
    Row attack =
        articles.stream()
            .filter(a -> a.<String>getAs("canonical_url").contains("east-wire"))
            .findFirst()
            .orElseThrow();
    assertThat(attack.<String>getAs("story_id")).isNotEqualTo(original.getAs("story_id"));
  }

  @Test
  @Order(2)
  void aNearCopyIsACopyAndItsReportsCountAsOneSource() {
    Row copy =
        spark
            .read()
            .parquet(out.resolve("articles").toString())
            .filter("canonical_url LIKE '%aggregator%'")
            .first();
    assertThat(copy.<String>getAs("copy_of")).isNotNull();
    assertThat(copy.<Double>getAs("copy_similarity")).isGreaterThanOrEqualTo(0.5);
    Row meeting =
        spark
            .read()
            .parquet(out.resolve("events").toString())
            .filter("source_code = 'CHNGOV' AND target_code = 'FRAGOV'")
            .first();
    assertThat(meeting.<Long>getAs("mentions")).isEqualTo(2L);
    assertThat(meeting.<Long>getAs("articles")).isEqualTo(2L);
    assertThat(meeting.<Long>getAs("sources")).isEqualTo(1L);
  }

  @Test
  @Order(3)
  void distinctEventsStayDistinct() {
    long events = spark.read().parquet(out.resolve("events").toString()).count();
    long merged =
        spark.read().parquet(out.resolve("events").toString()).filter("mentions > 1").count();
    // the attack, and the two events of the Xi-Macron article and its copy
    assertThat(merged).isEqualTo(3);
    assertThat(events).isGreaterThanOrEqualTo(5);
    // the same dyad and root eight days later is another event
    assertThat(
            spark
                .read()
                .parquet(out.resolve("events").toString())
                .filter("source_code = 'RUSMIL' AND target_code = 'UKRMIL'")
                .count())
        .isEqualTo(2);
    assertThat(
            rows("events", "source_code, target_code, cameo_root, event_month").stream()
                .collect(Collectors.joining("\n")))
        .contains("CHNGOV,FRAGOV,04,2025-04")
        .contains("ISR,PSEREB,19,2025-05");
  }

  @Test
  @Order(4)
  void theBadRecordIsAProblem() {
    List<String> problems = rows("problems", "source_path, stage, severity, reason");
    System.out.println("problems: " + problems);
    assertThat(problems).anyMatch(p -> p.contains("a.warc.gz") && p.contains("error"));
  }

  @Test
  @Order(5)
  void runningAgainGivesTheSameOutput() {
    String columns =
        "id, merged_id, representative, merge_method, matched_id, merge_score, merge_evidence,"
            + " date_start, cameo_code";
    List<String> mentions = rows("mentions", columns);
    List<String> articles =
        rows("articles", "id, canonical_url, version, duplicate_of, token_count");
    List<String> events = rows("events", "id, event_month, mentions, articles, sources");
    String storyColumns = "id, title, centroid, labels, articles, first_date, last_date";
    List<String> stories = rows("stories", storyColumns);
    List<String> placed = rows("articles", "id, story_id, story_similarity, story_terms");
    AnnalsJob.Summary again =
        AnnalsJob.run(
            spark, JobOptions.parse("--input", in.toString(), "--output", out.toString()));
    assertThat(again.articles()).isEqualTo(first.articles());
    assertThat(rows("mentions", columns)).isEqualTo(mentions);
    assertThat(rows("articles", "id, canonical_url, version, duplicate_of, token_count"))
        .isEqualTo(articles);
    assertThat(rows("events", "id, event_month, mentions, articles, sources")).isEqualTo(events);
    assertThat(rows("stories", storyColumns)).isEqualTo(stories);
    assertThat(rows("articles", "id, story_id, story_similarity, story_terms")).isEqualTo(placed);
  }

  @Test
  @Order(6)
  void theOutputIsServedOverHttp() throws Exception {
    try (ArticleStore store = ArticleStore.fromParquet(out, dir.resolve("served"));
        ApiServer server = ApiServer.over(store, ServerOptions.readOnly()).start("127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/api/v1";
      HttpResponse<String> events =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/events?limit=50")).build(),
              HttpResponse.BodyHandlers.ofString());
      System.out.println("GET /events: " + events.body());
      assertThat(events.statusCode()).isEqualTo(200);
      assertThat(events.body())
          .contains("Kharkiv")
          .contains("\"mentions\":2")
          .contains("\"method\":\"merged\"");
      HttpResponse<String> articles =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/articles")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(articles.statusCode()).isEqualTo(200);
      assertThat(articles.body()).contains("east-wire.example");
      String articleId =
          spark
              .read()
              .parquet(out.resolve("articles").toString())
              .filter("canonical_url LIKE '%east-wire%'")
              .first()
              .getAs("id");
      HttpResponse<String> article =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/articles/" + articleId)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(article.statusCode()).isEqualTo(200);
      assertThat(article.body()).contains("Residents of the city spent the night in shelters");
      HttpResponse<String> stories =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/stories")).build(),
              HttpResponse.BodyHandlers.ofString());
      System.out.println("GET /stories: " + stories.body());
      assertThat(stories.statusCode()).isEqualTo(200);
      assertThat(stories.body()).contains("\"id\":\"st_1\"").contains("\"title\":");
      String storyId =
          spark
              .read()
              .parquet(out.resolve("articles").toString())
              .filter("canonical_url LIKE '%east-wire%'")
              .first()
              .getAs("story_id");
      HttpResponse<String> story =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/stories/" + storyId)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(story.statusCode()).isEqualTo(200);
      assertThat(story.body()).contains("east-wire.example").contains("Kharkiv");
      for (String route : List.of("/actors", "/network", "/timeline", "/places")) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + route)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(route).isEqualTo(200);
      }
    }
  }

  /**
   * The same files through {@code annals ingest}'s pipeline into a store: the job groups the same
   * reports into the same real events, with the same ids, and the same articles into the same
   * stories, with the same ids (both resolve in publication date, input file and offset order).
   */
  @Test
  @Order(7)
  void anEmbeddedIngestOfTheSameFilesMakesTheSameEventsAndStories() throws Exception {
    long started = System.nanoTime();
    try (ArticleStore store = ArticleStore.open(dir.resolve("embedded"))) {
      new IngestPipeline(
              store,
              Optional.of(CoreNlp.annotator()),
              Optional.of(EventExtractor.standard()),
              IngestOptions.defaults())
          .run(List.of(in), IngestListener.NONE);
      Map<String, Set<String>> events = new HashMap<>();
      for (ResolveRows.EventGroup g :
          store.eventGroups(EventQuery.everything(true), 0, Optional.empty())) {
        events.put(
            g.id(),
            store.mentionsOf(g.id()).stream().map(m -> m.event().id()).collect(Collectors.toSet()));
      }
      Map<String, Set<String>> stories = new HashMap<>();
      for (ResolveRows.StoryRow s : store.stories()) {
        stories.put(s.id(), Set.copyOf(store.storyArticles(s.id())));
      }
      System.out.printf(
          java.util.Locale.ROOT,
          "embedded ingest: %.1f s, events %s, stories %s%n",
          (System.nanoTime() - started) / 1e9,
          events,
          stories);
      Map<String, Set<String>> sparkEvents =
          spark.read().parquet(out.resolve("mentions").toString()).collectAsList().stream()
              .collect(
                  Collectors.groupingBy(
                      r -> r.<String>getAs("merged_id"),
                      Collectors.mapping(r -> r.<String>getAs("id"), Collectors.toSet())));
      Map<String, Set<String>> sparkStories =
          spark.read().parquet(out.resolve("articles").toString()).collectAsList().stream()
              .filter(r -> r.getAs("story_id") != null)
              .collect(
                  Collectors.groupingBy(
                      r -> r.<String>getAs("story_id"),
                      Collectors.mapping(r -> r.<String>getAs("id"), Collectors.toSet())));
      assertThat(sparkEvents).hasSize(6).isEqualTo(events);
      assertThat(sparkStories).hasSize(4).isEqualTo(stories);
    }
  }

  @Test
  @Order(8)
  void aDirectoryThatIsNotSparkOutputIsRefused() {
    assertThatThrownBy(() -> ArticleStore.fromParquet(in, dir.resolve("nothing")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not the output of the annals Spark job");
  }
}
