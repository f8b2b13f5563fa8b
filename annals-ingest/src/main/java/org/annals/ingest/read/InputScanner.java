package org.annals.ingest.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annals.model.ContentType;
import org.annals.model.Problem;
import org.annals.model.SourceRef;
import org.annals.model.Stage;

/**
 * Turns the paths a user gave into articles: files are read by their kind, directories are walked
 * recursively in name order. In a directory walk, hidden files, documentation (README, LICENSE) and
 * unsupported file types are passed over and reported as warnings; a file named explicitly with an
 * unsupported type is an error. Not thread-safe; use one per ingest.
 */
public final class InputScanner {
  private static final Pattern DOCUMENTATION =
      Pattern.compile("(?i)(readme|license|licence|copying|notice|changelog)(\\..*)?");

  private final IngestLimits limits;

  public InputScanner(IngestLimits limits) {
    this.limits = limits;
  }

  /** A file to read, with its kind. */
  public record InputFile(Path path, SourceKind kind, long size) {}

  /**
   * Lists the files the inputs stand for, in a stable order, reporting what will be skipped.
   * Missing paths are problems, not exceptions.
   */
  public List<InputFile> expand(List<Path> inputs, ArticleSink problems) {
    List<InputFile> files = new ArrayList<>();
    for (Path input : inputs) {
      SourceRef ref = SourceRef.file(input.toString());
      if (!Files.exists(input)) {
        problems.problem(
            Problem.error(ref, Stage.READ, "no such file or directory; check the path"));
        continue;
      }
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).sorted().forEach(f -> addFromWalk(f, files, problems));
        } catch (IOException | UncheckedIOException e) {
          problems.problem(
              Problem.error(ref, Stage.READ, "cannot list directory: " + e.getMessage()));
        }
      } else {
        Optional<SourceKind> kind = SourceKind.of(input);
        if (kind.isEmpty()) {
          problems.problem(
              Problem.error(
                  ref, Stage.READ, "unsupported file type; Annals reads " + SourceKind.SUPPORTED));
        } else {
          files.add(new InputFile(input, kind.get(), sizeOf(input)));
        }
      }
    }
    return files;
  }

  private void addFromWalk(Path f, List<InputFile> files, ArticleSink problems) {
    String name = f.getFileName().toString();
    SourceRef ref = SourceRef.file(f.toString());
    if (name.startsWith(".")) {
      return; // hidden files (.DS_Store, editor swap files) are never articles
    }
    if (DOCUMENTATION.matcher(name).matches()) {
      problems.problem(
          new Problem(
              ref,
              Stage.READ,
              Problem.Severity.WARNING,
              "skipped: looks like documentation, not news; name the file explicitly to ingest it",
              ""));
      return;
    }
    Optional<SourceKind> kind = SourceKind.of(f);
    if (kind.isEmpty()) {
      problems.problem(
          new Problem(
              ref,
              Stage.READ,
              Problem.Severity.WARNING,
              "skipped: unsupported file type '"
                  + extension(name)
                  + "'; Annals reads "
                  + SourceKind.SUPPORTED,
              ""));
      return;
    }
    files.add(new InputFile(f, kind.get(), sizeOf(f)));
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "(none)" : name.substring(dot).toLowerCase(Locale.ROOT);
  }

  private static long sizeOf(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Reads one file, sending every article and problem to the sink. Never throws for bad content.
   */
  public void read(InputFile file, ArticleSink sink) {
    SourceRef ref = SourceRef.file(file.path().toString());
    try {
      switch (file.kind()) {
        case TEXT ->
            new SingleFileReader(limits).read(file.path(), ref, ContentType.PLAIN_TEXT, sink);
        case HTML -> new SingleFileReader(limits).read(file.path(), ref, ContentType.HTML, sink);
        case JSONL -> new JsonlReader(limits).read(file.path(), ref, sink);
        case FEED -> new FeedReader(limits).read(file.path(), ref, sink);
        case WARC -> new WarcFileReader(limits).read(file.path(), ref, sink);
      }
    } catch (NoSuchFileException e) {
      sink.problem(Problem.error(ref, Stage.READ, "file disappeared while reading"));
    } catch (IOException | UncheckedIOException e) {
      sink.problem(Problem.error(ref, Stage.READ, "cannot read file: " + e.getMessage()));
    }
  }
}
