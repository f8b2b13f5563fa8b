package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.ArticleQuery;
import org.annals.store.ArticleStore;
import org.annals.store.ArticleSummary;
import org.annals.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = "List stored articles (latest version of each URL, newest first).",
    footer = ExitCodes.FOOTER)
final class ArticlesCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or jsonl (one object per article, with the clean text).")
  Format format;

  @Option(
      names = "--limit",
      defaultValue = "1000",
      description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
  int offset;

  @Option(names = "--all-versions", description = "Also list older versions of changed articles.")
  boolean allVersions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = ArticleStore.open(data.data)) {
      List<ArticleSummary> list = store.listArticles(new ArticleQuery(allVersions, limit, offset));
      if (format == Format.jsonl) {
        for (ArticleSummary a : list) {
          StoredArticle full = store.article(a.id().value()).orElseThrow();
          out.println(Render.json(Render.article(full, false)));
        }
      } else {
        printTable(out, list, allVersions);
        if (list.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println("no articles in " + data.data + "; try: annals ingest PATH");
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  static void printTable(PrintWriter out, List<ArticleSummary> list, boolean versions) {
    out.printf(
        java.util.Locale.ROOT,
        "%-18s  %-11s  %-4s  %-20s  %5s  %5s  %s%n",
        "ID",
        "PUBLISHED",
        "LANG",
        "OUTLET",
        "SENTS",
        "ENTS",
        versions ? "V  TITLE" : "TITLE");
    for (ArticleSummary a : list) {
      out.printf(
          java.util.Locale.ROOT,
          "%-18s  %-11s  %-4s  %-20s  %5d  %5d  %s%n",
          a.id().value(),
          Render.date(a.published()),
          a.language().code(),
          Render.cut(a.outlet().orElse("-"), 20),
          a.sentenceCount(),
          a.entityCount(),
          (versions ? a.version() + "  " : "")
              + Render.cut(a.title().orElse("(untitled) " + a.url()), 60));
    }
  }
}
