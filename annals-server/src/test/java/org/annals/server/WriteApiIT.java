package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.annals.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real ingests through the API: articles pasted and files uploaded are cleaned, annotated by
 * CoreNLP, coded, resolved and then served by the read routes; sending them again changes nothing;
 * a bad file is recorded with its reason.
 */
class WriteApiIT {
  static final String TOKEN = "it-token-0123456789abcdef";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static final String ARTICLE =
      "{\"title\": \"Border clash\", \"published\": \"2025-03-05\", \"outlet\": \"Test Wire\","
          + " \"text\": \"Russian forces attacked Ukrainian positions near Kharkiv on Monday, the"
          + " Ukrainian military said on Wednesday. Ukrainian President Volodymyr Zelensky condemned"
          + " the attack.\"}";

  @TempDir static Path tmp;
  static ArticleStore store;
  static ApiServer server;

  @BeforeAll
  static void start() {
    store = ArticleStore.open(tmp.resolve("data"));
    server = ApiServer.over(store, ServerOptions.writable(TOKEN)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  static JsonNode send(HttpRequest.Builder b, int expected) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            b.header("Authorization", "Bearer " + TOKEN).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
    return JSON.readTree(r.body());
  }

  static HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  static JsonNode get(String path) throws Exception {
    return send(at(path).GET(), 200);
  }

  static JsonNode paste(String json) throws Exception {
    return send(
        at("/api/v1/articles")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        202);
  }

  /** Polls the job until it is done or failed. */
  static JsonNode await(JsonNode accepted) throws Exception {
    String id = accepted.get("id").asText();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      JsonNode job = get("/api/v1/jobs/" + id);
      String state = job.get("state").asText();
      if (state.equals("done") || state.equals("failed")) {
        return job;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("job " + id + " did not finish in 5 minutes");
  }

  @Test
  void pastedAndUploadedArticlesAreCodedServedAndIdempotent() throws Exception {
    JsonNode job = await(paste(ARTICLE));
    assertThat(job.get("state").asText()).as("%s", job).isEqualTo("done");
    assertThat(job.get("counts").get("added").asInt()).isEqualTo(1);
    JsonNode article = job.get("articles").get(0);
    assertThat(article.get("outcome").asText()).isEqualTo("added");
    assertThat(article.get("title").asText()).isEqualTo("Border clash");
    assertThat(article.get("events").size()).isPositive();

    // the event is served by the read routes, with its evidence in the pasted article
    String eventId = article.get("events").get(0).asText();
    JsonNode event = get("/api/v1/events/" + eventId);
    assertThat(event.get("mentions").get(0).get("article").asText())
        .isEqualTo(article.get("id").asText());
    JsonNode attacks = get("/api/v1/events?source=RUS&code=19");
    assertThat(attacks.get("total").asInt()).isEqualTo(1);
    assertThat(attacks.get("items").get(0).get("date").get("start").asText())
        .isEqualTo("2025-03-03");

    // and found by search: the job refreshed the index before it was done
    JsonNode found = get("/api/v1/search?q=kharkiv");
    assertThat(found.get("totals").get("article").asInt()).isEqualTo(1);
    assertThat(found.get("totals").get("event").asInt()).isPositive();

    // the same paste again stores nothing new
    long events = get("/api/v1/events").get("total").asLong();
    JsonNode again = await(paste(ARTICLE));
    assertThat(again.get("counts").get("added").asInt()).isZero();
    assertThat(again.get("counts").get("unchanged").asInt()).isEqualTo(1);
    assertThat(again.get("articles").get(0).get("outcome").asText()).isEqualTo("unchanged");
    assertThat(get("/api/v1/events").get("total").asLong()).isEqualTo(events);
    assertThat(get("/api/v1/articles").get("total").asInt()).isEqualTo(1);

    // an uploaded file, and one with no article text: stored, and quarantined with its reason
    String boundary = "it-boundary";
    byte[] body =
        (part(
                    boundary,
                    "talks.txt",
                    "Venezuelan Foreign Minister Yvan Gil met Russian Foreign Minister Sergei"
                        + " Lavrov in Moscow on Tuesday to discuss military cooperation.")
                + part(boundary, "menu.html", "<html><body><nav>Home | News</nav></body></html>")
                + "--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    JsonNode uploaded =
        await(
            send(
                at("/api/v1/uploads")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                202));
    assertThat(uploaded.get("state").asText()).isEqualTo("done");
    assertThat(uploaded.get("files")).hasSize(2);
    assertThat(uploaded.get("counts").get("added").asInt()).isEqualTo(1);
    assertThat(uploaded.get("counts").get("quarantined").asInt()).isEqualTo(1);
    JsonNode problem = uploaded.get("problems").get(0);
    assertThat(problem.get("where").asText()).startsWith("menu.html");
    assertThat(problem.get("reason").asText()).contains("no article text");
    assertThat(get("/api/v1/articles").get("total").asInt()).isEqualTo(2);
    assertThat(get("/api/v1/events?actor=VEN").get("total").asInt()).isPositive();

    // the uploads are kept beside the store, addressed by content
    try (var files = Files.walk(tmp.resolve("data/uploads"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("pasted.jsonl", "talks.txt", "menu.html");
    }
    JsonNode list = get("/api/v1/jobs");
    assertThat(list.get("items")).hasSize(3);
    assertThat(list.get("items").get(0).get("id").asText()).isEqualTo(uploaded.get("id").asText());
  }

  private static String part(String boundary, String name, String content) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        + content
        + "\r\n";
  }
}
