package org.annals.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a samples {@code expected.json} (format in {@code samples/README.md}): what a
 * correct ingest produces for one article.
 *
 * @param file path relative to the samples directory
 * @param record for multi-article files, the record's URL; empty for single-article files
 * @param url the article URL, empty when it has none
 * @param published {@code yyyy-MM-dd}, empty when nothing supports a date
 * @param boilerplate snippets that must not be in the clean text
 * @param mustKeep snippets that must be in the clean text
 */
public record ExpectedArticle(
    String file,
    Optional<String> record,
    Optional<String> url,
    Optional<String> title,
    Optional<String> outlet,
    String language,
    Optional<String> published,
    List<String> boilerplate,
    List<String> mustKeep) {
  public ExpectedArticle {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(language, "language");
    boilerplate = List.copyOf(boilerplate);
    mustKeep = List.copyOf(mustKeep);
  }

  /** {@code file} or {@code file record}: how reports name the article. */
  public String name() {
    return record.map(r -> file + " " + r).orElse(file);
  }

  /**
   * Reads an {@code expected.json}: a JSON array of objects with at least {@code file} and {@code
   * language}.
   *
   * @throws GoldFormatException when it is not such an array, naming the entry
   */
  public static List<ExpectedArticle> read(Path expectedJson) throws IOException {
    String source = expectedJson.toString();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(expectedJson));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new GoldFormatException(source, line, "not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new GoldFormatException(source, 0, "expected a JSON array of articles");
    }
    List<ExpectedArticle> articles = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode e = root.get(i);
      String where = "entry " + i;
      articles.add(
          new ExpectedArticle(
              required(source, e, "file", where),
              optional(e, "record"),
              optional(e, "url"),
              optional(e, "title"),
              optional(e, "outlet"),
              required(source, e, "language", where),
              optional(e, "published"),
              strings(source, e, "boilerplate", where),
              strings(source, e, "must_keep", where)));
    }
    return articles;
  }

  private static String required(String source, JsonNode e, String field, String where) {
    if (e == null || !e.hasNonNull(field) || !e.get(field).isTextual()) {
      throw new GoldFormatException(source, 0, where + " needs a string '" + field + "'");
    }
    return e.get(field).asText();
  }

  private static Optional<String> optional(JsonNode e, String field) {
    return e.hasNonNull(field) ? Optional.of(e.get(field).asText()) : Optional.empty();
  }

  private static List<String> strings(String source, JsonNode e, String field, String where) {
    if (!e.hasNonNull(field)) {
      return List.of();
    }
    if (!e.get(field).isArray()) {
      throw new GoldFormatException(source, 0, where + ": '" + field + "' must be an array");
    }
    List<String> out = new ArrayList<>();
    e.get(field).forEach(n -> out.add(n.asText()));
    return out;
  }
}
