package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.annals.store.ArticleStore;
import org.annals.testkit.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write routes' refusals over real HTTP: token, size, content type and field checks all answer
 * before any ingest starts, so these need no CoreNLP ({@code WriteApiIT} runs real ingests).
 */
class WriteApiTest {
  static final String TOKEN = "test-token-0123456789";
  static final long LIMIT = 64 * 1024;
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path tmp;
  static ArticleStore store;
  static ApiServer server;

  record Response(int status, Map<String, java.util.List<String>> headers, JsonNode body) {}

  @BeforeAll
  static void start() {
    Path data = tmp.resolve("data");
    new StoreFixture().build(data);
    store = ArticleStore.open(data);
    server =
        ApiServer.over(store, ServerOptions.writable(TOKEN).withMaxUploadBytes(LIMIT))
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  static Response post(String path, String token, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.headers().map(), JSON.readTree(r.body()));
  }

  static Response paste(String json) throws IOException, InterruptedException {
    return post(
        "/api/v1/articles", TOKEN, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** A multipart/form-data body with one file part. */
  static byte[] multipart(String boundary, String filename, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static Response upload(String filename, byte[] content) throws IOException, InterruptedException {
    String boundary = "annals-test-boundary";
    return post(
        "/api/v1/uploads",
        TOKEN,
        "multipart/form-data; boundary=" + boundary,
        multipart(boundary, filename, content));
  }

  static void assertError(Response r, int status, String message) {
    assertThat(r.status()).as("%s", r.body()).isEqualTo(status);
    assertThat(r.body().get("status").asInt()).isEqualTo(status);
    assertThat(r.body().get("error").asText()).contains(message);
  }

  @Test
  void writesNeedTheToken() throws Exception {
    byte[] body = "{\"text\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    Response none = post("/api/v1/articles", null, "application/json", body);
    assertError(none, 401, "Authorization: Bearer");
    assertThat(none.headers().get("www-authenticate")).anyMatch(h -> h.startsWith("Bearer"));
    assertError(
        post("/api/v1/articles", "wrong-token-0123456789", "application/json", body),
        401,
        "does not match");
    assertError(
        post("/api/v1/uploads", TOKEN.substring(1), "multipart/form-data; boundary=x", body),
        401,
        "does not match");
  }

  @Test
  void aReadOnlyServerRefusesWritesButReads() throws Exception {
    Path other = tmp.resolve("read-only");
    new StoreFixture().build(other);
    try (ArticleStore otherStore = ArticleStore.open(other);
        ApiServer readOnly = ApiServer.over(otherStore).start("127.0.0.1", 0)) {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + readOnly.port() + "/api/v1/articles"))
                  .header("Authorization", "Bearer " + TOKEN)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Hello.\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.body()).contains("read-only");
      HttpResponse<String> jobs =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + readOnly.port() + "/api/v1/jobs"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(jobs.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(jobs.body()).get("writable").asBoolean()).isFalse();
    }
  }

  @Test
  void tooLargeIs413BeforeAnythingIsSaved() throws Exception {
    // a declared length over the limit is refused before the body is read: send the headers and
    // a first kilobyte only, over a plain socket (a client that sends the whole body may still be
    // writing when the server answers and closes)
    String boundary = "annals-test-boundary";
    assertError(
        declaring("/api/v1/uploads", "multipart/form-data; boundary=" + boundary, LIMIT + 1),
        413,
        "at most 0.1 MB per request");
    assertError(
        declaring("/api/v1/articles", "application/json", LIMIT + 1), 413, "--max-upload-mb");
    assertThat(tmp.resolve("data/uploads")).doesNotExist();
  }

