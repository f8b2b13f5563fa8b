package org.annals.engine.watch;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A local HTTP server for feed fixtures (port 0): documents with validators answered with 304 to
 * matching conditional GETs, one-shot scripted responses, optional gzip; it records every request.
 */
final class FeedServer implements AutoCloseable {
  record Request(String path, Map<String, String> headers) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  record Response(int status, byte[] body, Map<String, String> headers) {
    static Response of(int status, String body, String... headers) {
      Map<String, String> h = new HashMap<>();
      for (int i = 0; i + 1 < headers.length; i += 2) {
        h.put(headers[i], headers[i + 1]);
      }
      return new Response(status, body.getBytes(StandardCharsets.UTF_8), h);
    }
  }

  private record Doc(
      String body, String contentType, String etag, String lastModified, boolean gzip) {}

  private final Javalin server;
  private final Map<String, Doc> docs = new HashMap<>();
  private final Map<String, Deque<Response>> scripted = new HashMap<>();
  final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  FeedServer() {
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.http.compressionStrategy = CompressionStrategy.NONE;
                  config.routes.get("/<path>", this::handle);
                })
            .start("127.0.0.1", 0);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** Serves a document, with validators (either may be null) and gzip when asked for. */
  synchronized void doc(
      String path,
      String body,
      String contentType,
      String etag,
      String lastModified,
      boolean gzip) {
    docs.put(path, new Doc(body, contentType, etag, lastModified, gzip));
  }

  synchronized void feed(String path, String xml, String etag, String lastModified) {
    doc(path, xml, "application/rss+xml; charset=utf-8", etag, lastModified, false);
  }

  /** Answers the next request for this path with this response (before the document). */
  synchronized void once(String path, Response response) {
    scripted.computeIfAbsent(path, p -> new ArrayDeque<>()).add(response);
  }

  List<Request> requestsFor(String path) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.path().equals(path)).toList();
    }
  }

  private void handle(Context ctx) throws IOException {
    Map<String, String> headers = new HashMap<>();
    ctx.headerMap().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    String path = ctx.path();
    requests.add(new Request(path, headers));
    Response scriptedResponse;
    Doc doc;
    synchronized (this) {
      Deque<Response> q = scripted.get(path);
      scriptedResponse = q == null ? null : q.poll();
      doc = docs.get(path);
    }
    if (scriptedResponse != null) {
      scriptedResponse.headers().forEach(ctx::header);
      ctx.status(scriptedResponse.status()).result(scriptedResponse.body());
      return;
    }
    if (doc == null) {
      ctx.status(404).result("not found");
      return;
    }
    if (doc.etag() != null) {
      ctx.header("ETag", doc.etag());
    }
    if (doc.lastModified() != null) {
      ctx.header("Last-Modified", doc.lastModified());
    }
    boolean unchanged =
        (doc.etag() != null && doc.etag().equals(headers.get("if-none-match")))
            || (doc.etag() == null
                && doc.lastModified() != null
                && doc.lastModified().equals(headers.get("if-modified-since")));
    if (unchanged) {
      ctx.status(304);
      return;
    }
    ctx.contentType(doc.contentType());
    byte[] body = doc.body().getBytes(StandardCharsets.UTF_8);
    String accept = headers.getOrDefault("accept-encoding", "");
    if (doc.gzip() && accept.contains("gzip")) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(body);
      }
      body = zipped.toByteArray();
      ctx.header("Content-Encoding", "gzip");
    }
    ctx.status(200).result(body);
  }

  /** An RSS 2.0 feed; each item is {guid, title, description, pubDate}; link = guid. */
  static String rss(String title, String[]... items) {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>"
                + title
                + "</title><link>https://news.example/</link><description>d</description>\n");
    for (String[] i : items) {
      s.append("<item><guid>")
          .append(i[0])
          .append("</guid><link>")
          .append(i[0])
          .append("</link><title>")
          .append(i[1])
          .append("</title><description><![CDATA[<p>")
          .append(i[2])
          .append("</p>]]></description><pubDate>")
          .append(i[3])
          .append("</pubDate></item>\n");
    }
    return s.append("</channel></rss>\n").toString();
  }

  /** An Atom feed; each entry is {id/link, title, content, updated}. */
  static String atom(String title, String[]... entries) {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>"
                + title
                + "</title><id>urn:feed</id><updated>2025-03-14T10:00:00Z</updated>\n");
    for (String[] e : entries) {
      s.append("<entry><id>")
          .append(e[0])
          .append("</id><link href=\"")
          .append(e[0])
          .append("\"/><title>")
          .append(e[1])
          .append("</title><content type=\"html\">&lt;p&gt;")
          .append(e[2])
          .append("&lt;/p&gt;</content><updated>")
          .append(e[3])
          .append("</updated></entry>\n");
    }
    return s.append("</feed>\n").toString();
  }

  @Override
  public void close() {
    server.stop();
  }
}
