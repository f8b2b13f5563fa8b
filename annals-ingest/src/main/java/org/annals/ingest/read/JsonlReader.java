package org.annals.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.model.ArticleId;
import org.annals.model.ContentType;
import org.annals.model.DeclaredMetadata;
import org.annals.model.Problem;
import org.annals.model.SourceRef;
import org.annals.model.Stage;

/**
 * Reads JSON Lines: one article object per line with {@code url}, {@code title}, {@code published},
 * {@code outlet}, and {@code text} or {@code html}. Streams the file; a bad line is reported with
 * its line number and byte offset, and reading goes on.
 */
final class JsonlReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final IngestLimits limits;

  JsonlReader(IngestLimits limits) {
    this.limits = limits;
  }

  void read(Path file, SourceRef ref, ArticleSink sink) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long lineStart = 0;
      long pos = 0;
      int lineNo = 1;
      boolean tooLong = false;
      int b;
      while (true) {
        b = in.read();
        if (b == '\n' || b == -1) {
          SourceRef at = ref.at("line " + lineNo, lineStart);
          if (tooLong) {
            sink.problem(
                Problem.error(
                    at,
                    Stage.READ,
                    "line is over the per-article limit of "
                        + IngestLimits.mb(limits.maxArticleBytes())
                        + "; raise --max-article-bytes"));
          } else if (line.size() > 0) {
            parseLine(line.toByteArray(), at, sink);
          }
          if (b == -1) {
            break;
          }
          line.reset();
          tooLong = false;
          lineNo++;
          lineStart = pos + 1;
        } else if (!tooLong) {
          if (line.size() >= limits.maxArticleBytes()) {
            tooLong = true;
            line.reset();
          } else {
            line.write(b);
          }
        }
        pos++;
      }
    }
  }

  private static void parseLine(byte[] bytes, SourceRef at, ArticleSink sink) {
    String sha = ArticleId.sha256Hex(bytes);
    Optional<String> text = TextDecoder.tryStrict(bytes, 0, StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      sink.problem(
          new Problem(
              at,
              Stage.DECODE,
              Problem.Severity.ERROR,
              "line is not valid UTF-8 (bad byte at column "
                  + (TextDecoder.firstInvalidUtf8(bytes) + 1)
                  + "); JSON Lines must be UTF-8",
              sha));
      return;
    }
    if (text.get().isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(text.get());
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? "" : " at column " + loc.getColumnNr();
      sink.problem(
          new Problem(
              at,
              Stage.PARSE,
              Problem.Severity.ERROR,
              "malformed JSON"
                  + where
                  + ": "
                  + e.getOriginalMessage()
                  + "; each line must be one JSON object",
              sha));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.problem(
          new Problem(
              at,
              Stage.PARSE,
              Problem.Severity.ERROR,
              "line is JSON but not an object; each line must be one article object",
              sha));
      return;
    }
    Optional<String> body = field(node, "text");
    ContentType type = ContentType.PLAIN_TEXT;
    if (body.isEmpty()) {
      body = field(node, "html");
      type = ContentType.HTML;
    }
    if (body.isEmpty()) {
      sink.problem(
          new Problem(
              at,
              Stage.PARSE,
              Problem.Severity.ERROR,
              "article has neither 'text' nor 'html' (fields: " + fieldNames(node) + ")",
              sha));
      return;
    }
    DeclaredMetadata meta =
        new DeclaredMetadata(
            field(node, "url"),
            field(node, "title"),
            field(node, "published"),
            field(node, "outlet"),
            Optional.empty());
    byte[] content = body.get().getBytes(StandardCharsets.UTF_8);
    SingleFileReader.emit(
        content, at, type, Optional.of(StandardCharsets.UTF_8.name()), meta, sink);
  }

  private static Optional<String> field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return Optional.empty();
    }
    String s = v.asText();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  private static String fieldNames(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    node.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
    return sb.length() == 0 ? "none" : sb.toString();
  }
}
