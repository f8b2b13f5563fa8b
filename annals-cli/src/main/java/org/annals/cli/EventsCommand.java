package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
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

  @Mixin EventFilters filters;

  @Option(
      names = "--mentions",
      description = "List each report (mention) on its own instead of real events.")
  boolean mentions;

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
    Optional<EventQuery> parsed = filters.query("events", data.data, limit, offset, err);
    if (parsed.isEmpty()) {
      return ExitCodes.USAGE;
    }
    EventQuery query = parsed.get();
    double minConfidence = filters.minConfidence;
    try (ArticleStore store = ArticleStore.open(data.data)) {
      if (!mentions) {
        if (format == Format.jsonl) {
          // one query for the events and all their mentions, streamed; then the page
          long[] seen = {0};
          store.forEachRealEvent(
              query,
              minConfidence,
              filters.story(),
              e -> {
                long i = seen[0]++;
                if (i >= query.offset() && i < (long) query.offset() + query.limit()) {
                  out.println(Render.json(groupRecord(e.group(), e.resolvedMentions())));
                }
              });
        } else {
          List<ResolveRows.EventGroup> groups =
              store.eventGroups(query, minConfidence, filters.story());
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
      if (filters.story().isPresent()) {
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

  static java.util.Map<String, Object> record(StoredEvent s) {
    return EventRecords.record(s);
  }

  /** See {@link EventRecords#groupRecord}. */
  static java.util.Map<String, Object> groupRecord(
      ResolveRows.EventGroup g, List<ResolveRows.ResolvedMention> members) {
    return EventRecords.groupRecord(g, members);
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
