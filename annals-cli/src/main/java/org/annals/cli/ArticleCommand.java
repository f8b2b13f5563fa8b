package org.annals.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.model.EntityMention;
import org.annals.model.Removal;
import org.annals.store.AmbiguousIdException;
import org.annals.store.ArticleStore;
import org.annals.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "article",
    mixinStandardHelpOptions = true,
    description = "Show one article: metadata, what cleaning removed and why, and its text.",
    footer = ExitCodes.FOOTER)
final class ArticleCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(
      paramLabel = "ID",
      description = "Article id, or a unique prefix of at least 4 characters.")
  String id;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (with sentences, entities and time expressions).")
  Format format;

  @Option(names = "--raw", description = "Print the raw input text instead.")
  boolean raw;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = ArticleStore.open(data.data)) {
      Optional<StoredArticle> found;
      try {
        found = store.article(id);
      } catch (AmbiguousIdException e) {
        spec.commandLine().getErr().println("annals: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      if (found.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "annals: no article '"
                    + id
                    + "' in "
                    + data.data
                    + "; list them with: annals articles");
        return ExitCodes.NOT_FOUND;
      }
      StoredArticle a = found.get();
      if (raw) {
        out.println(a.rawText());
      } else if (format == Format.json) {
        out.println(Render.prettyJson(Render.article(a, true)));
      } else {
        printText(out, a);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  static void printText(PrintWriter out, StoredArticle a) {
    out.println(a.title().orElse("(untitled)"));
    out.println("  id         " + a.id() + "  (version " + a.version() + ")");
    out.println("  url        " + a.canonicalUrl());
    out.println("  source     " + a.source().describe());
    out.println("  outlet     " + a.outlet().orElse("-"));
    var p = a.published();
    out.println(
        "  published  "
            + Render.date(p)
            + (p.isKnown()
                ? "  ("
                    + (p.inferred() ? "inferred" : "declared")
                    + ", "
                    + p.method()
                    + (p.evidence().isEmpty() ? "" : ": \"" + Render.cut(p.evidence(), 90) + "\"")
                    + ")"
                : "  (no evidence)"));
    out.println(
        "  language   "
            + a.language().code()
            + (a.language().isEnglish() ? "" : "  (not annotated)"));
    out.println(
        "  annotated  "
            + a.annotation().sentences().size()
            + " sentences ("
            + a.annotation().parsedSentenceCount()
            + " parsed), "
            + a.annotation().entities().size()
            + " entity mentions, "
            + a.annotation().times().size()
            + " time expressions");
    a.duplicateOf().ifPresent(d -> out.println("  duplicate  same text as " + d));
    for (String w : a.warnings()) {
      out.println("  warning    " + w);
    }
    if (!a.removals().isEmpty()) {
      out.println();
      out.println("Removed by cleaning:");
      for (Removal r : a.removals()) {
        out.printf(
            java.util.Locale.ROOT,
            "  %-18s %s%n",
            r.reason(),
            Render.cut(r.raw().of(a.rawText()), 100));
      }
    }
    if (!a.annotation().entities().isEmpty()) {
      out.println();
      out.println("Entities:");
      StringBuilder line = new StringBuilder("  ");
      for (EntityMention e : a.annotation().entities()) {
        String item = e.text() + " [" + e.type() + "]; ";
        if (line.length() + item.length() > 100) {
          out.println(line);
          line = new StringBuilder("  ");
        }
        line.append(item);
      }
      out.println(line);
    }
    out.println();
    out.println(a.clean().text());
  }
}
