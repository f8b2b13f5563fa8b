package org.annals.server;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.store.ResolveRows;

/** Dyad time series and actor networks over real events; pure functions of the events. */
final class Aggregates {
  private Aggregates() {}

  /** Periods of a time series. */
  enum Interval {
    DAY,
    WEEK,
    MONTH;

    static Interval parse(Optional<String> value) {
      String v = value.orElse("week");
      return switch (v) {
        case "day" -> DAY;
        case "week" -> WEEK;
        case "month" -> MONTH;
        default ->
            throw ApiException.badRequest("interval must be day, week or month, got '" + v + "'");
      };
    }

    /** The first day of the period {@code d} falls in (weeks start on Monday). */
    LocalDate start(LocalDate d) {
      return switch (this) {
        case DAY -> d;
        case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> d.withDayOfMonth(1);
      };
    }

    LocalDate end(LocalDate start) {
      return switch (this) {
        case DAY -> start;
        case WEEK -> start.plusDays(6);
        case MONTH -> start.plusMonths(1).minusDays(1);
      };
    }
  }

  /**
   * Per period, by the event's own (first) day, or its publication date when it has none (counted
   * as {@code undated}): counts by QuadClass, summed and mean Goldstein. Periods without events are
   * left out; events with neither date are counted in {@code undated_without_date} only.
   */
  static Map<String, Object> series(
      String source,
      String target,
      Interval interval,
      List<ResolveRows.EventGroup> events,
      Optional<java.util.SortedMap<LocalDate, Long>> volume) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("source", source);
    r.put("target", target);
    r.putAll(timeline(interval, events, volume));
    return r;
  }

  /**
   * The {@code normalize} parameter: empty, or {@code articles} to divide counts by the articles
   * published in each period.
   */
  static boolean normalizeByArticles(Optional<String> value) {
    if (value.isEmpty()) {
      return false;
    }
    if (!value.get().equals("articles")) {
      throw ApiException.badRequest(
          "normalize takes 'articles' (counts per 100 articles published in the period), got '"
              + value.get()
              + "'");
    }
    return true;
  }

  /**
   * All events per period, as in {@link #series} without the dyad: {@code interval}, {@code
   * events}, {@code without_date} and {@code periods}.
   */
  static Map<String, Object> timeline(
      Interval interval,
      List<ResolveRows.EventGroup> events,
      Optional<java.util.SortedMap<LocalDate, Long>> volume) {
    TreeMap<LocalDate, Bucket> buckets = new TreeMap<>();
    int lost = 0;
    for (ResolveRows.EventGroup g : events) {
      CodedEvent e = g.representative().event();
      Optional<LocalDate> own = e.date().start();
      Optional<LocalDate> day = own.or(() -> g.representative().published());
      if (day.isEmpty()) {
        lost++;
        continue;
      }
      Bucket b = buckets.computeIfAbsent(interval.start(day.get()), k -> new Bucket());
      b.quad[e.cameo().quadClass() - 1]++;
      b.goldstein += e.cameo().goldstein();
      b.events++;
      if (own.isEmpty()) {
        b.undated++;
      }
    }
    List<Object> periods = new ArrayList<>();
    buckets.forEach(
        (start, b) -> {
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("start", start.toString());
          p.put("end", interval.end(start).toString());
          p.put("events", b.events);
          Map<String, Object> quad = new LinkedHashMap<>();
          for (int q = 0; q < 4; q++) {
            quad.put(String.valueOf(q + 1), b.quad[q]);
          }
          p.put("quad_class", quad);
          p.put("goldstein_sum", round(b.goldstein));
          p.put("goldstein_mean", round(b.goldstein / b.events));
          p.put("undated", b.undated);
          volume.ifPresent(
              v -> {
                long articles =
                    v.subMap(start, interval.end(start).plusDays(1)).values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                p.put("articles", articles);
                if (articles == 0) {
                  p.put("per_100_articles", null);
                } else {
                  Map<String, Object> per = new LinkedHashMap<>();
                  per.put("events", round(100.0 * b.events / articles));
                  Map<String, Object> q = new LinkedHashMap<>();
                  for (int i = 0; i < 4; i++) {
                    q.put(String.valueOf(i + 1), round(100.0 * b.quad[i] / articles));
                  }
                  per.put("quad_class", q);
                  p.put("per_100_articles", per);
                }
              });
          periods.add(p);
        });
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("interval", interval.name().toLowerCase(Locale.ROOT));
    r.put("normalized", volume.isPresent() ? "articles" : null);
    r.put("events", events.size());
    r.put("without_date", lost);
    r.put("periods", periods);
    return r;
  }

  private static final class Bucket {
    final int[] quad = new int[4];
    double goldstein;
    int events;
    int undated;
  }

  /**
   * Actor codes as nodes (events as source and as target) and directed source → target edges, with
   * cooperation (QuadClass 1, 2) and conflict (3, 4) counted apart.
   */
  static Map<String, Object> network(List<ResolveRows.EventGroup> events) {
    Map<String, Node> nodes = new TreeMap<>();
    Map<String, Edge> edges = new TreeMap<>();
    for (ResolveRows.EventGroup g : events) {
      CodedEvent e = g.representative().event();
      node(nodes, e.source()).asSource++;
      if (e.target().isEmpty()) {
        continue;
      }
      EventActor t = e.target().get();
      node(nodes, t).asTarget++;
      Edge edge =
          edges.computeIfAbsent(
              e.source().code() + "\u0000" + t.code(), k -> new Edge(e.source().code(), t.code()));
      edge.events++;
      if (e.cameo().quadClass() <= 2) {
        edge.cooperation++;
      } else {
        edge.conflict++;
      }
      edge.goldstein += e.cameo().goldstein();
    }
    List<Object> nodeList = new ArrayList<>();
    nodes.values().stream()
        .sorted(Comparator.comparingInt((Node n) -> -(n.asSource + n.asTarget)))
        .forEach(
            n -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", n.code);
              m.put("name", n.name);
              m.put("source", n.asSource);
              m.put("target", n.asTarget);
              m.put("events", n.asSource + n.asTarget);
              nodeList.add(m);
            });
    List<Object> edgeList = new ArrayList<>();
    edges.values().stream()
        .sorted(Comparator.comparingInt((Edge x) -> -x.events))
        .forEach(
            x -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("source", x.source);
              m.put("target", x.target);
              m.put("events", x.events);
              m.put("cooperation", x.cooperation);
              m.put("conflict", x.conflict);
              m.put("goldstein_sum", round(x.goldstein));
              edgeList.add(m);
            });
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("events", events.size());
    r.put("nodes", nodeList);
    r.put("edges", edgeList);
    return r;
  }

  /**
   * Where events happened: one entry per place (by gazetteer id), with its precision, how many
   * events sit there by QuadClass, and how many were placed by their own clause rather than their
   * article's focus; the most eventful first. Events without a place are counted only.
   */
  static Map<String, Object> places(List<ResolveRows.EventGroup> events) {
    Map<String, Place> places = new LinkedHashMap<>();
    int placed = 0;
    for (ResolveRows.EventGroup g : events) {
      CodedEvent e = g.representative().event();
      if (e.place().isEmpty()) {
        continue;
      }
      placed++;
      org.annals.model.EventPlace p = e.place().get();
      Place x = places.computeIfAbsent(p.id(), k -> new Place(p));
      x.events++;
      x.byQuad[e.cameo().quadClass() - 1]++;
      if (p.basis() == org.annals.model.EventPlace.Basis.CLAUSE) {
        x.ownClause++;
      }
    }
    List<Object> list = new ArrayList<>();
    places.values().stream()
        .sorted(Comparator.comparingInt((Place x) -> -x.events).thenComparing(x -> x.place.id()))
        .forEach(
            x -> {
              Map<String, Object> m = org.annals.engine.EventRecords.location(x.place);
              m.remove("text");
              m.remove("char_start");
              m.remove("char_end");
              m.remove("confidence");
              m.remove("basis");
              m.put("events", x.events);
              m.put("own_clause", x.ownClause);
              Map<String, Object> quads = new LinkedHashMap<>();
              for (int q = 1; q <= 4; q++) {
                quads.put(String.valueOf(q), x.byQuad[q - 1]);
              }
              m.put("by_quad_class", quads);
              list.add(m);
            });
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("events", events.size());
    r.put("placed", placed);
    r.put("places", list);
    return r;
  }

  private static final class Place {
    final org.annals.model.EventPlace place;
    final int[] byQuad = new int[4];
    int events;
    int ownClause;

    Place(org.annals.model.EventPlace place) {
      this.place = place;
    }
  }

  private static Node node(Map<String, Node> nodes, EventActor a) {
    return nodes.computeIfAbsent(a.code(), k -> new Node(a.code(), a.name()));
  }

  private static final class Node {
    final String code;
    final String name;
    int asSource;
    int asTarget;

    Node(String code, String name) {
      this.code = code;
      this.name = name;
    }
  }

  private static final class Edge {
    final String source;
    final String target;
    int events;
    int cooperation;
    int conflict;
    double goldstein;

    Edge(String source, String target) {
      this.source = source;
      this.target = target;
    }
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
