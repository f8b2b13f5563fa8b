package org.annals.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of search hits, best first (then by type and id, so pages are stable).
 *
 * @param query the query as given
 * @param total how many documents of the requested types match
 * @param totals how many documents of each type match, whatever types were requested (for facets);
 *     every type is a key
 * @param offset how many hits were skipped
 * @param limit at most this many hits were asked for
 * @param hits this page
 */
public record SearchResult(
    String query,
    long total,
    Map<DocType, Long> totals,
    int offset,
    int limit,
    List<SearchHit> hits) {
  public SearchResult {
    Objects.requireNonNull(query, "query");
    EnumMap<DocType, Long> all = new EnumMap<>(DocType.class);
    for (DocType t : DocType.values()) {
      all.put(t, totals.getOrDefault(t, 0L));
    }
    totals = Collections.unmodifiableMap(all);
    hits = List.copyOf(hits);
  }

  /** Whether there are hits after this page. */
  public boolean hasMore() {
    return (long) offset + hits.size() < total;
  }

  /** As JSON: query, total, totals by type label, offset, limit and hits. */
  public Map<String, Object> record() {
    Map<String, Object> byType = new LinkedHashMap<>();
    totals.forEach((t, n) -> byType.put(t.label(), n));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SearchHit h : hits) {
      rows.add(h.record());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", query);
    m.put("total", total);
    m.put("totals", byType);
    m.put("offset", offset);
    m.put("limit", limit);
    m.put("hits", rows);
    return m;
  }
}
