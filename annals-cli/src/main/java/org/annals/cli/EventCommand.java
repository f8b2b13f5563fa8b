package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.engine.MergeEdits;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.store.ArticleStore;
import org.annals.store.ResolveRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "event",
    mixinStandardHelpOptions = true,
    description = {
      "Show one real event with every report of it: the article, the outlet, the sentence, and"
          + " why each report was merged (the evidence that matched, the score).",
      "'annals event split REPORT' and 'annals event join REPORT EVENT' correct the merging.",
    },
    subcommands = {EventCommand.Split.class, EventCommand.Join.class},
    footer = ExitCodes.FOOTER)
final class EventCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "An event id (ev_…) or prefix.")
  String id;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (id == null) {
      err.println("annals event: give an event id (annals events lists them)");
      return ExitCodes.USAGE;
    }
    try (ArticleStore store = ArticleStore.open(data.data)) {
      Optional<ResolveRows.EventGroup> found;
      try {
        found = store.eventGroupOf(id);
      } catch (IllegalArgumentException e) {
        err.println("annals event: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      if (found.isEmpty()) {
        err.println(
            "annals event: no event " + id + " in " + data.data + "; annals events lists them");
        return ExitCodes.NOT_FOUND;
      }
      ResolveRows.EventGroup g = found.get();
      List<ResolveRows.ResolvedMention> members = store.mentionsOf(g.id());
      if (format.equals("json")) {
        out.println(Render.json(EventsCommand.groupRecord(g, members)));
      } else {
        print(out, g, members);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  static void print(
      PrintWriter out, ResolveRows.EventGroup g, List<ResolveRows.ResolvedMention> members) {
    CodedEvent e = g.representative().event();
    out.printf(
        Locale.ROOT,
        "%s  %s %s %s  (%s, Goldstein %.1f, QuadClass %d)%n",
        g.id(),
        e.source().code(),
        e.cameo().code(),
        e.target().map(EventActor::code).orElse("-"),
        e.cameo().name(),
        e.cameo().goldstein(),
        e.cameo().quadClass());
    out.printf(
        Locale.ROOT,
        "  date %s (%s%s)   place %s   confidence %.2f   story %s%n",
        EventsCommand.dateCell(e),
        e.date().precision().label(),
        e.date().evidence().map(x -> ", \"" + x.text() + "\"").orElse(""),
        EventsCommand.placeCell(e),
        g.confidence(),
        g.storyId().orElse("-"));
    out.printf(
        Locale.ROOT,
        "  %d report(s) in %d article(s) from %d independent source(s), %d outlet(s)%n%n",
        g.mentions(),
        g.articles(),
        g.sources(),
        g.outlets());
    for (ResolveRows.ResolvedMention m : members) {
      var s = m.event();
      var d = m.decision();
      out.printf(
          Locale.ROOT,
          "  %s %s  %s  %s  %s %s %s  [%s%s]%n",
          d.representative() ? "*" : "-",
          s.id(),
          s.published().map(LocalDate::toString).orElse("undated"),
          s.outlet().orElse("?"),
          s.event().source().code(),
          s.event().cameo().code(),
          s.event().target().map(EventActor::code).orElse("-"),
          d.method(),
          d.matchedId().map(x -> " with " + x).orElse(""));
      out.println("      " + Render.cut(s.sentence(), 160));
      out.println(
          "      article "
              + s.articleId()
              + " sentence "
              + s.event().evidence().sentenceIndex()
              + " chars "
              + s.event().evidence().sentence().start()
              + "-"
              + s.event().evidence().sentence().end());
      out.println("      why: " + d.evidence());
    }
    out.println();
    out.println("  * the report whose date and place the event shows");
  }

  @Command(
      name = "split",
      mixinStandardHelpOptions = true,
      description =
          "Take a report out of its event: it becomes an event of its own, and stays apart from"
              + " that event from now on. Undo with 'annals event join'.")
  static final class Split implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Parameters(paramLabel = "REPORT", description = "The report's id (event_id of a mention).")
    String mention;

    @Override
    public Integer call() {
      try (ArticleStore store = ArticleStore.open(data.data)) {
        MergeEdits.Outcome o = new MergeEdits(store).split(mention);
        spec.commandLine()
            .getOut()
            .println(
                "split "
                    + o.mentionId()
                    + " out of "
                    + o.before()
                    + "; it is now event "
                    + o.after());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("annals event split: " + e.getMessage());
        return ExitCodes.NOT_FOUND;
      }
    }
  }

  @Command(
      name = "join",
      mixinStandardHelpOptions = true,
      description = "Put a report into an event (for reports the merging kept apart).")
  static final class Join implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Parameters(index = "0", paramLabel = "REPORT", description = "The report's id.")
    String mention;

    @Parameters(index = "1", paramLabel = "EVENT", description = "The event's id.")
    String event;

    @Override
    public Integer call() {
      try (ArticleStore store = ArticleStore.open(data.data)) {
        MergeEdits.Outcome o = new MergeEdits(store).join(mention, event);
        spec.commandLine()
            .getOut()
            .println(
                "joined " + o.mentionId() + " to " + o.after() + " (it was in " + o.before() + ")");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("annals event join: " + e.getMessage());
        return ExitCodes.NOT_FOUND;
      }
    }
  }
}
