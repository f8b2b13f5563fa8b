package org.annals.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.annals.search.DocType;
import org.annals.search.QuerySyntaxException;
import org.annals.search.RefreshReport;
import org.annals.search.SearchIndex;
import org.annals.search.SearchResult;
import org.annals.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/search}: full-text search over articles, real events and actors, with the data
 * directory's Lucene index ({@code <data>/search}), refreshed when the server starts and after each
 * ingest job.
 */
final class Search implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Search.class);
  static final String PATH = Routes.PREFIX + "/search";
  static final Set<String> PARAMS = Set.of("q", "type", "limit", "offset");

  private final ArticleStore store;
  private final SearchIndex index;
  private volatile boolean refreshing;
  private volatile Instant refreshed;
  private volatile RefreshReport last;

  Search(ArticleStore store) {
    this.store = store;
    this.index = SearchIndex.open(store.dataDir());
  }

  /** Brings the index up to date with the store. */
  void refresh() {
    refreshing = true;
    try {
      last = index.refresh(store);
      refreshed = Instant.now();
      if (last.changed()) {
        LOG.info(
            "search index: {} articles added, {} events, {} actors in {} ms",
            last.articlesAdded(),
            last.events(),
            last.actors(),
            last.elapsed().toMillis());
      }
    } finally {
      refreshing = false;
    }
  }

  void handle(Context ctx) {
    Params p = Params.of(ctx, PARAMS);
    String q =
        p.string("q")
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "q is missing: give the words to search for, e.g. q=missile+deployment"
                            + " or q=\\\"strategic partnership\\\" (AND between words; OR, NOT,"
                            + " quotes and field:value work)"));
    Set<DocType> types = EnumSet.noneOf(DocType.class);
    for (String t : p.string("type").orElse("").split(",")) {
      if (!t.isBlank()) {
        types.add(DocType.of(t.strip()));
      }
    }
    int limit = p.integer("limit", 1, Params.MAX_LIMIT, 20);
    int offset = p.integer("offset", 0, 100_000, 0);
    SearchResult result;
    try {
      result = index.search(q, types, limit, offset);
    } catch (QuerySyntaxException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Map<String, Object> r = new LinkedHashMap<>(result.record());
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("refreshing", refreshing);
    state.put("refreshed", refreshed == null ? null : refreshed.toString());
    r.put("index", state);
    ctx.json(r);
  }

  @Override
  public void close() {
    index.close();
  }
}
