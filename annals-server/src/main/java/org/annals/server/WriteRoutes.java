package org.annals.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The write routes: upload files or paste articles to ingest, and follow the jobs that ingest them.
 * Writes need {@code Authorization: Bearer TOKEN}; a server started without a token is read-only.
 */
final class WriteRoutes {
  static final String UPLOADS = Routes.PREFIX + "/uploads";
  static final String PASTE = Routes.PREFIX + "/articles";
  static final String JOBS = Routes.PREFIX + "/jobs";

  /** The fields a pasted article may have. */
  static final Set<String> ARTICLE_FIELDS =
      Set.of("text", "html", "title", "url", "published", "outlet");

  /** The most articles one paste may carry. */
  static final int MAX_PASTED = 1000;

  private final ServerOptions options;
  private final IngestJobs jobs;
  private final ObjectMapper json;

  WriteRoutes(ServerOptions options, IngestJobs jobs, ObjectMapper json) {
    this.options = options;
    this.jobs = jobs;
    this.json = json;
  }

  /** Refuses a write without the token, or one too large, before its body is read. */
  private void admit(Context ctx) {
    if (options.writeToken().isEmpty()) {
      throw new ApiException(
          403,
          "this server is read-only; start it with a write token (annals serve --token-file FILE,"
              + " or ANNALS_TOKEN in its environment) to upload articles");
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"annals\"");
      throw new ApiException(
          401,
          "writes need the server's token: send the header 'Authorization: Bearer TOKEN' (annals"
              + " serve prints the token when it starts)");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    byte[] expected = options.writeToken().get().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"annals\", error=\"invalid_token\"");
      throw new ApiException(
          401, "the token does not match this server's; check it (annals serve prints it)");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > options.maxUploadBytes()) {
      throw tooLarge(length);
    }
  }

  private ApiException tooLarge(long length) {
    return new ApiException(
        413,
        (length > 0 ? "the request has " + mb(length) + "; " : "the request is too large; ")
            + "this server takes at most "
            + mb(options.maxUploadBytes())
            + " per request (annals serve --max-upload-mb); send fewer files at a time, or ingest"
            + " large files with annals ingest");
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  private void accepted(Context ctx, IngestJobs.Job job) {
    ctx.status(202).header("Location", JOBS + "/" + job.id).json(job.record());
  }

  /** POST /uploads: multipart/form-data, one or more files. */
  void upload(Context ctx) {
    admit(ctx);
    Params.of(ctx, Set.of());
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ApiException(
          415,
          "send the files as multipart/form-data (for example curl -F file=@article.html), got "
              + (type == null ? "no Content-Type" : "'" + type + "'"));
    }
    List<UploadedFile> parts;
    try {
      parts = ctx.uploadedFiles();
    } catch (RuntimeException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("size")
          || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("exceed")) {
        throw tooLarge(-1);
      }
      throw ApiException.badRequest(
          "the multipart body could not be read (" + e.getMessage() + "); send it again");
    }
    List<IngestJobs.Upload> files = new ArrayList<>();
    long total = 0;
    for (UploadedFile f : parts) {
      byte[] bytes = read(f);
      total += bytes.length;
      if (total > options.maxUploadBytes()) {
        throw tooLarge(total);
      }
      files.add(new IngestJobs.Upload(f.filename(), bytes));
    }
    accepted(ctx, jobs.submit(files));
  }

  private byte[] read(UploadedFile f) {
    try (InputStream in = f.content()) {
      return readAtMost(in);
    } catch (IOException e) {
      throw ApiException.badRequest(
          "could not read '" + f.filename() + "' from the upload (" + e.getMessage() + ")");
    }
  }

  private byte[] readAtMost(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    int n;
    while ((n = in.read(buf)) > 0) {
      out.write(buf, 0, n);
      if (out.size() > options.maxUploadBytes()) {
        throw tooLarge(-1);
      }
    }
    return out.toByteArray();
  }

  /**
   * POST /articles: one pasted article as JSON {@code {"text", "title", "url", "published",
   * "outlet"}}, or {@code {"articles": [...]}} for several.
   */
  void paste(Context ctx) {
    admit(ctx);
    Params.of(ctx, Set.of());
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(
          415,
          "send the article as application/json, for example {\"title\": \"…\", \"text\": \"…\"},"
              + " got "
              + (type == null ? "no Content-Type" : "'" + type + "'"));
    }
    JsonNode body;
    try (InputStream in = ctx.bodyInputStream()) {
      body = json.readTree(readAtMost(in));
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "the body is not valid JSON: "
              + e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " at line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw ApiException.badRequest("could not read the body (" + e.getMessage() + ")");
    }
    List<JsonNode> articles = new ArrayList<>();
    String path;
    if (body != null && body.isObject() && body.has("articles")) {
      if (!body.get("articles").isArray() || body.size() != 1) {
        throw ApiException.badRequest(
            "give either one article object or {\"articles\": [ … ]} with nothing beside it");
      }
      body.get("articles").forEach(articles::add);
      path = "articles";
    } else if (body != null && body.isObject()) {
      articles.add(body);
      path = "";
    } else {
      throw ApiException.badRequest(
          "the body must be a JSON object: one article, or {\"articles\": [ … ]}");
    }
    if (articles.isEmpty() || articles.size() > MAX_PASTED) {
      throw ApiException.badRequest(
          "give 1 to " + MAX_PASTED + " articles, got " + articles.size());
    }
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      String where = path.isEmpty() ? "" : path + "[" + i + "].";
      jsonl.append(checked(articles.get(i), where)).append('\n');
    }
    accepted(
        ctx,
        jobs.submit(
            List.of(
                new IngestJobs.Upload(
                    "pasted.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8)))));
  }

  /** One pasted article, checked field by field, as a JSONL line. */
  private String checked(JsonNode a, String where) {
    if (!a.isObject()) {
      throw ApiException.badRequest(
          (where.isEmpty() ? "the article" : where.substring(0, where.length() - 1))
              + " must be an object with 'text'");
    }
    ObjectNode out = json.createObjectNode();
    for (Map.Entry<String, JsonNode> f : a.properties()) {
      if (!ARTICLE_FIELDS.contains(f.getKey())) {
        throw ApiException.badRequest(
            where
                + f.getKey()
                + " is not an article field; use "
                + new java.util.TreeSet<>(ARTICLE_FIELDS));
      }
      if (f.getValue().isNull()) {
        continue;
      }
      if (!f.getValue().isTextual()) {
        throw ApiException.badRequest(where + f.getKey() + " must be a string");
      }
      String v = f.getValue().asText().strip();
      if (!v.isEmpty()) {
        out.put(f.getKey(), v);
      }
    }
    if (!out.has("text") && !out.has("html")) {
      throw ApiException.badRequest(where + "text is missing or blank; paste the article's text");
    }
    if (out.has("url")) {
      String url = out.get("url").asText();
      if (!url.matches("(?i)https?://[^\\s/]+\\S*")) {
        throw ApiException.badRequest(
            where + "url '" + url + "' is not an http(s) URL; leave it out if there is none");
      }
    }
    if (out.has("published")) {
      String p = out.get("published").asText();
      if (!isDate(p)) {
        throw ApiException.badRequest(
            where
                + "published '"
                + p
                + "' is not an ISO date; use 2025-03-01 or 2025-03-01T10:00:00Z, or leave it out");
      }
    }
    return out.toString();
  }

  private static boolean isDate(String s) {
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      try {
        OffsetDateTime.parse(s);
        return true;
      } catch (DateTimeParseException e2) {
        return false;
      }
    }
  }

  /** GET /jobs: the remembered jobs, newest first. */
  void list(Context ctx) {
    Params p = Params.of(ctx, Set.of("limit"));
    int limit = p.integer("limit", 1, Params.MAX_LIMIT, Params.DEFAULT_LIMIT);
    List<Object> items = new ArrayList<>();
    for (IngestJobs.Job j : jobs.jobs()) {
      if (items.size() == limit) {
        break;
      }
      items.add(j.record());
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("writable", options.writeToken().isPresent());
    r.put("max_upload_bytes", options.maxUploadBytes());
    r.put("limit", limit);
    r.put("items", items);
    ctx.json(r);
  }

  /** GET /jobs/{id}. */
  void job(Context ctx) {
    Params.of(ctx, Set.of());
    String id = ctx.pathParam("id");
    ctx.json(
        jobs.job(id)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no job "
                            + id
                            + " (the server remembers its last "
                            + IngestJobs.KEPT
                            + " jobs until it stops); GET "
                            + JOBS
                            + " lists them"))
            .record());
  }
}
