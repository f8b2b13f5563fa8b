package org.annals.ingest.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats Annals reads, recognized by file name. */
public enum SourceKind {
  TEXT,
  HTML,
  JSONL,
  FEED,
  WARC;

  /** The kind a file name suggests, or empty for an unsupported name. */
  public static Optional<SourceKind> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return Optional.of(FEED);
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return Optional.of(WARC);
    }
    return Optional.empty();
  }

  public static final String SUPPORTED =
      ".txt, .html/.htm, .jsonl/.ndjson, .rss/.atom/.xml feeds, .warc/.warc.gz";
}
