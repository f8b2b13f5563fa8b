package org.annals.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.EntityMention;
import org.annals.model.PublishedDate;
import org.annals.model.Removal;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
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
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", p.date().map(Object::toString).orElse(null));
    m.put("precision", p.precision().label());
    m.put("evidence", p.evidence().isEmpty() ? null : p.evidence());
    m.put("inferred", p.inferred());
    m.put("method", p.method());
    return m;
  }

  static Map<String, Object> summary(ArticleSummary a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id().value());
    m.put("url", a.url());
    m.put("version", a.version());
    m.put("title", a.title().orElse(null));
    m.put("outlet", a.outlet().orElse(null));
    m.put("published", published(a.published()));
    m.put("language", a.language().code());
    m.put("sentences", a.sentenceCount());
    m.put("entities", a.entityCount());
    m.put("tokens", a.tokenCount());
    return m;
  }

  /** The full article object; {@code details} adds sentences, entities and times. */
  static Map<String, Object> article(StoredArticle a, boolean details) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id().value());
    m.put("url", a.canonicalUrl());
    m.put("version", a.version());
    m.put("title", a.title().orElse(null));
    m.put("outlet", a.outlet().orElse(null));
    m.put("published", published(a.published()));
    m.put("language", a.language().code());
    m.put("language_confidence", Math.round(a.language().confidence() * 1000) / 1000.0);
    m.put("source", a.source().describe());
    m.put("content_type", a.contentType().name().toLowerCase(java.util.Locale.ROOT));
    m.put("charset", a.charset().orElse(null));
    m.put("content_sha256", a.contentSha256());
    m.put("duplicate_of", a.duplicateOf().map(Object::toString).orElse(null));
    m.put("warnings", a.warnings());
    m.put("text", a.clean().text());
    if (details) {
      List<Map<String, Object>> removed = new ArrayList<>();
      for (Removal r : a.removals()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("reason", r.reason());
        x.put("raw_start", r.raw().start());
        x.put("raw_end", r.raw().end());
        x.put("text", r.raw().of(a.rawText()).strip());
        removed.add(x);
      }
      m.put("removed", removed);
      List<Map<String, Object>> sentences = new ArrayList<>();
      for (Sentence s : a.annotation().sentences()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("index", s.index());
        x.put("char_start", s.span().start());
        x.put("char_end", s.span().end());
        var raw = a.toRaw(s.span());
        x.put("raw_start", raw.start());
        x.put("raw_end", raw.end());
        x.put("text", s.text(a.clean().text()));
        x.put("parsed", s.parsed());
        sentences.add(x);
      }
      m.put("sentences", sentences);
      List<Map<String, Object>> entities = new ArrayList<>();
      for (EntityMention e : a.annotation().entities()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("text", e.text());
        x.put("type", e.type());
        x.put("sentence_index", e.sentenceIndex());
        x.put("char_start", e.span().start());
        x.put("char_end", e.span().end());
        entities.add(x);
      }
      m.put("entities", entities);
      List<Map<String, Object>> times = new ArrayList<>();
      for (TimeExpression t : a.annotation().times()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("text", t.text());
        x.put("type", t.type());
        x.put("value", t.value().orElse(null));
        x.put("anchored", t.anchored());
        x.put("sentence_index", t.sentenceIndex());
        x.put("char_start", t.span().start());
        x.put("char_end", t.span().end());
        times.add(x);
      }
      m.put("times", times);
    }
    return m;
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
