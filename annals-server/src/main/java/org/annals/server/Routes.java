package org.annals.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.engine.ActorRecords;
import org.annals.engine.ArticleRecords;
import org.annals.engine.EventRecords;
import org.annals.store.ArticleQuery;
import org.annals.store.ArticleStore;
import org.annals.store.EventQuery;
import org.annals.store.ResolveRows;
import org.annals.store.StoredArticle;

/** The handlers of {@code /api/v1}: each parses its parameters, asks the store, renders. */
final class Routes {
  static final String PREFIX = "/api/v1";

  /**
   * A GET route and the query parameters it accepts (anything else is a 400).
   *
   * @param path Javalin's path, {@code {name}} for a path parameter, as in OpenAPI
   */
  record Route(String path, Set<String> params, Handler handler) {}

  private static final Set<String> PAGE = Set.of("limit", "offset");

  private final ArticleStore store;

  Routes(ArticleStore store) {
    this.store = store;
  }

  List<Route> all() {
    return List.of(
        new Route(PREFIX + "/articles", PAGE, this::articles),
        new Route(PREFIX + "/articles/{id}", Set.of(), this::article),
        new Route(PREFIX + "/events", union(EventFilter.PARAMS, PAGE), this::events),
        new Route(PREFIX + "/events/{id}", Set.of(), this::event),
        new Route(PREFIX + "/stories", PAGE, this::stories),
        new Route(PREFIX + "/stories/{id}", Set.of(), this::story),
        new Route(PREFIX + "/actors", union(EventFilter.PARAMS, PAGE), this::actors),
        new Route(PREFIX + "/actors/candidates", Set.of("limit", "reviewed"), this::candidates),
        new Route(
            PREFIX + "/dyads/{a}/{b}/series",
            union(
                minus(EventFilter.PARAMS, "source", "target", "actor"),
                Set.of("interval", "normalize")),
            this::series),
        new Route(PREFIX + "/network", EventFilter.PARAMS, this::network),
        new Route(PREFIX + "/places", EventFilter.PARAMS, this::places),
        new Route(
            PREFIX + "/timeline",
            union(EventFilter.PARAMS, Set.of("interval", "normalize")),
            this::timeline));
  }

  private Params params(Context ctx) {
    String path = ctx.endpoint().path;
    for (Route r : all()) {
      if (r.path().equals(path)) {
        return Params.of(ctx, r.params());
      }
    }
    throw new IllegalStateException("no parameters declared for " + path);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }

  private static Set<String> minus(Set<String> a, String... drop) {
    Set<String> s = new HashSet<>(a);
    List.of(drop).forEach(s::remove);
    return Set.copyOf(s);
  }

  private static Map<String, Object> page(Params.Page page, Long total, List<?> items) {
    Map<String, Object> r = new LinkedHashMap<>();
    if (total != null) {
      r.put("total", total);
    }
    r.put("limit", page.limit());
    r.put("offset", page.offset());
    r.put("items", items);
    return r;
  }

  void articles(Context ctx) {
    Params.Page page = params(ctx).page();
    List<Object> items = new ArrayList<>();
    store
        .listArticles(ArticleQuery.latest().page(page.limit(), page.offset()))
        .forEach(a -> items.add(ArticleRecords.summary(a)));
    ctx.json(page(page, store.stats().articles(), items));
  }

  void article(Context ctx) {
    params(ctx);
    String id = ctx.pathParam("id");
    StoredArticle a =
        store
            .article(id)
            .orElseThrow(
                () -> ApiException.notFound("no article " + id + "; /api/v1/articles lists them"));
    Map<String, Object> r = ArticleRecords.article(a, true);
    Optional<ResolveRows.ArticleFeatures> features = store.articleFeatures(a.id().value());
    r.put("story", features.flatMap(ResolveRows.ArticleFeatures::storyId).orElse(null));
    r.put("copy_of", features.flatMap(ResolveRows.ArticleFeatures::copyOf).orElse(null));
    r.put("events", articleEvents(a.id().value()));
    ctx.json(r);
  }

  /**
   * The article's event reports in text order, each with the real event it belongs to: where the
   * sentence and trigger are, the dyad and code, and whether it is asserted.
   */
  private List<Object> articleEvents(String articleId) {
    List<Object> out = new ArrayList<>();
    for (org.annals.store.StoredEvent e : store.eventsOf(articleId)) {
      var ev = e.event();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("real_event", store.eventGroupOf(e.id()).map(ResolveRows.EventGroup::id).orElse(null));
      m.put("source", ev.source().code());
      m.put("target", ev.target().map(t -> t.code()).orElse(null));
      m.put("code", ev.cameo().code());
      m.put("name", ev.cameo().name());
      m.put("quad_class", ev.cameo().quadClass());
      m.put("asserted", ev.flags().asserted());
      m.put("sentence_index", ev.evidence().sentenceIndex());
      m.put("char_start", ev.evidence().sentence().start());
      m.put("char_end", ev.evidence().sentence().end());
      Map<String, Object> trigger = new LinkedHashMap<>();
      trigger.put("text", e.triggerText());
      trigger.put("char_start", ev.evidence().trigger().start());
      trigger.put("char_end", ev.evidence().trigger().end());
      m.put("trigger", trigger);
      out.add(m);
    }
    return out;
  }

