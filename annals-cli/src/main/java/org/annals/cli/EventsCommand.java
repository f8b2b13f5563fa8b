package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.engine.EventRecords;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.store.ArticleStore;
import org.annals.store.EventQuery;
import org.annals.store.ResolveRows;
import org.annals.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "List real events, newest first: the reports of one event, in one article or many, are"
          + " merged into one event with counts of its mentions, articles and independent"
          + " sources (--mentions lists the reports one by one instead).",
      "Actor filters take a CAMEO actor code or its prefix (RUS matches RUS, RUSGOV, RUSMIL);"
          + " --code takes a root (19) or a code (190, which includes 1901…).",
    },
    footer = ExitCodes.FOOTER)
final class EventsCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "Events with this actor on either side.")
  String actor;

  @Option(
      names = "--dyad",
      arity = "2",
      paramLabel = "CODE",
      description = "Events from the first actor to the second: --dyad RUS VEN.")
  List<String> dyad;

  @Option(names = "--source", paramLabel = "CODE", description = "Events with this source actor.")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "Events with this target actor.")
  String target;

  @Option(names = "--code", paramLabel = "CAMEO", description = "A CAMEO root (19) or code (195).")
  String code;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description =
          "Events that happened on or after this day: by the event's own date (its last day); an"
              + " event whose sentence gives no date, by its upper bound, the publication date.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description =
          "Events that happened on or before this day: by the event's own date (its first day);"
              + " an event whose sentence gives no date, by its publication date.")
  String to;

  @Option(
      names = "--near",
      paramLabel = "PLACE",
      description =
          "Events whose place lies within --radius of PLACE: a place name the gazetteer knows"
              + " (\"Caracas\", \"Caribbean Sea\", \"Texas\"; the most likely one is taken and"
              + " shown) or LAT,LON. Events with no place are left out.")
  String near;

  @Option(
      names = "--radius",
      paramLabel = "KM",
      defaultValue = "50",
      description = "With --near: the radius in km (default ${DEFAULT-VALUE}).")
  double radius;

  @Option(
      names = "--mentions",
      description = "List each report (mention) on its own instead of real events.")
  boolean mentions;

  @Option(names = "--story", paramLabel = "ID", description = "Events of this story (st_…).")
  String story;

  @Option(names = "--all", description = "Also negated and hypothetical events (flagged).")
  boolean all;

  @Option(
      names = "--min-confidence",
      paramLabel = "C",
      defaultValue = "0",
      description = "Only events with at least this confidence, 0..1.")
  double minConfidence;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  Format format;

  @Option(
      names = "--limit",
      defaultValue = "1000",
      description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
  int offset;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EventQuery query;
    try {
      Optional<String> src = Optional.ofNullable(source);
      Optional<String> tgt = Optional.ofNullable(target);
      if (dyad != null) {
        if (source != null || target != null) {
          err.println("annals events: --dyad names source and target; drop --source/--target");
          return ExitCodes.USAGE;
        }
        src = Optional.of(dyad.get(0).toUpperCase(Locale.ROOT));
        tgt = Optional.of(dyad.get(1).toUpperCase(Locale.ROOT));
      }
      query =
          new EventQuery(
              Optional.ofNullable(actor).map(a -> a.toUpperCase(Locale.ROOT)),
              src.map(a -> a.toUpperCase(Locale.ROOT)),
              tgt.map(a -> a.toUpperCase(Locale.ROOT)),
              Optional.ofNullable(code),
              date("--from", from),
              date("--to", to),
              all,
              limit,
              offset);
      if (near != null) {
        Optional<EventQuery.Near> point = point(near, radius, err);
        if (point.isEmpty()) {
          return ExitCodes.USAGE;
        }
        query = query.within(point.get());
      }
    } catch (IllegalArgumentException e) {
      err.println("annals events: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (ArticleStore store = ArticleStore.open(data.data)) {
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        err.println("annals events: --min-confidence is 0..1, got " + minConfidence);
        return ExitCodes.USAGE;
      }
      if (!mentions) {
        List<ResolveRows.EventGroup> groups =
            store.eventGroups(query, minConfidence, Optional.ofNullable(story));
        if (format == Format.jsonl) {
          for (ResolveRows.EventGroup g : groups) {
            out.println(Render.json(groupRecord(g, store.mentionsOf(g.id()))));
          }
        } else {
          printGroups(out, groups);
          if (groups.isEmpty()) {
            err.println(
                store.eventCount() == 0
                    ? "no events in " + data.data + "; ingest articles first: annals ingest PATH"
                    : "no events match these filters");
          }
        }
        long pending = store.unresolvedCount();
        if (pending > 0) {
          err.println(
              pending
                  + " coded event(s) are not merged yet and not listed; run 'annals resolve'"
                  + " (or --mentions to see them)");
        }
        out.flush();
        return ExitCodes.OK;
      }
      if (story != null) {
        err.println("annals events: --story lists real events; drop --mentions");
        return ExitCodes.USAGE;
      }
      List<StoredEvent> events =
          store.events(query).stream()
              .filter(e -> e.event().confidence() >= minConfidence)
              .toList();
      if (format == Format.jsonl) {
        for (StoredEvent e : events) {
          out.println(Render.json(record(e)));
        }
      } else {
        printTable(out, events);
        if (events.isEmpty()) {
          err.println(
              store.eventCount() == 0
                  ? "no events in " + data.data + "; ingest articles first: annals ingest PATH"
                  : "no events match these filters");
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static Optional<LocalDate> date(String option, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " wants YYYY-MM-DD, got '" + value + "'");
    }
  }

  static java.util.Map<String, Object> record(StoredEvent s) {
    CodedEvent e = s.event();
    String trigger = s.sentence();
    int t0 = e.evidence().trigger().start() - e.evidence().sentence().start();
    int t1 = e.evidence().trigger().end() - e.evidence().sentence().start();
    trigger = t0 >= 0 && t1 <= trigger.length() && t0 <= t1 ? trigger.substring(t0, t1) : "";
    return EventRecords.record(
        s.id(),
        e,
        s.coder(),
        new EventRecords.Mention(
            s.articleId(),
            s.url(),
            s.outlet(),
            s.published(),
            s.sentence(),
            s.sentenceRaw(),
            trigger,
            s.triggerRaw()));
  }

  /**
   * A real event as one record: its representative mention's fields, with every mention (each with
   * how it was merged), counts and the story.
   */
  static java.util.Map<String, Object> groupRecord(
      ResolveRows.EventGroup g, List<ResolveRows.ResolvedMention> members) {
    java.util.Map<String, Object> r = record(g.representative());
    r.put("id", g.id());
    r.put("confidence", Math.round(g.confidence() * 1000) / 1000.0);
    java.util.Map<String, Object> counts = new java.util.LinkedHashMap<>();
    counts.put("mentions", g.mentions());
    counts.put("articles", g.articles());
    counts.put("sources", g.sources());
    counts.put("outlets", g.outlets());
    r.put("counts", counts);
    List<Object> list = new java.util.ArrayList<>();
    for (ResolveRows.ResolvedMention m : members) {
      @SuppressWarnings("unchecked")
      List<Object> one = (List<Object>) record(m.event()).get("mentions");
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> mention = (java.util.Map<String, Object>) one.get(0);
      mention.put("event_id", m.event().id());
      mention.put("code", m.event().event().cameo().code());
      mention.put(
          "dyad",
          m.event().event().source().code()
              + "->"
              + m.event().event().target().map(EventActor::code).orElse("-"));
      java.util.Map<String, Object> merge = new java.util.LinkedHashMap<>();
      merge.put("method", m.decision().method());
      merge.put("matched", m.decision().matchedId().orElse(null));
      merge.put(
          "score",
          m.decision().score().isPresent()
              ? Math.round(m.decision().score().getAsDouble() * 1000) / 1000.0
              : null);
      merge.put("evidence", m.decision().evidence());
      merge.put("copy_group", m.decision().copyGroup());
      mention.put("merge", merge);
      list.add(mention);
    }
    r.put("mentions", list);
    r.put("story", g.storyId().orElse(null));
    return r;
  }

  static void printGroups(PrintWriter out, List<ResolveRows.EventGroup> groups) {
    out.printf(
        Locale.ROOT,
        "%-19s  %-11s  %-16s  %-12s  %-5s  %-12s  %4s  %4s  %4s  %4s  %s%n",
        "ID",
        "DATE",
        "PLACE",
        "SOURCE",
        "CAMEO",
        "TARGET",
        "MENT",
        "ART",
        "SRC",
        "CONF",
        "SENTENCE (first report with the best date and place)");
    for (ResolveRows.EventGroup g : groups) {
      StoredEvent s = g.representative();
      CodedEvent e = s.event();
      String flags =
          (e.flags().negated() ? "[negated] " : "")
              + (e.flags().hypothetical() ? "[hypothetical] " : "")
              + (e.flags().reportedSpeech() ? "[reported] " : "");
      out.printf(
          Locale.ROOT,
          "%-19s  %-11s  %-16s  %-12s  %-5s  %-12s  %4d  %4d  %4d  %4.2f  %s%n",
          g.id(),
          dateCell(e),
          placeCell(e),
          e.source().code(),
          e.cameo().code(),
          e.target().map(EventActor::code).orElse("-"),
          g.mentions(),
          g.articles(),
          g.sources(),
          g.confidence(),
          flags + Render.cut(s.sentence().replace('\n', ' '), 80));
    }
  }

  private static final java.util.regex.Pattern LAT_LON =
      java.util.regex.Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

  /** The point --near names: LAT,LON, or the gazetteer's most likely place of that name. */
  private Optional<EventQuery.Near> point(String where, double km, PrintWriter err) {
    var m = LAT_LON.matcher(where);
    if (m.matches()) {
      return Optional.of(
          new EventQuery.Near(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), km));
    }
    org.annals.geo.Gazetteer gazetteer;
    try {
      gazetteer = org.annals.geo.Gazetteer.load(data.data);
    } catch (java.io.IOException e) {
      err.println("annals events: cannot read the gazetteer: " + e.getMessage());
      return Optional.empty();
    }
    org.annals.geo.Resolution r = new org.annals.geo.Geocoder(gazetteer).resolve(where);
    if (r.place().isEmpty() || r.inferred()) {
      err.println(
          "annals events: --near: no place named '"
              + where
              + "' in the gazetteer; try 'annals gazetteer lookup NAME', or give LAT,LON");
      return Optional.empty();
    }
    org.annals.geo.Place p = r.place().get();
    err.printf(
        Locale.ROOT,
        "near %s (%s%s, %.4f,%.4f), within %.0f km%n",
        p.name(),
        p.kind().name().toLowerCase(Locale.ROOT),
        p.countryCode().isEmpty() ? "" : ", " + p.countryCode(),
        p.lat(),
        p.lon(),
        km);
    return Optional.of(new EventQuery.Near(p.lat(), p.lon(), km));
  }

  /**
   * The event's first day ("2025-10-17", a week or month as its first day with "w"/"m"), or "?".
   */
  static String dateCell(CodedEvent e) {
    return e.date()
        .start()
        .map(
            d ->
                d
                    + switch (e.date().precision()) {
                      case WEEK -> "w";
                      case MONTH -> "m";
                      case YEAR -> "y";
                      default -> "";
                    })
        .orElse("?");
  }

  /** The event's place, "~" before an article's focus. */
  static String placeCell(CodedEvent e) {
    return e.place()
        .map(
            p ->
                (p.basis() == org.annals.model.EventPlace.Basis.ARTICLE_FOCUS ? "~" : "")
                    + Render.cut(p.name(), 15))
        .orElse("-");
  }

  static void printTable(PrintWriter out, List<StoredEvent> events) {
    out.printf(
        Locale.ROOT,
        "%-19s  %-10s  %-11s  %-16s  %-12s  %-5s  %-12s  %5s  %4s  %s%n",
        "ID",
        "PUBLISHED",
        "DATE",
        "PLACE",
        "SOURCE",
        "CAMEO",
        "TARGET",
        "GOLD",
        "CONF",
        "SENTENCE");
    for (StoredEvent s : events) {
      CodedEvent e = s.event();
      String flags =
          (e.flags().negated() ? "[negated] " : "")
              + (e.flags().hypothetical() ? "[hypothetical] " : "")
              + (e.flags().reportedSpeech() ? "[reported] " : "");
      out.printf(
          Locale.ROOT,
          "%-19s  %-10s  %-11s  %-16s  %-12s  %-5s  %-12s  %5.1f  %4.2f  %s%n",
          s.id(),
          s.published().map(LocalDate::toString).orElse("-"),
          dateCell(e),
          placeCell(e),
          e.source().code(),
          e.cameo().code(),
          e.target().map(EventActor::code).orElse("-"),
          e.cameo().goldstein(),
          e.confidence(),
          flags + Render.cut(s.sentence().replace('\n', ' '), 90));
    }
  }
}
