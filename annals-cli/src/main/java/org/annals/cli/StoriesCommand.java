package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.engine.Resolution;
import org.annals.model.EventActor;
import org.annals.store.ArticleStore;
import org.annals.store.EventQuery;
import org.annals.store.ResolveRows;
import org.annals.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals stories}, {@code annals story ID} and {@code annals resolve}. */
final class StoriesCommand {
  private StoriesCommand() {}

  @Command(
      name = "stories",
      mixinStandardHelpOptions = true,
      description =
          "List stories: articles grouped by what they are about (terms and named entities) and"
              + " when; latest first. Ids never change as articles arrive.",
      footer = ExitCodes.FOOTER)
  static final class List_ implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (ArticleStore store = ArticleStore.open(data.data)) {
        List<ResolveRows.StoryRow> stories = store.stories();
        out.printf(
            Locale.ROOT, "%-8s  %-10s  %-10s  %4s  %s%n", "ID", "FIRST", "LAST", "ART", "TITLE");
        for (ResolveRows.StoryRow s : stories) {
          out.printf(
              Locale.ROOT,
              "%-8s  %-10s  %-10s  %4d  %s%n",
              s.id(),
              s.first().map(LocalDate::toString).orElse("-"),
              s.last().map(LocalDate::toString).orElse("-"),
              s.articles(),
              s.title());
        }
        if (stories.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println("no stories yet: ingest articles first (annals ingest PATH)");
        }
        out.flush();
        return ExitCodes.OK;
      }
    }
  }

  @Command(
      name = "story",
      mixinStandardHelpOptions = true,
      description = "One story as a timeline: its articles and its events, with their sources.",
      footer = ExitCodes.FOOTER)
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Parameters(paramLabel = "ID", description = "A story id (st_…).")
    String id;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (ArticleStore store = ArticleStore.open(data.data)) {
        Optional<ResolveRows.StoryRow> found = store.story(id);
        if (found.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println("annals story: no story " + id + "; annals stories lists them");
          return ExitCodes.NOT_FOUND;
        }
        ResolveRows.StoryRow s = found.get();
        out.printf(
            Locale.ROOT,
            "%s  %s%n  %d article(s), %s to %s%n%nArticles:%n",
            s.id(),
            s.title(),
            s.articles(),
            s.first().map(LocalDate::toString).orElse("?"),
            s.last().map(LocalDate::toString).orElse("?"));
        for (String a : store.storyArticles(s.id())) {
          Optional<StoredArticle> art = store.article(a);
          if (art.isEmpty()) {
            continue;
          }
          StoredArticle x = art.get();
          out.printf(
              Locale.ROOT,
              "  %-10s  %-20s  %s  %s%n",
              x.published().date().map(LocalDate::toString).orElse("undated"),
              Render.cut(x.outlet().orElse("?"), 20),
              x.id().value(),
              Render.cut(x.title().orElse(""), 80));
        }
        EventQuery all = EventQuery.everything(false);
        List<ResolveRows.EventGroup> events =
            new java.util.ArrayList<>(store.eventGroups(all, 0, Optional.of(s.id())));
        java.util.Collections.reverse(events); // oldest first, as a timeline
        out.println();
        out.println("Timeline of events (date, who did what to whom, reports/sources, where):");
        for (ResolveRows.EventGroup g : events) {
          var e = g.representative().event();
          out.printf(
              Locale.ROOT,
              "  %-11s  %-10s %-4s %-10s  %-40s  %d/%d  %s  %s%n",
              EventsCommand.dateCell(e),
              e.source().code(),
              e.cameo().code(),
              e.target().map(EventActor::code).orElse("-"),
              Render.cut(e.cameo().name(), 40),
              g.mentions(),
              g.sources(),
              EventsCommand.placeCell(e),
              g.id());
        }
        out.flush();
        return ExitCodes.OK;
      }
    }
  }

  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      description =
          "Resolve what is pending (an ingest does this itself): near-duplicates, stories and"
              + " merged events for articles stored before, or by an older annals.",
      footer = ExitCodes.FOOTER)
  static final class Resolve implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Override
    public Integer call() {
      try (ArticleStore store = ArticleStore.open(data.data)) {
        Resolution.Report r = new Resolution(store).run();
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "resolved %d article(s) in %.1f s: %d near-duplicate(s), %d of %d report(s)"
                    + " merged, %d new stories%n",
                r.articles(),
                r.elapsed().toMillis() / 1000.0,
                r.copies(),
                r.merged(),
                r.mentions(),
                r.newStories());
        spec.commandLine().getOut().print(IngestCommand.failures(r));
        spec.commandLine().getOut().flush();
        return r.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
      }
    }
  }
}
