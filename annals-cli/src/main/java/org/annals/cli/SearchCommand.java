package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.annals.search.DocType;
import org.annals.search.QuerySyntaxException;
import org.annals.search.RefreshReport;
import org.annals.search.SearchHit;
import org.annals.search.SearchIndex;
import org.annals.search.SearchResult;
import org.annals.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Full-text search over articles, real events and actors, best matches first. The index"
          + " (DATA/search) is brought up to date with the store first.",
      "Every word must match; English words match their other forms (attacks finds attacked)."
          + " Lucene syntax: \"a phrase\", OR, -exclude, prefix*, and field:value for title, text,"
          + " names, codes (codes:RUSMIL), description, trigger, id and date (date:2024-03*).",
    },
    footer = ExitCodes.FOOTER)
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "The query; several arguments are joined with spaces.")
  List<String> query;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      converter = TypeConverter.class,
      description = "Only this type: article, event or actor; repeat for several (default: all).")
  List<DocType> types = new ArrayList<>();

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "At most this many hits, 1..1000 (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many hits first.")
  int offset;

  @Option(names = "--json", description = "One JSON object: totals and hits with snippets.")
  boolean json;

  static final class TypeConverter implements CommandLine.ITypeConverter<DocType> {
    @Override
    public DocType convert(String value) {
      try {
        return DocType.of(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String q = String.join(" ", query);
    Set<DocType> only = types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
    try (ArticleStore store = ArticleStore.open(data.data);
        SearchIndex index = SearchIndex.open(data.data)) {
      RefreshReport r = index.refresh(store);
      if (r.changed()) {
        err.println(refreshLine(r));
        err.flush();
      }
      SearchResult result;
      try {
        result = index.search(q, only, limit, offset);
      } catch (QuerySyntaxException e) {
        err.println("annals search: " + e.getMessage());
        e.column().ifPresent(c -> err.println("  " + q + "\n  " + " ".repeat(c) + "^"));
        return ExitCodes.USAGE;
      } catch (IllegalArgumentException e) {
        err.println("annals search: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      if (json) {
        out.println(Render.json(result.record()));
      } else {
        print(out, result, CommandLine.Help.Ansi.AUTO.enabled());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  static String refreshLine(RefreshReport r) {
    return String.format(
        Locale.ROOT,
        "indexed %d article(s)%s, %d event(s), %d actor(s) in %.1f s",
        r.articlesAdded(),
        r.articlesRemoved() > 0 ? " (" + r.articlesRemoved() + " old version(s) removed)" : "",
        r.events(),
        r.actors(),
        r.elapsed().toMillis() / 1000.0);
  }

  private static void print(PrintWriter out, SearchResult result, boolean terminal) {
    String open = terminal ? "\u001b[1m" : "[";
    String close = terminal ? "\u001b[0m" : "]";
    for (SearchHit h : result.hits()) {
      out.printf(
          Locale.ROOT,
          "%-7s  %-10s  %s  %s%n",
          h.type().label(),
          h.date().map(LocalDate::toString).orElse("-"),
          h.id(),
          Render.cut(h.title(), 80));
      if (!h.snippet().text().isEmpty()) {
        out.println("    " + h.snippet().marked(open, close));
      }
    }
    List<String> byType = new ArrayList<>();
    result.totals().forEach((t, n) -> byType.add(n + " " + t.label() + (n == 1 ? "" : "s")));
    int from = result.hits().isEmpty() ? 0 : result.offset() + 1;
    out.printf(
        Locale.ROOT,
        "%s%d hit(s); by type %s; showing %d-%d%s%n",
        result.hits().isEmpty() ? "" : "\n",
        result.total(),
        String.join(", ", byType),
        from,
        result.offset() + result.hits().size(),
        result.hasMore()
            ? "; --offset " + (result.offset() + result.hits().size()) + " for more"
            : "");
  }
}
