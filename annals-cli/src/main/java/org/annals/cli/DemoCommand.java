package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.annals.engine.IngestOptions;
import org.annals.engine.IngestPipeline;
import org.annals.model.Removal;
import org.annals.store.ArticleQuery;
import org.annals.store.ArticleStore;
import org.annals.store.ArticleSummary;
import org.annals.store.EntityCount;
import org.annals.store.EventQuery;
import org.annals.store.ResolveRows;
import org.annals.store.StoredArticle;
import org.annals.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest the bundled sample articles (every input format, plus some bad inputs), show what"
          + " Annals found, then serve the web UI over them (the URL is printed; stop with Ctrl-C).",
      "--no-serve stops after the summary."
    },
    footer = ExitCodes.FOOTER)
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "Sample directory (default: samples/ of the Annals checkout).")
  Path samples;

  @Option(names = "--no-annotate", description = "Skip CoreNLP (fast).")
  boolean noAnnotate;

  @Option(names = "--no-serve", description = "Do not serve the web UI afterwards; just stop.")
  boolean noServe;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "The web UI's port (default ${DEFAULT-VALUE}; a free one when it is taken).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = samples != null ? samples : defaultSamples();
    if (!Files.isDirectory(dir)) {
      err.println("annals: no sample directory at " + dir + "; pass --samples DIR");
      return ExitCodes.USAGE;
    }
    out.println("Annals demo: ingesting the bundled samples in " + dir + " into " + data.data);
    out.println(
        "(text, HTML, JSON Lines, RSS/Atom and WARC inputs; samples/bad/ holds broken inputs on purpose)");
    out.println();
    out.flush();
    IngestPipeline.Report report =
        IngestCommand.run(
            data.data, inputsOf(dir), IngestOptions.defaults(), !noAnnotate, true, err);
    out.println(IngestCommand.summaryLine(report));
    out.println();
    try (ArticleStore store = ArticleStore.open(data.data)) {
      List<ArticleSummary> list = store.listArticles(ArticleQuery.latest().page(1000, 0));
      out.println("Articles (~ marks a publication date inferred from evidence in the text):");
      ArticlesCommand.printTable(out, list, false);
      out.println();
      printRemovals(out, store, list);
      printEntities(out, store);
      printEvents(out, store);
      out.println("Quarantine (bad inputs are recorded with where and why; the batch went on):");
      QuarantineCommand.print(out, store.quarantine(50), false);
      out.println();
      if (!list.isEmpty()) {
        out.println(
            "Next: ./annals article "
                + list.get(0).id()
                + "    ./annals articles --format jsonl"
                + "    ./annals events --format jsonl    ./annals stories"
                + "    ./annals quarantine");
      }
    }
    out.flush();
    if (noServe) {
      return ExitCodes.OK;
    }
    out.println();
    org.annals.server.ServerOptions options;
    try {
      options = ServeCommand.writeOptions(false, null, System.getenv(ServeCommand.TOKEN_ENV));
    } catch (IllegalArgumentException e) {
      err.println("annals demo: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ServeCommand.serve(data.data, "127.0.0.1", port, true, options, out, err);
  }

  private static void printRemovals(
      PrintWriter out, ArticleStore store, List<ArticleSummary> list) {
    Map<String, Integer> reasons = new TreeMap<>();
    for (ArticleSummary a : list) {
      StoredArticle full = store.article(a.id().value()).orElseThrow();
      for (Removal r : full.removals()) {
        reasons.merge(r.reason(), 1, Integer::sum);
      }
    }
    out.println("Removed by cleaning, by reason: " + reasons);
    out.println();
  }

  private static void printEntities(PrintWriter out, ArticleStore store) {
    for (String type : List.of("PERSON", "ORGANIZATION", "LOCATION")) {
      List<EntityCount> top = store.topEntities(type, 8);
      if (top.isEmpty()) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (EntityCount e : top) {
        sb.append(sb.length() == 0 ? "" : ", ")
            .append(e.text())
            .append(" (")
            .append(e.count())
            .append(')');
      }
      out.printf(
          java.util.Locale.ROOT,
          "Most mentioned %s: %s%n",
          type.toLowerCase(java.util.Locale.ROOT),
          sb);
    }
    out.println();
  }

  private static void printEvents(PrintWriter out, ArticleStore store) {
    EventQuery all = EventQuery.everything(false);
    List<StoredEvent> reports = store.events(all);
    List<ResolveRows.EventGroup> events = store.eventGroups(all, 0, Optional.empty());
    int[] quad = new int[5];
    for (ResolveRows.EventGroup g : events) {
      quad[g.representative().event().cameo().quadClass()]++;
    }
    out.printf(
        java.util.Locale.ROOT,
        "Events: %d reports coded, merged into %d real events (verbal cooperation %d, material"
            + " cooperation %d, verbal conflict %d, material conflict %d); the first 15:%n",
        reports.size(),
        events.size(),
        quad[1],
        quad[2],
        quad[3],
        quad[4]);
    EventsCommand.printGroups(out, events.subList(0, Math.min(15, events.size())));
    out.println();
    List<ResolveRows.StoryRow> stories = store.stories();
    out.printf(
        java.util.Locale.ROOT,
        "Stories: %d (annals story ID shows one as a timeline)%n",
        stories.size());
    for (ResolveRows.StoryRow s : stories.subList(0, Math.min(8, stories.size()))) {
      out.printf(
          java.util.Locale.ROOT, "  %-6s %3d article(s)  %s%n", s.id(), s.articles(), s.title());
    }
    out.println();
  }

  /** The article folders of the samples (their tools and expectations are not news). */
  static List<Path> inputsOf(Path dir) {
    List<Path> inputs =
        java.util.stream.Stream.of("txt", "html", "jsonl", "feeds", "warc", "bad")
            .map(dir::resolve)
            .filter(Files::isDirectory)
            .toList();
    return inputs.isEmpty() ? List.of(dir) : inputs;
  }

  static Path defaultSamples() {
    String home = System.getProperty("annals.home");
    return home != null ? Path.of(home, "samples") : Path.of("samples");
  }
}
