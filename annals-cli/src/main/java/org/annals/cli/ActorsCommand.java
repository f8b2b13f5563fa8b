package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.PromotedActor;
import org.annals.engine.ActorRecords;
import org.annals.model.CandidateActor;
import org.annals.store.ArticleStore;
import org.annals.store.CandidateSummary;
import org.annals.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = {
      "The actors of the stored events, most active first; with --candidates, the people and"
          + " organisations that acted in events but are not in the dictionaries, for review.",
      "'annals actors promote NAME --code CODE' adds a candidate to this data directory's own"
          + " actor file ("
          + ActorsCommand.USER_ACTORS
          + "), which later ingests use;"
          + " 'annals actors reject NAME' hides it.",
    },
    subcommands = {ActorsCommand.Promote.class, ActorsCommand.Reject.class},
    footer = ExitCodes.FOOTER)
final class ActorsCommand implements Callable<Integer> {
  /** The data directory's own actor file, in the format of docs/dictionaries.md. */
  static final String USER_ACTORS = org.annals.engine.DataCoders.USER_ACTORS;

  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--candidates", description = "List candidate actors instead.")
  boolean candidates;

  @Option(names = "--reviewed", description = "With --candidates: also promoted and rejected ones.")
  boolean reviewed;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1) {
      err.println("annals actors: --limit must be at least 1, got " + limit);
      return ExitCodes.USAGE;
    }
    if (!format.equals("table") && !format.equals("jsonl")) {
      err.println("annals actors: --format is table or jsonl, got '" + format + "'");
      return ExitCodes.USAGE;
    }
    try (ArticleStore store = ArticleStore.open(data.data)) {
      if (candidates) {
        List<CandidateSummary> list = store.candidateActors(reviewed, limit);
        if (format.equals("jsonl")) {
          for (CandidateSummary c : list) {
            out.println(Render.json(json(c)));
          }
        } else {
          printCandidates(out, list);
          if (list.isEmpty()) {
            err.println("no candidate actors" + (reviewed ? "" : " left to review"));
          }
        }
      } else {
        printActors(out, store, limit);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  static Map<String, Object> json(CandidateSummary c) {
    return ActorRecords.candidate(c);
  }

  static void printCandidates(PrintWriter out, List<CandidateSummary> list) {
    out.printf(
        Locale.ROOT,
        "%-28s  %-12s  %4s  %4s  %-9s  %-24s  %s%n",
        "NAME",
        "TYPE",
        "MENT",
        "ART",
        "LIKELY",
        "CUE",
        "EXAMPLE");
    for (CandidateSummary c : list) {
      out.printf(
          Locale.ROOT,
          "%-28s  %-12s  %4d  %4d  %-9s  %-24s  %s%n",
          Render.cut(c.name(), 28),
          c.nerType(),
          c.mentions(),
          c.articles(),
          c.status()
              .map(s -> s.equals("promoted") ? "=" + c.code().orElse("?") : "rejected")
              .orElse(c.likelyCode().orElse("?")),
          Render.cut(c.cue().orElse("-"), 24),
          Render.cut(c.exampleSentence(), 90));
    }
  }

  /** The actor codes of real events, with how often they act and are acted on. */
  private static void printActors(PrintWriter out, ArticleStore store, int limit) {
    List<ActorRecords.Activity> rows =
        ActorRecords.activity(store.eventGroups(EventQuery.everything(false), 0, Optional.empty()));
    out.printf(Locale.ROOT, "%-12s  %6s  %6s  %s%n", "CODE", "SOURCE", "TARGET", "NAME");
    for (ActorRecords.Activity r : rows.subList(0, Math.min(limit, rows.size()))) {
      out.printf(
          Locale.ROOT, "%-12s  %6d  %6d  %s%n", r.code(), r.asSource(), r.asTarget(), r.name());
    }
  }

  @Command(
      name = "promote",
      mixinStandardHelpOptions = true,
      description =
          "Make a candidate an actor: append its entry to the data directory's own actor file,"
              + " which later ingests (and 'annals code --actors FILE') use. Events already"
              + " stored are not recoded; ingest the articles again into a fresh data directory"
              + " to recode them.")
  static final class Promote implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Parameters(paramLabel = "NAME", description = "The candidate's name, as listed.")
    String name;

    @Option(
        names = "--code",
        required = true,
        paramLabel = "CODE",
        description = "Its actor code: country or IGO + sector (COLGOV, VENBUS, IGOUNO).")
    String code;

    @Option(
        names = "--from",
        paramLabel = "YYYY-MM-DD",
        description = "A person's role: first day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "A person's role: last day.")
    String to;

    @Option(names = "--alias", paramLabel = "NAME", description = "Another name (repeatable).")
    List<String> aliases = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (ArticleStore store = ArticleStore.open(data.data)) {
        Optional<CandidateSummary> found = store.candidateActor(CandidateActor.keyOf(name));
        if (found.isEmpty()) {
          err.println(
              "annals actors promote: no candidate actor named '"
                  + name
                  + "'; 'annals actors --candidates' lists them");
          return ExitCodes.NOT_FOUND;
        }
        CandidateSummary c = found.get();
        PromotedActor actor;
        String entry;
        try {
          actor =
              new PromotedActor(
                      c.name(),
                      List.of(),
                      c.nerType().equals("PERSON"),
                      code.toUpperCase(Locale.ROOT),
                      date("--from", from),
                      date("--to", to),
                      Optional.of(
                          "promoted candidate actor ("
                              + c.nerType()
                              + c.cue().map(x -> "; cue: " + x).orElse("")
                              + "; "
                              + c.mentions()
                              + " mention(s))"))
                  .withAliases(aliases);
          entry = actor.entry(ActorDictionary.standard());
        } catch (IllegalArgumentException e) {
          err.println("annals actors promote: " + e.getMessage());
          return ExitCodes.USAGE;
        }
        Path file = IngestCommand.userActors(data.data);
        try {
          Files.writeString(
              file,
              "\n" + entry,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
        } catch (IOException e) {
          err.println("annals actors promote: cannot write " + file + ": " + e.getMessage());
          return ExitCodes.FAILURE;
        }
        store.reviewCandidate(c.key(), "promoted", Optional.of(actor.code()), Optional.of(entry));
        out.print("added to " + file + ":\n" + entry);
        out.println(
            "later ingests into " + data.data + " code " + c.name() + " as " + actor.code());
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
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Hide a candidate from the review list (it is not an actor, or NER noise).")
  static final class Reject implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Parameters(paramLabel = "NAME", description = "The candidate's name, as listed.")
    String name;

    @Override
    public Integer call() {
      try (ArticleStore store = ArticleStore.open(data.data)) {
        Optional<CandidateSummary> found = store.candidateActor(CandidateActor.keyOf(name));
        if (found.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println(
                  "annals actors reject: no candidate actor named '"
                      + name
                      + "'; 'annals actors --candidates' lists them");
          return ExitCodes.NOT_FOUND;
        }
        store.reviewCandidate(found.get().key(), "rejected", Optional.empty(), Optional.empty());
        spec.commandLine().getOut().println("rejected " + found.get().name());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
      }
    }
  }
}