  /** A POST that declares {@code length} bytes of body but sends only the first kilobyte. */
  static Response declaring(String path, String contentType, long length) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      java.io.OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + TOKEN
              + "\r\nContent-Type: "
              + contentType
              + "\r\nContent-Length: "
              + length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[1024]);
      out.flush();
      java.io.InputStream in = socket.getInputStream();
      String status = line(in);
      java.util.Map<String, java.util.List<String>> headers = new java.util.LinkedHashMap<>();
      int contentLength = -1;
      for (String h = line(in); !h.isEmpty(); h = line(in)) {
        int colon = h.indexOf(':');
        String name = h.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
        String value = h.substring(colon + 1).strip();
        headers.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
        if (name.equals("content-length")) {
          contentLength = Integer.parseInt(value);
        }
      }
      assertThat(contentLength).as("the response's Content-Length").isPositive();
      byte[] body = in.readNBytes(contentLength);
      return new Response(Integer.parseInt(status.split(" ")[1]), headers, JSON.readTree(body));
    }
  }

  private static String line(java.io.InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  @Test
  void theWrongContentTypeIs415() throws Exception {
    assertError(
        post("/api/v1/uploads", TOKEN, "text/plain", "hello".getBytes(StandardCharsets.UTF_8)),
        415,
        "multipart/form-data");
    assertError(
        post("/api/v1/articles", TOKEN, "text/plain", "hello".getBytes(StandardCharsets.UTF_8)),
        415,
        "application/json");
  }

  @Test
  void badFilesAre400WithWhatToDo() throws Exception {
    assertError(
        upload("notes.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)),
        400,
        "'notes.pdf' is not a format Annals reads");
    assertError(upload("empty.txt", new byte[0]), 400, "'empty.txt' is empty");
    String boundary = "b";
    assertError(
        post(
            "/api/v1/uploads",
            TOKEN,
            "multipart/form-data; boundary=" + boundary,
            ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)),
        400,
        "no files in the upload");
  }

  @Test
  void badPastesAre400NamingTheField() throws Exception {
    assertError(paste("{\"text\": \"x\",}"), 400, "not valid JSON");
    assertError(paste("{\"text\": \"x\",}"), 400, "line 1");
    assertError(paste("[1, 2]"), 400, "must be a JSON object");
    assertError(paste("{\"title\": \"Only a title\"}"), 400, "text is missing");
    assertError(paste("{\"text\": \"x\", \"body\": \"y\"}"), 400, "body is not an article field");
    assertError(paste("{\"text\": 42}"), 400, "text must be a string");
    assertError(
        paste("{\"text\": \"x\", \"published\": \"last Tuesday\"}"),
        400,
        "published 'last Tuesday' is not an ISO date");
    assertError(paste("{\"text\": \"x\", \"url\": \"ftp://x\"}"), 400, "not an http(s) URL");
    assertError(
        paste("{\"articles\": [{\"text\": \"fine\"}, {\"title\": \"no text\"}]}"),
        400,
        "articles[1].text is missing");
    assertError(paste("{\"articles\": []}"), 400, "give 1 to 1000 articles");
    assertThat(tmp.resolve("data/uploads")).doesNotExist();
  }

  @Test
  void unknownJobsAre404AndQueryParametersAreChecked() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/v1/jobs/job_999"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("no job job_999");
    HttpResponse<String> bad =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/v1/jobs?limit=-1"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void safeNamesKeepTheEndingAndDropThePath() {
    assertThat(IngestJobs.safeName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
    assertThat(IngestJobs.safeName("C:\\Users\\me\\report 1.html")).isEqualTo("report_1.html");
    assertThat(IngestJobs.safeName("..hidden.jsonl")).isEqualTo("hidden.jsonl");
    assertThat(IngestJobs.safeName("")).isEqualTo("upload");
    assertThat(IngestJobs.safeName("x".repeat(300) + ".warc.gz")).hasSize(100).endsWith(".warc.gz");
  }

  @Test
  void tokensMustBeLong() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerOptions.writable("short"))
        .hasMessageContaining("at least 16 characters");
    assertThat(ServerOptions.randomToken()).hasSize(32).isNotEqualTo(ServerOptions.randomToken());
  }
}
