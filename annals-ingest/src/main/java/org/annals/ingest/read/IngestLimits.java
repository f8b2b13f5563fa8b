package org.annals.ingest.read;

/**
 * Size limits that protect memory. Single-article inputs (a text or HTML file, a JSONL line, a feed
 * item, a WARC record) may not exceed {@code maxArticleBytes}; feeds are parsed whole and may not
 * exceed {@code maxFeedBytes}. JSONL and WARC files are streamed and have no file limit.
 */
public record IngestLimits(long maxArticleBytes, long maxFeedBytes) {
  public static final IngestLimits DEFAULT = new IngestLimits(10L << 20, 256L << 20);

  public IngestLimits {
    if (maxArticleBytes <= 0 || maxFeedBytes <= 0) {
      throw new IllegalArgumentException(
          "limits must be positive, got maxArticleBytes="
              + maxArticleBytes
              + ", maxFeedBytes="
              + maxFeedBytes);
    }
  }

  static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
