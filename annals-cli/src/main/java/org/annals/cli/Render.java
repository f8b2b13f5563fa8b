package org.annals.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.engine.ArticleRecords;
import org.annals.model.PublishedDate;
import org.annals.store.ArticleSummary;
import org.annals.store.QuarantineEntry;
import org.annals.store.StoredArticle;

/**
 * JSON and table renderings shared by commands. Field names are a contract: extend, never rename.
 */
final class Render {
  static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Render() {}

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
    }
  }

  static String prettyJson(Object value) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
    }
  }

  static Map<String, Object> published(PublishedDate p) {
    return ArticleRecords.published(p);
  }

  static Map<String, Object> summary(ArticleSummary a) {
    return ArticleRecords.summary(a);
  }

  /** The full article object; {@code details} adds removals, sentences, entities and times. */
  static Map<String, Object> article(StoredArticle a, boolean details) {
    return ArticleRecords.article(a, details);
  }

  static Map<String, Object> quarantine(QuarantineEntry q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", q.severity().name().toLowerCase(java.util.Locale.ROOT));
    m.put("stage", q.stage().label());
    m.put("path", q.source().path());
    m.put("locator", q.source().locator().isEmpty() ? null : q.source().locator());
    m.put("byte_offset", q.source().byteOffset() < 0 ? null : q.source().byteOffset());
    m.put("reason", q.reason());
    m.put("first_seen", q.firstSeen().toString());
    m.put("last_seen", q.lastSeen().toString());
    m.put("times_seen", q.timesSeen());
    return m;
  }

  /**
   * A published date for tables: {@code 2025-10-21}, {@code ~2025-10-21} if inferred, {@code ?}.
   */
  static String date(PublishedDate p) {
    if (p.date().isEmpty()) {
      return "?";
    }
    String d = p.date().get().toString();
    d =
        switch (p.precision()) {
          case MONTH -> d.substring(0, 7);
          case YEAR -> d.substring(0, 4);
          default -> d;
        };
    return (p.inferred() ? "~" : "") + d;
  }

  static String cut(String s, int width) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= width ? t : t.substring(0, Math.max(0, width - 1)) + "…";
  }
}
