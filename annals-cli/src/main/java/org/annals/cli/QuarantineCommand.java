package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.ArticleStore;
import org.annals.store.QuarantineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "quarantine",
    mixinStandardHelpOptions = true,
    description =
        "List inputs that could not be stored (errors) or were stored after a repair or skipped (warnings), newest first.",
    footer = ExitCodes.FOOTER)
final class QuarantineCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  Format format;

  @Option(
      names = "--limit",
      defaultValue = "200",
      description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--errors", description = "Only errors (inputs that were not stored).")
  boolean errorsOnly;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = ArticleStore.open(data.data)) {
      List<QuarantineEntry> entries =
          store.quarantine(limit).stream()
              .filter(q -> !errorsOnly || q.severity() == org.annals.model.Problem.Severity.ERROR)
              .toList();
      print(out, entries, format == Format.jsonl);
      out.flush();
      return ExitCodes.OK;
    }
  }

  static void print(PrintWriter out, List<QuarantineEntry> entries, boolean jsonl) {
    if (jsonl) {
      entries.forEach(q -> out.println(Render.json(Render.quarantine(q))));
      return;
    }
    if (entries.isEmpty()) {
      out.println("quarantine is empty");
      return;
    }
    for (QuarantineEntry q : entries) {
      out.printf(
          java.util.Locale.ROOT,
          "%-7s %-8s %s%n        %s%n",
          q.severity().name().toLowerCase(java.util.Locale.ROOT),
          q.stage().label(),
          q.source().describe(),
          q.reason());
    }
  }
}