  void events(Context ctx) {
    Params p = params(ctx);
    Params.Page page = p.page();
    EventFilter filter = EventFilter.parse(p, Optional.empty(), Optional.empty());
    // the page in SQL (filters, order, limit, offset), and the total by a count
    List<Object> items = new ArrayList<>();
    for (ResolveRows.EventGroup g : filter.page(store, page.limit(), page.offset())) {
      items.add(EventRecords.groupRecord(g, store.mentionsOf(g.id())));
    }
    ctx.json(page(page, filter.count(store), items));
  }

  void event(Context ctx) {
    params(ctx);
    String id = ctx.pathParam("id");
    Optional<ResolveRows.EventGroup> found = store.eventGroupOf(id);
    ResolveRows.EventGroup g =
        found.orElseThrow(
            () -> ApiException.notFound("no event " + id + "; /api/v1/events lists them"));
    ctx.json(EventRecords.groupRecord(g, store.mentionsOf(g.id())));
  }

  void stories(Context ctx) {
    Params.Page page = params(ctx).page();
    // the stories with the latest news first
    List<ResolveRows.StoryRow> all = new ArrayList<>(store.stories());
    all.sort(
        java.util.Comparator.comparing(
                (ResolveRows.StoryRow s) -> s.last().orElse(LocalDate.MIN),
                java.util.Comparator.reverseOrder())
            .thenComparing(ResolveRows.StoryRow::id));
    List<Object> items = new ArrayList<>();
    page.of(all).forEach(s -> items.add(story(s)));
    ctx.json(page(page, (long) all.size(), items));
  }

  private static Map<String, Object> story(ResolveRows.StoryRow s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("articles", s.articles());
    m.put("first", s.first().map(LocalDate::toString).orElse(null));
    m.put("last", s.last().map(LocalDate::toString).orElse(null));
    return m;
  }

  void story(Context ctx) {
    params(ctx);
    String id = ctx.pathParam("id");
    ResolveRows.StoryRow s =
        store
            .story(id)
            .orElseThrow(
                () -> ApiException.notFound("no story " + id + "; /api/v1/stories lists them"));
    Map<String, Object> r = story(s);
    List<Object> articles = new ArrayList<>();
    for (String a : store.storyArticles(s.id())) {
      store
          .article(a)
          .ifPresent(
              x -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", x.id().value());
                m.put("url", x.canonicalUrl());
                m.put("title", x.title().orElse(null));
                m.put("outlet", x.outlet().orElse(null));
                m.put("published", ArticleRecords.published(x.published()));
                articles.add(m);
              });
    }
    r.put("article_list", articles);
    List<ResolveRows.EventGroup> events =
        new ArrayList<>(store.eventGroups(EventQuery.everything(false), 0, Optional.of(s.id())));
    Collections.reverse(events); // oldest first, as a timeline
    List<Object> timeline = new ArrayList<>();
    for (ResolveRows.EventGroup g : events) {
      timeline.add(EventRecords.groupRecord(g, store.mentionsOf(g.id())));
    }
    r.put("events", timeline);
    ctx.json(r);
  }

  void actors(Context ctx) {
    Params p = params(ctx);
    Params.Page page = p.page();
    List<ActorRecords.Activity> all =
        ActorRecords.activity(
            EventFilter.parse(p, Optional.empty(), Optional.empty()).select(store));
    List<Object> items = new ArrayList<>();
    page.of(all).forEach(a -> items.add(a.record()));
    ctx.json(page(page, (long) all.size(), items));
  }

  void candidates(Context ctx) {
    Params p = params(ctx);
    int limit = p.integer("limit", 1, Params.MAX_LIMIT, Params.DEFAULT_LIMIT);
    boolean reviewed = p.bool("reviewed", false);
    List<Object> items = new ArrayList<>();
    store.candidateActors(reviewed, limit).forEach(c -> items.add(ActorRecords.candidate(c)));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("limit", limit);
    r.put("items", items);
    ctx.json(r);
  }

  void series(Context ctx) {
    Params p = params(ctx);
    Aggregates.Interval interval = Aggregates.Interval.parse(p.string("interval"));
    String a = ctx.pathParam("a");
    String b = ctx.pathParam("b");
    EventFilter filter = EventFilter.parse(p, Optional.of(a), Optional.of(b));
    ctx.json(
        Aggregates.series(
            filter.query().source().orElseThrow(),
            filter.query().target().orElseThrow(),
            interval,
            filter.select(store),
            volume(p)));
  }

  /** Articles per day when the request asks for counts normalised by article volume. */
  private Optional<java.util.SortedMap<LocalDate, Long>> volume(Params p) {
    return Aggregates.normalizeByArticles(p.string("normalize"))
        ? Optional.of(store.articlesPerDay())
        : Optional.empty();
  }

  void network(Context ctx) {
    Params p = params(ctx);
    EventFilter filter = EventFilter.parse(p, Optional.empty(), Optional.empty());
    ctx.json(Aggregates.network(filter.select(store)));
  }

  void places(Context ctx) {
    Params p = params(ctx);
    EventFilter filter = EventFilter.parse(p, Optional.empty(), Optional.empty());
    ctx.json(Aggregates.places(filter.select(store)));
  }

  void timeline(Context ctx) {
    Params p = params(ctx);
    Aggregates.Interval interval = Aggregates.Interval.parse(p.string("interval"));
    EventFilter filter = EventFilter.parse(p, Optional.empty(), Optional.empty());
    ctx.json(Aggregates.timeline(interval, filter.select(store), volume(p)));
  }
}
