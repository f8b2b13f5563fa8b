package org.annals.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.engine.GazetteerPlaces;
import org.annals.geo.Gazetteer;
import org.annals.store.ArticleStore;
import org.annals.store.EventQuery;
import org.annals.store.ExportRows.MentionRow;
import org.annals.store.ExportRows.RealEvent;
import org.annals.store.export.Csv;
import org.annals.store.export.EventTable;
import org.annals.store.export.Gdelt;
import org.annals.store.export.ParquetExport;
import org.annals.store.export.Places;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export real events (the reports of one event merged, as 'annals events' lists them) with"
          + " all their mentions, for other tools. The filters are those of 'annals events';"
          + " everything that matches is exported.",
      "  gdelt    GDELT 2.0 Event table: 61 tab-separated columns, no header",
      "  plover   PLOVER JSON, one real event per line",
      "  csv      one row per real event with a header, RFC 4180",
      "  parquet  the csv tables, typed (needs --out)",
      "With --out DIR: gdelt writes events.tsv and the Mentions table mentions.tsv; plover"
          + " plover.jsonl; csv events.csv and mentions.csv (a row per mention); parquet"
          + " events.parquet and mentions.parquet.",
      "Without --out the events go to standard output. How our fields map to GDELT's, and where"
          + " they cannot: README, \"Exports\".",
    },
    footer = ExitCodes.FOOTER)
final class ExportCommand implements Callable<Integer> {
  enum Format {
    gdelt,
    plover,
    csv,
    parquet
  }

  enum Undated {
    published,
    empty,
    skip
  }

  /** The file {@code --format plover --out DIR} writes. */
  static final String PLOVER_FILE = "plover.jsonl";

  static final String CSV_EVENTS = "events.csv";
  static final String CSV_MENTIONS = "mentions.csv";

