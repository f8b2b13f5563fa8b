package org.annals.engine.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Fetches feeds and pages over HTTP with the JDK's client: redirects followed (not from https to
 * http), gzip accepted, a User-Agent naming Annals, and conditional GETs ({@code If-None-Match},
 * {@code If-Modified-Since}) for feeds. Thread-safe.
 */
public final class FeedFetcher {
  /** The User-Agent sent with every request. */
  public static final String USER_AGENT =
      "Annals/"
          + Optional.ofNullable(FeedFetcher.class.getPackage().getImplementationVersion())
              .orElse("dev")
          + " (feed watcher; +https://github.com/annals/annals)";

  private static final String FEED_ACCEPT =
      "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9,"
          + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
  private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

  /** What a request came to. */
  public sealed interface Outcome {}

  /**
   * A 2xx response with its body (decompressed) and the validators to send next time.
   *
   * @param uri where the body came from, after redirects
   */
  public record Fetched(
      URI uri,
      int status,
      byte[] body,
      Optional<String> etag,
      Optional<String> lastModified,
      Optional<String> contentType)
      implements Outcome {}

  /** A 304: the feed has not changed since the validators were issued. */
  public record NotModified(Optional<String> etag, Optional<String> lastModified)
      implements Outcome {}

  /**
   * Anything else: a network error, a timeout, a 4xx or 5xx, a body over the limit.
   *
   * @param status the HTTP status, or 0 when there was no response
   * @param retryAfter how long the server asked us to wait (429, 503)
   */
  public record Failed(String reason, int status, Optional<Duration> retryAfter)
      implements Outcome {}

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;
  private final Clock clock;

  /**
   * @param timeout for connecting and for the whole response
   * @param maxBytes the largest body accepted (after decompression)
   */
  public FeedFetcher(Duration timeout, long maxBytes, Clock clock) {
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(timeout)
            .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /** A conditional GET of a feed, with the validators of the last fetch (when there are any). */
  public Outcome fetchFeed(URI url, Optional<String> etag, Optional<String> lastModified)
      throws InterruptedException {
    HttpRequest.Builder request = request(url, FEED_ACCEPT);
    etag.ifPresent(v -> request.header("If-None-Match", v));
    lastModified.ifPresent(v -> request.header("If-Modified-Since", v));
    return send(request.build());
  }

  /** A plain GET of a web page. */
  public Outcome fetchPage(URI url) throws InterruptedException {
    return send(request(url, PAGE_ACCEPT).build());
  }

  private HttpRequest.Builder request(URI url, String accept) {
    return HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("User-Agent", USER_AGENT)
        .header("Accept", accept)
        .header("Accept-Encoding", "gzip")
        .GET();
  }

  private Outcome send(HttpRequest request) throws InterruptedException {
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      return new Failed("could not connect within " + seconds(timeout), 0, Optional.empty());
    } catch (HttpTimeoutException e) {
      return new Failed("no response within " + seconds(timeout), 0, Optional.empty());
    } catch (ConnectException e) {
      return new Failed("connection refused or unreachable", 0, Optional.empty());
    } catch (UnknownHostException e) {
      return new Failed("unknown host " + request.uri().getHost(), 0, Optional.empty());
    } catch (IOException e) {
      return new Failed("network error: " + describe(e), 0, Optional.empty());
    }
    int status = response.statusCode();
    HttpHeaders headers = response.headers();
    Optional<String> etag = headers.firstValue("ETag");
    Optional<String> lastModified = headers.firstValue("Last-Modified");
    try (InputStream raw = response.body()) {
      if (status == 304) {
        return new NotModified(etag, lastModified);
      }
      if (status < 200 || status > 299) {
        return new Failed(
            "HTTP " + status + reasonHint(status),
            status,
            retryAfter(headers.firstValue("Retry-After")));
      }
      boolean gzip =
          headers
              .firstValue("Content-Encoding")
              .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip"))
              .orElse(false);
      byte[] body = readAtMost(gzip ? new GZIPInputStream(raw) : raw);
      if (body == null) {
        return new Failed(
            "response is over the limit of " + maxBytes + " bytes; raise --max-feed-bytes",
            status,
            Optional.empty());
      }
      return new Fetched(
          response.uri(), status, body, etag, lastModified, headers.firstValue("Content-Type"));
    } catch (HttpTimeoutException e) {
      return new Failed(
          "the response did not finish within " + seconds(timeout), status, Optional.empty());
    } catch (IOException e) {
      return new Failed("reading the response failed: " + describe(e), status, Optional.empty());
    }
  }

  private byte[] readAtMost(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > maxBytes) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The wait a {@code Retry-After} header asks for: seconds, or an HTTP date. */
  Optional<Duration> retryAfter(Optional<String> header) {
    if (header.isEmpty() || header.get().isBlank()) {
      return Optional.empty();
    }
    String v = header.get().strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static String reasonHint(int status) {
    return switch (status) {
      case 401, 403 -> " (access denied; does the feed need a login?)";
      case 404 -> " (not found; has the feed moved? check the URL)";
      case 410 -> " (gone; remove the feed from the list)";
      case 429 -> " (too many requests; backing off)";
      default -> status >= 500 ? " (server error; backing off)" : "";
    };
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
