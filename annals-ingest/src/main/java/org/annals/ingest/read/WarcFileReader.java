package org.annals.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.annals.model.ContentType;
import org.annals.model.DeclaredMetadata;
import org.annals.model.Problem;
import org.annals.model.SourceRef;
import org.annals.model.Stage;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads HTML pages from WARC or WARC.gz files: {@code response} records with a 2xx HTTP status and
 * an HTML payload, and {@code resource} records with an HTML block. Other records (requests,
 * metadata, images, redirects) are not articles and are passed over. A truncated or corrupt file is
 * reported with the byte offset of the record where reading stopped.
 */
final class WarcFileReader {
  private final IngestLimits limits;

  WarcFileReader(IngestLimits limits) {
    this.limits = limits;
  }

  void read(Path file, SourceRef ref, ArticleSink sink) throws IOException {
    int n = 0;
    long position = 0;
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        position = reader.position();
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        n++;
        WarcRecord record = next.get();
        position = record.position();
        SourceRef at = ref.at("record " + n, position);
        try {
          readRecord(record, at, sink);
        } catch (IOException | RuntimeException e) {
          if (isTruncation(e)) {
            throw e;
          }
          sink.problem(Problem.error(at, Stage.PARSE, "unreadable WARC record: " + describe(e)));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (!isTruncation(e) && !(e instanceof IOException)) {
        throw e;
      }
      sink.problem(
          Problem.error(
              ref.at("after record " + n, position),
              Stage.READ,
              (isTruncation(e) ? "WARC file is truncated or corrupt" : "cannot read WARC")
                  + " ("
                  + describe(e)
                  + "); "
                  + n
                  + " record(s) before this point were read; re-fetch or repair the file"));
    }
  }

  private void readRecord(WarcRecord record, SourceRef at, ArticleSink sink) throws IOException {
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return; // e.g. a Gemini or DNS response
      }
      HttpResponse http = response.http();
      if (http.status() >= 200 && http.status() < 300) {
        emitHtml(http.contentType(), http.bodyDecoded(), response.target(), record, at, sink);
      }
    } else if (record instanceof WarcResource resource) {
      emitHtml(resource.contentType(), resource.body(), resource.target(), record, at, sink);
    }
  }

  /** Emits the body as an article if it is HTML; other payloads are not articles. */
  private void emitHtml(
      MediaType type,
      MessageBody body,
      String target,
      WarcRecord record,
      SourceRef at,
      ArticleSink sink)
      throws IOException {
    if (!isHtml(type)) {
      return;
    }
    Optional<byte[]> bytes = readBody(body, at, sink);
    if (bytes.isPresent()) {
      SingleFileReader.emit(
          bytes.get(), at, ContentType.HTML, charset(type), metadata(target, record), sink);
    }
  }

  private static DeclaredMetadata metadata(String target, WarcRecord record) {
    return DeclaredMetadata.of(target, null, null, null, record.date().toString());
  }

  private Optional<byte[]> readBody(MessageBody body, SourceRef at, ArticleSink sink)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try (InputStream in = body.stream()) {
      int r;
      while ((r = in.read(buf)) > 0) {
        if (out.size() + r > limits.maxArticleBytes()) {
          sink.problem(
              Problem.error(
                  at,
                  Stage.READ,
                  "HTML payload is over the per-article limit of "
                      + IngestLimits.mb(limits.maxArticleBytes())
                      + "; raise --max-article-bytes"));
          return Optional.empty();
        }
        out.write(buf, 0, r);
      }
    }
    return Optional.of(out.toByteArray());
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static Optional<String> charset(MediaType type) {
    return Optional.ofNullable(type.parameters().get("charset"));
  }

  private static boolean isTruncation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException || t instanceof ZipException) {
        return true;
      }
      String m = t.getMessage();
      if (m != null
          && (m.contains("Unexpected end") || m.contains("truncated") || m.contains("EOF"))) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
