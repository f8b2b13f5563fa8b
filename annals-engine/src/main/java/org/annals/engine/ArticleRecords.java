package org.annals.engine;

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
import org.annals.store.StoredArticle;

/**
 * The article records {@code annals articles --format jsonl}, {@code annals article} and {@code GET
 * /api/v1/articles} render, as ordered maps. Field names are a contract: extend, never rename.
 */
public final class ArticleRecords {
  private ArticleRecords() {}

  public static Map<String, Object> published(PublishedDate p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", p.date().map(Object::toString).orElse(null));
    m.put("precision", p.precision().label());
    m.put("evidence", p.evidence().isEmpty() ? null : p.evidence());
    m.put("inferred", p.inferred());
    m.put("method", p.method());
    return m;
  }

  public static Map<String, Object> summary(ArticleSummary a) {
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
  public static Map<String, Object> article(StoredArticle a, boolean details) {
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
}
