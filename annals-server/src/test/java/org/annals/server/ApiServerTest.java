package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annals.store.ArticleStore;
import org.annals.testkit.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on a random port, against a real store built in a temp dir. */
class ApiServerTest {
  @TempDir static Path tmp;
  static final StoreFixture FIXTURE = new StoreFixture();
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static ArticleStore store;
  static ApiServer server;

  record Response(int status, JsonNode body) {}

  @BeforeAll
  static void start() {
    Path data = tmp.resolve("data");
    FIXTURE.build(data);
    store = ArticleStore.open(data);
    server = ApiServer.over(store).start("127.0.0.1", 0);
    server.refreshSearch();
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  static Response get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.headers().firstValue("content-type").orElse(""))
        .as("content type of %s", pathAndQuery)
        .startsWith("application/json");
    return new Response(r.statusCode(), JSON.readTree(r.body()));
  }

  static List<String> ids(JsonNode items) {
    List<String> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  @Test
  void articlesArePagedNewestFirst() throws Exception {
    Response all = get("/api/v1/articles");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().get("total").asInt()).isEqualTo(3);
    assertThat(all.body().get("limit").asInt()).isEqualTo(50);
    JsonNode first = all.body().get("items").get(0);
    assertThat(first.get("url").asText()).isEqualTo("https://c.example/talks");
    assertThat(first.get("outlet").asText()).isEqualTo("Wire C");
    assertThat(first.get("language").asText()).isEqualTo("en");
    assertThat(first.get("published").get("date").asText()).isEqualTo("2024-04-10");

    Response page = get("/api/v1/articles?limit=1&offset=1");
    assertThat(page.body().get("items")).hasSize(1);
    assertThat(page.body().get("items").get(0).get("url").asText())
        .isEqualTo("https://b.example/attack");
  }

  @Test
  void oneArticleHasItsTextAndRemovals() throws Exception {
    Response r = get("/api/v1/articles/" + FIXTURE.articleA);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("text").asText()).startsWith("Russian troops attacked Kyiv");
    assertThat(r.body().get("removed").isArray()).isTrue();
    assertThat(r.body().get("story").asText()).isEqualTo("st_1");
    JsonNode events = r.body().get("events");
    assertThat(events).hasSize(2);
    assertThat(events.get(0).get("real_event").asText()).isEqualTo(FIXTURE.attackId);
    assertThat(events.get(0).get("code").asText()).isEqualTo("190");
    assertThat(events.get(0).get("trigger").get("text").asText()).isEqualTo("troops");
    assertThat(events.get(1).get("real_event").asText()).isEqualTo(FIXTURE.dealId);
    Response prefix = get("/api/v1/articles/" + FIXTURE.articleA.substring(0, 10));
    assertThat(prefix.body().get("id").asText()).isEqualTo(FIXTURE.articleA);

    Response missing = get("/api/v1/articles/a_0000000000000000");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().get("error").asText()).contains("no article a_0000000000000000");
    assertThat(missing.body().get("status").asInt()).isEqualTo(404);
  }

  @Test
  void eventsAreRealEventsWithTheirMentions() throws Exception {
    Response r = get("/api/v1/events");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("total").asInt()).isEqualTo(3);
    assertThat(ids(r.body().get("items")))
        .containsExactlyInAnyOrder(FIXTURE.attackId, FIXTURE.dealId, FIXTURE.meetingId);
    JsonNode attack = byId(r.body().get("items"), FIXTURE.attackId);
    assertThat(attack.get("mentions")).hasSize(2);
    assertThat(attack.get("counts").get("sources").asInt()).isEqualTo(2);
    assertThat(attack.get("cameo").get("quad_class").asInt()).isEqualTo(4);
    assertThat(attack.get("story").asText()).isEqualTo("st_1");
    assertThat(attack.get("mentions").get(1).get("merge").get("method").asText())
        .isEqualTo("merged");
  }

  @Test
  void eventFiltersCombine() throws Exception {
    assertThat(ids(get("/api/v1/events?actor=rus").body().get("items")))
        .containsExactlyInAnyOrder(FIXTURE.attackId, FIXTURE.meetingId);
    assertThat(ids(get("/api/v1/events?source=RUS&target=UKRGOV").body().get("items")))
        .containsExactly(FIXTURE.meetingId);
    assertThat(ids(get("/api/v1/events?code=19").body().get("items")))
        .containsExactly(FIXTURE.attackId);
    assertThat(ids(get("/api/v1/events?quad=1").body().get("items")))
        .containsExactlyInAnyOrder(FIXTURE.dealId, FIXTURE.meetingId);
    assertThat(ids(get("/api/v1/events?from=2024-03-04&to=2024-03-04").body().get("items")))
        .containsExactly(FIXTURE.attackId);
    // undated events by their publication date
    assertThat(ids(get("/api/v1/events?from=2024-04-01").body().get("items")))
        .containsExactly(FIXTURE.meetingId);
    assertThat(ids(get("/api/v1/events?near=50.45,30.52&radius=10").body().get("items")))
        .containsExactly(FIXTURE.attackId);
    assertThat(ids(get("/api/v1/events?story=st_2").body().get("items")))
        .containsExactly(FIXTURE.meetingId);
    // the attack and the deal share A's sentence
    assertThat(ids(get("/api/v1/events?text=" + enc("SIGNED A DEAL")).body().get("items")))
        .containsExactlyInAnyOrder(FIXTURE.attackId, FIXTURE.dealId);
    assertThat(ids(get("/api/v1/events?text=iStAnBuL").body().get("items")))
        .containsExactly(FIXTURE.meetingId);
    assertThat(get("/api/v1/events?min_confidence=0.99").body().get("total").asInt()).isZero();
    Response page = get("/api/v1/events?limit=1&offset=1");
    assertThat(page.body().get("total").asInt()).isEqualTo(3);
    assertThat(page.body().get("items")).hasSize(1);
    assertThat(page.body().get("offset").asInt()).isEqualTo(1);
  }

  @Test
  void badParametersAre400WithAMessageThatSaysWhatToDo() throws Exception {
    assertError("/api/v1/events?limit=-1", 400, "limit must be 1..1000, got -1");
    assertError("/api/v1/events?limit=1001", 400, "limit must be 1..1000, got 1001");
    assertError("/api/v1/events?limit=ten", 400, "limit must be a whole number");
    assertError("/api/v1/events?from=2024-13-01", 400, "from must be a date YYYY-MM-DD");
    assertError("/api/v1/events?from=2024-05-01&to=2024-04-01", 400, "is after to");
    assertError("/api/v1/events?quad=5", 400, "quad must be 1..4, got 5");
    assertError("/api/v1/events?code=ab", 400, "code must be a CAMEO root or code");
    assertError("/api/v1/events?near=Kyiv", 400, "near must be LAT,LON");
    assertError("/api/v1/events?all=yes", 400, "all must be true or false");
    assertError("/api/v1/events?limt=5", 400, "unknown parameter 'limt'");
    assertError("/api/v1/dyads/RUS/UKR/series?interval=year", 400, "interval must be day");
    assertError("/api/v1/articles/a_", 400, "");
  }

  @Test
  void unknownIdsAndPathsAre404Json() throws Exception {
    assertError("/api/v1/events/ev_ffffffffffffffff", 404, "no event ev_ffffffffffffffff");
    assertError("/api/v1/stories/st_99", 404, "no story st_99");
    assertError("/api/v1/nothing", 404, "no route GET /api/v1/nothing");
  }

  @Test
  void oneEventByItsIdOrAMentionsId() throws Exception {
    Response r = get("/api/v1/events/" + FIXTURE.attackId);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("id").asText()).isEqualTo(FIXTURE.attackId);
    assertThat(r.body().get("mentions")).hasSize(2);
    assertThat(r.body().get("mentions").get(1).get("merge").get("evidence").asText())
        .contains("dyad");
    Response viaMention = get("/api/v1/events/" + FIXTURE.attackAgainId);
    assertThat(viaMention.body().get("id").asText()).isEqualTo(FIXTURE.attackId);
  }

  @Test
  void storiesAndATimeline() throws Exception {
    Response list = get("/api/v1/stories");
    assertThat(ids(list.body().get("items"))).containsExactlyInAnyOrder("st_1", "st_2");
    Response st1 = get("/api/v1/stories/st_1");
    assertThat(st1.body().get("title").asText()).isEqualTo("Russian attack on Kyiv");
    assertThat(st1.body().get("first").asText()).isEqualTo("2024-03-05");
    assertThat(st1.body().get("article_list")).hasSize(2);
    assertThat(ids(st1.body().get("events")))
        .containsExactlyInAnyOrder(FIXTURE.attackId, FIXTURE.dealId);
  }

  @Test
  void actorsCountSourcesAndTargets() throws Exception {
    JsonNode items = get("/api/v1/actors").body().get("items");
    JsonNode rusmil = null;
    for (JsonNode a : items) {
      if (a.get("code").asText().equals("RUSMIL")) {
        rusmil = a;
      }
    }
    assertThat(rusmil).isNotNull();
    assertThat(rusmil.get("source").asInt()).isEqualTo(1);
    assertThat(rusmil.get("target").asInt()).isZero();
    assertThat(get("/api/v1/actors?quad=4").body().get("total").asInt()).isEqualTo(2);
    Response candidates = get("/api/v1/actors/candidates?reviewed=true");
    assertThat(candidates.status()).isEqualTo(200);
    assertThat(candidates.body().get("items").isArray()).isTrue();
  }

  @Test
  void dyadSeriesCountsByPeriodAndMarksUndatedEvents() throws Exception {
    JsonNode s = get("/api/v1/dyads/RUS/UKR/series?interval=month").body();
    assertThat(s.get("events").asInt()).isEqualTo(2);
    JsonNode periods = s.get("periods");
    assertThat(periods).hasSize(2);
    assertThat(periods.get(0).get("start").asText()).isEqualTo("2024-03-01");
    assertThat(periods.get(0).get("end").asText()).isEqualTo("2024-03-31");
    assertThat(periods.get(0).get("quad_class").get("4").asInt()).isEqualTo(1);
    assertThat(periods.get(0).get("goldstein_mean").asDouble()).isEqualTo(-10.0);
    assertThat(periods.get(0).get("undated").asInt()).isZero();
    assertThat(periods.get(1).get("start").asText()).isEqualTo("2024-04-01");
    assertThat(periods.get(1).get("quad_class").get("1").asInt()).isEqualTo(1);
    assertThat(periods.get(1).get("undated").asInt()).isEqualTo(1);
    JsonNode week = get("/api/v1/dyads/RUS/UKR/series").body();
    assertThat(week.get("interval").asText()).isEqualTo("week");
    assertThat(week.get("periods").get(0).get("start").asText()).isEqualTo("2024-03-04");
    assertThat(week.get("periods").get(0).has("articles")).isFalse();
  }

  @Test
  void seriesNormalisedByArticleVolume() throws Exception {
    // March has articles A and B; April has C: one attack per 2 articles, one meeting per 1
    JsonNode s = get("/api/v1/dyads/RUS/UKR/series?interval=month&normalize=articles").body();
    assertThat(s.get("normalized").asText()).isEqualTo("articles");
    JsonNode march = s.get("periods").get(0);
    assertThat(march.get("articles").asInt()).isEqualTo(2);
    assertThat(march.get("per_100_articles").get("events").asDouble()).isEqualTo(50.0);
    assertThat(march.get("per_100_articles").get("quad_class").get("4").asDouble()).isEqualTo(50.0);
    JsonNode april = s.get("periods").get(1);
    assertThat(april.get("articles").asInt()).isEqualTo(1);
    assertThat(april.get("per_100_articles").get("quad_class").get("1").asDouble())
        .isEqualTo(100.0);
    assertThat(
            get("/api/v1/timeline?interval=month&normalize=articles")
                .body()
                .get("periods")
                .get(0)
                .get("articles")
                .asInt())
        .isEqualTo(2);
    assertError("/api/v1/timeline?normalize=sources", 400, "normalize takes 'articles'");
  }

  @Test
  void theTimelineCountsAllMatchingEventsPerPeriod() throws Exception {
    JsonNode t = get("/api/v1/timeline?interval=month").body();
    assertThat(t.get("interval").asText()).isEqualTo("month");
    assertThat(t.get("events").asInt()).isEqualTo(3);
    assertThat(t.has("source")).isFalse();
    JsonNode periods = t.get("periods");
    assertThat(periods).hasSize(2);
    // March: the attack (own date) and the deal (undated, by A's publication date)
    assertThat(periods.get(0).get("start").asText()).isEqualTo("2024-03-01");
    assertThat(periods.get(0).get("quad_class").get("4").asInt()).isEqualTo(1);
    assertThat(periods.get(0).get("quad_class").get("1").asInt()).isEqualTo(1);
    assertThat(periods.get(0).get("undated").asInt()).isEqualTo(1);
    assertThat(get("/api/v1/timeline?quad=4").body().get("events").asInt()).isEqualTo(1);
    assertError("/api/v1/timeline?interval=year", 400, "interval must be day");
  }

  @Test
  void networkSplitsCooperationFromConflict() throws Exception {
    JsonNode n = get("/api/v1/network").body();
    assertThat(n.get("nodes")).hasSize(6);
    JsonNode attack = null;
    for (JsonNode e : n.get("edges")) {
      if (e.get("source").asText().equals("RUSMIL")) {
        attack = e;
      }
    }
    assertThat(attack).isNotNull();
    assertThat(attack.get("target").asText()).isEqualTo("UKR");
    assertThat(attack.get("conflict").asInt()).isEqualTo(1);
    assertThat(attack.get("cooperation").asInt()).isZero();
    assertThat(get("/api/v1/network?actor=USA").body().get("edges")).hasSize(1);
  }

  @Test
  void placesCountTheirEventsByQuadClass() throws Exception {
    JsonNode r = get("/api/v1/places").body();
    assertThat(r.get("events").asInt()).isEqualTo(3);
    assertThat(r.get("placed").asInt()).isEqualTo(1);
    JsonNode kyiv = r.get("places").get(0);
    assertThat(kyiv.get("name").asText()).isEqualTo("Kyiv");
    assertThat(kyiv.get("precision").asText()).isEqualTo("city");
    assertThat(kyiv.get("lat").asDouble()).isEqualTo(50.4547);
    assertThat(kyiv.get("events").asInt()).isEqualTo(1);
    assertThat(kyiv.get("own_clause").asInt()).isEqualTo(1);
    assertThat(kyiv.get("by_quad_class").get("4").asInt()).isEqualTo(1);
    assertThat(kyiv.get("by_quad_class").get("1").asInt()).isZero();
    assertThat(get("/api/v1/places?quad=1").body().get("places")).isEmpty();
    assertError("/api/v1/places?limit=5", 400, "unknown parameter 'limit'");
  }

  @Test
  void storiesWithTheLatestNewsComeFirst() throws Exception {
    assertThat(ids(get("/api/v1/stories").body().get("items"))).containsExactly("st_2", "st_1");
    assertThat(ids(get("/api/v1/stories?limit=1").body().get("items"))).containsExactly("st_2");
  }

  @Test
  void searchFindsArticlesEventsAndActorsWithMarkedSnippets() throws Exception {
    JsonNode r = get("/api/v1/search?q=attacks").body();
    // stemmed: "attacks" finds "attacked" in both reports' articles and in the two real events
    // whose sentence says it (the attack, and the deal in the same sentence)
    assertThat(r.get("totals").get("article").asInt()).isEqualTo(2);
    assertThat(r.get("totals").get("event").asInt()).isEqualTo(2);
    List<String> types = new ArrayList<>();
    r.get("hits").forEach(h -> types.add(h.get("type").asText() + ":" + h.get("id").asText()));
    assertThat(types).contains("event:" + FIXTURE.attackId, "article:" + FIXTURE.articleA);
    JsonNode hit = r.get("hits").get(0);
    String snippet = hit.get("snippet").get("text").asText();
    JsonNode first = hit.get("snippet").get("highlights").get(0);
    assertThat(snippet.substring(first.get(0).asInt(), first.get(1).asInt()))
        .isEqualToIgnoringCase("attacked");
    assertThat(r.get("index").get("refreshed").isNull()).isFalse();

    JsonNode events = get("/api/v1/search?q=" + enc("attacked kyiv") + "&type=event").body();
    assertThat(events.get("total").asInt()).isEqualTo(2);
    assertThat(ids(events.get("hits"))).containsExactlyInAnyOrder(FIXTURE.attackId, FIXTURE.dealId);
    JsonNode signed = get("/api/v1/search?q=" + "057&type=event").body();
    assertThat(ids(signed.get("hits"))).containsExactly(FIXTURE.dealId);
    assertThat(get("/api/v1/search?q=caracas&type=article,event").body().get("total").asInt())
        .isPositive();
    assertThat(get("/api/v1/search?q=attacked&limit=1&offset=1").body().get("hits")).hasSize(1);

    assertError("/api/v1/search", 400, "q is missing");
    assertError("/api/v1/search?q=" + enc("\"unclosed"), 400, "quote");
    assertError("/api/v1/search?q=x&type=people", 400, "unknown search type 'people'");
    assertError("/api/v1/search?q=x&limit=0", 400, "limit");
  }

  @Test
  void theOpenApiDocumentDescribesExactlyTheRegisteredRoutesAndTheirParameters() throws Exception {
    Response r = get("/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("openapi").asText()).startsWith("3.");
    Set<String> documented = new TreeSet<>();
    Iterator<String> paths = r.body().get("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      r.body()
          .get("paths")
          .get(path)
          .fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path));
    }
    assertThat(new TreeSet<>(server.routes())).isEqualTo(documented);

    // and each route's query parameters are the ones it accepts
    for (Routes.Route route : new Routes(store).all()) {
      Set<String> params = new TreeSet<>();
      r.body()
          .get("paths")
          .get(route.path())
          .get("get")
          .get("parameters")
          .forEach(
              p -> {
                if (p.get("in").asText().equals("query")) {
                  params.add(p.get("name").asText());
                }
              });
      assertThat(params).as(route.path()).isEqualTo(new TreeSet<>(route.params()));
    }
    // and the routes outside Routes: search, jobs
    Map<String, Set<String>> others =
        Map.of(
            Search.PATH,
            Search.PARAMS,
            WriteRoutes.JOBS,
            Set.of("limit"),
            WriteRoutes.JOBS + "/{id}",
            Set.of());
    for (Map.Entry<String, Set<String>> o : others.entrySet()) {
      Set<String> params = new TreeSet<>();
      r.body()
          .get("paths")
          .get(o.getKey())
          .get("get")
          .get("parameters")
          .forEach(
              p -> {
                if (p.get("in").asText().equals("query")) {
                  params.add(p.get("name").asText());
                }
              });
      assertThat(params).as(o.getKey()).isEqualTo(new TreeSet<>(o.getValue()));
    }
  }

  private static JsonNode byId(JsonNode items, String id) {
    for (JsonNode i : items) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no " + id + " in " + items);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void assertError(String path, int status, String message) throws Exception {
    Response r = get(path);
    assertThat(r.status()).as(path).isEqualTo(status);
    assertThat(r.body().get("status").asInt()).as(path).isEqualTo(status);
    assertThat(r.body().get("error").asText()).as(path).contains(message);
  }
}
