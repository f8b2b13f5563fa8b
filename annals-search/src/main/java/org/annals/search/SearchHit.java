package org.annals.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One search hit.
 *
 * @param type what it is
 * @param id the article's id ({@code a_…}), the real event's id ({@code ev_…}), an actor's CAMEO
 *     code ({@code RUSMIL}), or {@code candidate:KEY} for a candidate actor (KEY as {@code annals
 *     actors --candidates} shows it)
 * @param title the article's title; for an event its dyad and code ({@code RUSMIL 190 UKR}); for an
 *     actor its name
 * @param date the article's publication date, the event's date (else its first report's publication
 *     date), or when an actor was last seen
 * @param score Lucene's relevance score; higher is better
 * @param snippet the best passage of the hit's text, with the matches marked
 */
public record SearchHit(
    DocType type, String id, String title, Optional<LocalDate> date, float score, Snippet snippet) {
  public SearchHit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(snippet, "snippet");
  }

  /** As JSON: type, id, title, date (or null), score and snippet. */
  public Map<String, Object> record() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type.label());
    m.put("id", id);
    m.put("title", title);
    m.put("date", date.map(LocalDate::toString).orElse(null));
    m.put("score", score);
    m.put("snippet", snippet.record());
    return m;
  }
}
