package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.coder.codebook.Codebook;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.DictionaryException;
import org.annals.coder.dict.VerbLexicon;
import org.annals.coder.extract.EventExtractor;
import org.annals.engine.CoreNlp;
import org.annals.engine.EventCoding;
import org.annals.engine.EventRecords;
import org.annals.engine.IngestOptions;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.CleanArticle;
import org.annals.model.CodedEvent;
import org.annals.model.EventIds;
import org.annals.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Code events from files (any ingest format) or from text on standard input, and print one"
          + " JSON event record per line. Nothing is stored.",
      "Negated and hypothetical events are left out unless --all is given.",
    },
    footer = ExitCodes.FOOTER)
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Only for a gazetteer imported there ({@code annals gazetteer import}); nothing is stored. */
  @Mixin DataOptions data;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Files or directories to code; '-' or nothing reads text from standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Document date for input that declares none (roles and titles are resolved"
              + " on it). Default: the date found in the text, else today.")
  String date;

  @Option(names = "--all", description = "Also print negated and hypothetical events (flagged).")
  boolean all;

  @Option(
      names = "--min-confidence",
      paramLabel = "C",
      defaultValue = "0",
      description = "Print only events with at least this confidence, 0..1 (default: all).")
  double minConfidence;

  @Option(
      names = "--explain",
      description =
          "Explain on stderr how each sentence was coded: parse, dictionary matches,"
              + " patterns tried, actors, negation and modality (for writing dictionaries).")
  boolean explain;

  @Option(
      names = "--threads",
      description = "Worker threads (default: number of cores; 1 with --explain).",
      defaultValue = "0")
  int threads;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "Extra actor dictionary (docs/dictionaries.md); repeatable; wins over ours.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(
      names = "--verbs",
      paramLabel = "FILE",
      description = "Extra verb lexicon (docs/dictionaries.md); repeatable; tried before ours.")
  List<Path> verbFiles = new ArrayList<>();

  @Option(
      names = "--no-sentence-filter",
      description =
          "Run NER, SUTime and the parser on every sentence, not only on those that name a known"
              + " actor and a lexicon verb (the default, as in ingest).")
  boolean noSentenceFilter;

  private IngestOptions options() {
    IngestOptions o =
        IngestOptions.defaults().withGazetteerOf(data.data).withSentenceFilter(!noSentenceFilter);
    if (explain) {
      return o.withThreads(1);
    }
    return threads > 0 ? o.withThreads(threads) : o;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      err.println("annals code: --min-confidence is 0..1, got " + minConfidence);
      return ExitCodes.USAGE;
    }
    Optional<LocalDate> documentDate = Optional.empty();
    if (date != null) {
      try {
        documentDate = Optional.of(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        err.println("annals code: --date wants YYYY-MM-DD, got '" + date + "'");
        return ExitCodes.USAGE;
      }
    }
    EventExtractor coder;
    try {
      coder =
          new EventExtractor(
              Codebook.standard(),
              actorFiles.isEmpty()
                  ? ActorDictionary.standard()
                  : ActorDictionary.withFiles(actorFiles),
              verbFiles.isEmpty() ? VerbLexicon.standard() : VerbLexicon.withFiles(verbFiles));
    } catch (DictionaryException e) {
      err.println("annals code: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (java.io.UncheckedIOException e) {
      err.println("annals code: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (explain) {
      coder =
          coder.explainingTo(
              line -> {
                err.println(line);
                err.flush();
              });
    }
    final EventExtractor chosen = coder;
    Path stdinDir = null;
    List<Path> paths = new ArrayList<>();
    for (String in : inputs.isEmpty() ? List.of("-") : inputs) {
      if (in.equals("-")) {
        if (stdinDir == null) {
          stdinDir = Files.createTempDirectory("annals-stdin");
          Path file = stdinDir.resolve("stdin.txt");
          try (InputStream s = System.in) {
            Files.write(file, s.readAllBytes());
          }
          paths.add(file);
        }
      } else {
        paths.add(Path.of(in));
      }
    }
    final Path stdinFile = stdinDir == null ? null : stdinDir.resolve("stdin.txt");
    long t0 = System.nanoTime();
    var annotator = CoreNlp.annotator();
    err.printf(Locale.ROOT, "loaded CoreNLP models in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    err.flush();
    long[] counts = new long[5]; // articles, sentences, parsed, events, problems
    long t1 = System.nanoTime();
    new EventCoding(annotator, chosen, options(), documentDate, all)
        .run(
            paths,
            new EventCoding.Listener() {
              @Override
              public void coded(CleanArticle a, AnnotatedText text, List<CodedEvent> events) {
                counts[0]++;
                counts[1] += text.sentences().size();
                counts[2] += text.parsedSentenceCount();
                counts[3] += events.size();
                String url =
                    a.raw()
                        .declared()
                        .url()
                        .orElse(
                            stdinFile != null && Path.of(a.raw().source().path()).equals(stdinFile)
                                ? "-"
                                : a.raw().source().path());
                for (CodedEvent e : events) {
                  if (e.confidence() < minConfidence) {
                    continue;
                  }
                  CharSpan sentence = e.evidence().sentence();
                  CharSpan trigger = e.evidence().trigger();
                  EventRecords.Mention m =
                      new EventRecords.Mention(
                          a.id().value(),
                          url,
                          a.outlet(),
                          a.published().date(),
                          sentence.of(a.clean().text()),
                          a.clean().toRaw(sentence),
                          trigger.of(a.clean().text()),
                          a.clean().toRaw(trigger));
                  out.println(
                      Render.json(
                          EventRecords.record(
                              EventIds.of(a.id().value(), e), e, chosen.name(), m)));
                }
                out.flush();
              }

              @Override
              public void problem(Problem p) {
                if (p.severity() == Problem.Severity.ERROR) {
                  counts[4]++;
                }
                err.println(
                    (p.severity() == Problem.Severity.ERROR ? "skipped: " : "warning: ")
                        + p.describe());
                err.flush();
              }
            });
    double seconds = (System.nanoTime() - t1) / 1e9;
    err.printf(
        Locale.ROOT,
        "coded %d article(s): %d sentences (%d parsed), %d events in %.1f s (%.1f sentences/s)%s%n",
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        seconds,
        counts[1] / Math.max(1e-3, seconds),
        counts[4] > 0 ? "; " + counts[4] + " input(s) skipped" : "");
    err.flush();
    if (stdinDir != null) {
      Files.deleteIfExists(stdinFile);
      Files.deleteIfExists(stdinDir);
    }
    return counts[4] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }
}