  @Spec CommandSpec spec;
  @Mixin DataOptions data;
  @Mixin EventFilters filters;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "gdelt, plover, csv or parquet.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Write files into this directory (created if missing; files of the same names are"
              + " replaced). Without it: the events to standard output.")
  Path out;

  @Option(
      names = "--undated",
      paramLabel = "WHAT",
      description =
          "gdelt only: what Day holds for an event its sentences do not date: 'published' (the"
              + " default: the earliest publication date of its reports, as GDELT dates events),"
              + " 'empty' (Day, MonthYear, Year, FractionDate left empty) or 'skip' (left out).")
  Undated undated;

  @Option(
      names = "--header",
      description = "gdelt only: start each table with a row of GDELT's column names.")
  boolean header;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (format != Format.gdelt && (undated != null || header)) {
      err.println(
          "annals export: --undated and --header are for --format gdelt; drop them (the "
              + format
              + " format "
              + (format == Format.plover
                  ? "leaves the date of an undated event null and gives its date_upper_bound)"
                  : "has date_precision and date_upper_bound columns, and a header)"));
      return ExitCodes.USAGE;
    }
    if (format == Format.parquet && out == null) {
      err.println("annals export: --format parquet writes files; give a directory: --out DIR");
      return ExitCodes.USAGE;
    }
    Optional<EventQuery> query = filters.query("export", data.data, 1, 0, err);
    if (query.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Optional<Path> dir = Optional.empty();
    if (out != null) {
      dir = outputDirectory(out, err);
      if (dir.isEmpty()) {
        return ExitCodes.USAGE;
      }
    }
    try (ArticleStore store = ArticleStore.open(data.data)) {
      Exporter exporter;
      try {
        exporter = exporter(dir);
      } catch (UncheckedIOException e) {
        err.println(
            "annals export: cannot write into "
                + dir.map(Path::toString).orElse("standard output")
                + ": "
                + reason(e.getCause())
                + "; check the directory, or choose another --out");
        return ExitCodes.FAILURE;
      }
      long events;
      try {
        events =
            store.forEachRealEvent(
                query.get(),
                filters.minConfidence,
                filters.story(),
                e -> {
                  try {
                    exporter.add(e);
                  } catch (IOException x) {
                    throw new UncheckedIOException(x);
                  }
                });
        exporter.finish();
      } catch (IOException | UncheckedIOException e) {
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        err.println(
            "annals export: writing "
                + dir.map(Path::toString).orElse("to standard output")
                + " failed: "
                + reason(cause)
                + "; check the disk and the directory, then run the export again (files of an"
                + " unfinished export are left under temporary names, never half-written)");
        return ExitCodes.FAILURE;
      } finally {
        exporter.close();
      }
      if (events == 0) {
        err.println(
            store.eventCount() == 0
                ? "no events in " + data.data + "; ingest articles first: annals ingest PATH"
                : "no events match these filters");
      }
      for (String line : exporter.summary(events)) {
        err.println(line);
      }
      long pending = store.unresolvedCount();
      if (pending > 0) {
        err.println(
            pending
                + " coded event(s) are not merged yet and not exported; run 'annals resolve'"
                + " first");
      }
      err.flush();
      return ExitCodes.OK;
    }
  }

  /** The output directory, created if missing; empty after a usage message. */
  private static Optional<Path> outputDirectory(Path dir, PrintWriter err) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      err.println(
          "annals export: --out "
              + dir
              + " is a file; give a directory (it is created if missing)");
      return Optional.empty();
    }
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      err.println("annals export: --out " + dir + " is in the way of a directory; choose another");
      return Optional.empty();
    } catch (AccessDeniedException e) {
      err.println(
          "annals export: cannot create the directory "
              + dir
              + " (permission denied); choose a directory you can write to with --out");
      return Optional.empty();
    } catch (IOException e) {
      err.println(
          "annals export: cannot create the directory "
              + dir
              + " ("
              + reason(e)
              + "); choose another --out");
      return Optional.empty();
    }
    if (!Files.isWritable(dir)) {
      err.println(
          "annals export: cannot write to "
              + dir
              + " (permission denied); choose a directory you can write to with --out");
      return Optional.empty();
    }
    return Optional.of(dir);
  }

  /** An I/O failure in words: "Not a directory (/tmp/x)" rather than the exception's class. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f) {
      String why =
          f.getReason() != null
              ? f.getReason()
              : f instanceof java.nio.file.NoSuchFileException
                  ? "no such file or directory"
                  : f.getClass().getSimpleName();
      return why + (f.getFile() == null ? "" : ": " + f.getFile());
    }
    return String.valueOf(e.getMessage());
  }

  private Exporter exporter(Optional<Path> dir) {
    PrintWriter stdout = spec.commandLine().getOut();
    return switch (format) {
      case csv -> new CsvExporter(dir, stdout);
      case gdelt -> new GdeltExporter(dir, stdout, new Gdelt(places(), gdeltUndated()), header);
      case plover -> new PloverExporter(dir, stdout, places());
      case parquet -> new ParquetExporter(dir.orElseThrow());
    };
  }

  private Gdelt.Undated gdeltUndated() {
    return switch (undated == null ? Undated.published : undated) {
      case published -> Gdelt.Undated.PUBLISHED;
      case empty -> Gdelt.Undated.EMPTY;
      case skip -> Gdelt.Undated.SKIP;
    };
  }

  /** The gazetteer of the data directory, for place names and codes; without it, nothing. */
  private Places places() {
    try {
      return new GazetteerPlaces(Gazetteer.load(data.data));
    } catch (IOException | RuntimeException e) {
      spec.commandLine()
          .getErr()
          .println(
              "annals export: cannot read the gazetteer ("
                  + e.getMessage()
                  + "); place countries, divisions and full names are left out");
      return Places.NONE;
    }
  }

  // ------------------------------------------------------------------ formats

  /** Writes one format. */
  private interface Exporter {
    void add(RealEvent e) throws IOException;

    /** Completes the output: files appear under their names only now. */
    void finish() throws IOException;

    /** What was written, for standard error. */
    List<String> summary(long events);

    /** Releases what is open; removes unfinished files. */
    void close();
  }

  /**
   * A text file written under a temporary name in its directory and moved to its name by {@link
   * #commit}; or standard output.
   */
  private static final class Output {
    final Optional<Path> target;
    final Path temporary;
    final Writer writer;
    long rows;

    private Output(Optional<Path> target, Path temporary, Writer writer) {
      this.target = target;
      this.temporary = temporary;
      this.writer = writer;
    }

    static Output stdout(PrintWriter out) {
      return new Output(Optional.empty(), null, out);
    }

    static Output file(Path dir, String name) throws IOException {
      Path target = dir.resolve(name);
      Path tmp = dir.resolve("." + name + ".tmp");
      BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
      return new Output(Optional.of(target), tmp, w);
    }

    void line(String s) throws IOException {
      writer.write(s);
      writer.write('\n');
      rows++;
    }

    void commit() throws IOException {
      if (target.isEmpty()) {
        writer.flush();
        return;
      }
      writer.close();
      try {
        Files.move(
            temporary,
            target.get(),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target.get(), StandardCopyOption.REPLACE_EXISTING);
      }
    }

    void discard() {
      if (target.isEmpty()) {
        return;
      }
      try {
        writer.close();
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // best effort: a stale temporary file is named as such
      }
    }

    String name() {
      return target.map(Path::toString).orElse("standard output");
    }
  }

  /**
   * A second file beside {@code first} (none on standard output); discards the first on failure.
   */
  private static Optional<Output> second(Output first, Optional<Path> dir, String name)
      throws IOException {
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Output.file(dir.get(), name));
    } catch (IOException e) {
      first.discard();
      throw e;
    }
  }

  /**
   * An export of two files, events and their mentions (only events on standard output): both appear
   * together when finished, neither when not.
   */
  private abstract static class EventsAndMentions implements Exporter {
    Output events;
    Optional<Output> mentions = Optional.empty();
    long mentionRows;
    boolean finished;

    @Override
    public void finish() throws IOException {
      events.commit();
      if (mentions.isPresent()) {
        mentions.get().commit();
      }
      finished = true;
    }

    /** The "wrote" lines: how many events and mentions went to which file. */
    List<String> written(long eventRows) {
      List<String> lines = new ArrayList<>();
      if (events.target.isPresent()) {
        lines.add("wrote " + eventRows + " event(s) to " + events.name());
        lines.add("wrote " + mentionRows + " mention(s) to " + mentions.get().name());
      }
      return lines;
    }

    @Override
    public void close() {
      if (!finished) {
        events.discard();
        mentions.ifPresent(Output::discard);
      }
    }
  }

  private static final class CsvExporter extends EventsAndMentions {
    final Csv eventCsv;
    final Optional<Csv> mentionCsv;

    CsvExporter(Optional<Path> dir, PrintWriter stdout) {
      try {
        events = dir.isPresent() ? Output.file(dir.get(), CSV_EVENTS) : Output.stdout(stdout);
        mentions = second(events, dir, CSV_MENTIONS);
        eventCsv = new Csv(events.writer, EventTable.EVENTS.size());
        eventCsv.row(EventTable.names(EventTable.EVENTS));
        mentionCsv = mentions.map(m -> new Csv(m.writer, EventTable.MENTIONS.size()));
        if (mentionCsv.isPresent()) {
          mentionCsv.get().row(EventTable.names(EventTable.MENTIONS));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void add(RealEvent e) throws IOException {
      eventCsv.row(EventTable.EVENTS, e);
      if (mentionCsv.isPresent()) {
        for (MentionRow m : e.mentions()) {
          mentionCsv.get().row(EventTable.MENTIONS, m);
          mentionRows++;
        }
      }
    }

    @Override
    public List<String> summary(long n) {
      return written(n);
    }
  }

  private static final class GdeltExporter extends EventsAndMentions {
    final Gdelt gdelt;
    long eventRows;
    long skipped;

    GdeltExporter(Optional<Path> dir, PrintWriter stdout, Gdelt gdelt, boolean header) {
      this.gdelt = gdelt;
      try {
        events =
            dir.isPresent() ? Output.file(dir.get(), Gdelt.EVENTS_FILE) : Output.stdout(stdout);
        mentions = second(events, dir, Gdelt.MENTIONS_FILE);
        if (header) {
          events.line(Gdelt.line(Gdelt.EVENT_COLUMNS));
          if (mentions.isPresent()) {
            mentions.get().line(Gdelt.line(Gdelt.MENTION_COLUMNS));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void add(RealEvent e) throws IOException {
      Optional<List<String>> row = gdelt.eventRow(e);
      if (row.isEmpty()) {
        skipped++;
        return;
      }
      events.line(Gdelt.line(row.get()));
      eventRows++;
      if (mentions.isPresent()) {
        for (List<String> m : gdelt.mentionRows(e)) {
          mentions.get().line(Gdelt.line(m));
          mentionRows++;
        }
      }
    }

    @Override
    public List<String> summary(long n) {
      List<String> lines = written(eventRows);
      if (skipped > 0) {
        lines.add(skipped + " undated event(s) left out (--undated skip)");
      }
      return lines;
    }
  }

  private static final class PloverExporter implements Exporter {
    final Output out;
    final Places places;
    long written;
    long untyped;
    boolean finished;

    PloverExporter(Optional<Path> dir, PrintWriter stdout, Places places) {
      this.places = places;
      try {
        out = dir.isPresent() ? Output.file(dir.get(), PLOVER_FILE) : Output.stdout(stdout);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void add(RealEvent e) throws IOException {
      Optional<java.util.Map<String, Object>> r = PloverRecords.record(e, places);
      if (r.isEmpty()) {
        untyped++;
        return;
      }
      out.line(Render.json(r.get()));
      written++;
    }

    @Override
    public void finish() throws IOException {
      out.commit();
      finished = true;
    }

    @Override
    public List<String> summary(long n) {
      List<String> lines = new ArrayList<>();
      if (out.target.isPresent()) {
        lines.add("wrote " + written + " event(s) to " + out.name());
      }
      if (untyped > 0) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%d event(s) have no PLOVER event type and were left out; --format csv has them",
                untyped));
      }
      return lines;
    }

    @Override
    public void close() {
      if (!finished) {
        out.discard();
      }
    }
  }

  private static final class ParquetExporter implements Exporter {
    final Path dir;
    final ParquetExport parquet;
    ParquetExport.Written written;

    ParquetExporter(Path dir) {
      this.dir = dir;
      try {
        parquet = ParquetExport.open();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void add(RealEvent e) throws IOException {
      parquet.add(e);
    }

    @Override
    public void finish() throws IOException {
      written = parquet.writeTo(dir);
    }

    @Override
    public List<String> summary(long n) {
      return written == null
          ? List.of()
          : List.of(
              "wrote " + written.eventRows() + " event(s) to " + written.events(),
              "wrote " + written.mentionRows() + " mention(s) to " + written.mentions());
    }

    @Override
    public void close() {
      try {
        parquet.close();
      } catch (IOException e) {
        // nothing was left open that matters: the files are written or not
      }
    }
  }
}
