package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.store.ArticleStore;
import org.annals.testkit.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web UI's static files and WebJars over real HTTP on a random port. */
class WebUiTest {
  @TempDir static Path tmp;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static ArticleStore store;
  static ApiServer server;

  /** Module imports and the page's script and stylesheet references, site-absolute or relative. */
  private static final Pattern REFERENCE =
      Pattern.compile("(?:from\\s+|import\\s+|src=|href=)['\"]((?:\\.{1,2}/|/)[^'\"]+)['\"]");

  @BeforeAll
  static void start() {
    Path data = tmp.resolve("data");
    new StoreFixture().build(data);
    store = ArticleStore.open(data);
    server = ApiServer.over(store).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String contentType(HttpResponse<?> r) {
    return r.headers().firstValue("content-type").orElse("");
  }

  @Test
  void thePageIsServedAtTheRoot() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(contentType(r)).startsWith("text/html");
    assertThat(r.body())
        .contains("<title>Annals</title>")
        .contains("/webjars/echarts/5.3.1/dist/echarts.min.js")
        .contains("type=\"module\" src=\"/ui/app.js\"")
        .doesNotContain("http://", "https://");
  }

  @Test
  void scriptsStylesAndTheWebJarHaveTheirContentTypes() throws Exception {
    assertType("/ui/app.js", "text/javascript");
    assertType("/ui/views/events.js", "text/javascript");
    assertType("/ui/style.css", "text/css");
    HttpResponse<String> echarts = get("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(contentType(echarts)).startsWith("text/javascript");
    assertThat(echarts.body().length()).isGreaterThan(500_000);
  }

  /** Every file the page loads, and every module those import, is served: no broken link. */
  @Test
  void everyReferenceFromThePageAndItsModulesResolves() throws Exception {
    Deque<String> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    todo.add("/");
    while (!todo.isEmpty()) {
      String path = todo.pop();
      if (!seen.add(path)) {
        continue;
      }
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      if (path.startsWith("/webjars/") || !(path.endsWith("/") || path.endsWith(".js"))) {
        continue;
      }
      Matcher m = REFERENCE.matcher(r.body());
      while (m.find()) {
        String ref = m.group(1);
        if (!ref.startsWith("/openapi.json")) {
          todo.add(URI.create("http://x" + path).resolve(ref).getPath());
        }
      }
    }
    assertThat(seen)
        .contains(
            "/ui/app.js",
            "/ui/views/dashboard.js",
            "/ui/views/evidence.js",
            "/ui/views/map.js",
            "/webjars/echarts/5.3.1/dist/echarts.min.js");
  }

  @Test
  void anUnknownStaticPathIs404() throws Exception {
    for (String path :
        new String[] {"/ui/nothing.js", "/nothing.html", "/webjars/echarts/0.0/x.js"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(contentType(r)).as(path).startsWith("application/json");
    }
  }

  @Test
  void theApiStillAnswersBesideTheFiles() throws Exception {
    HttpResponse<String> r = get("/api/v1/timeline?interval=month");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(contentType(r)).startsWith("application/json");
  }

  private static void assertType(String path, String type) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(contentType(r)).as(path).startsWith(type);
  }
}
