package org.annals.engine.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The feeds to watch, read from a text file: one http(s) URL per line; blank lines and lines
 * starting with {@code #} are ignored, as is a {@code #} comment after the URL. Bad and repeated
 * lines are reported as {@code FILE:LINE: reason} and skipped.
 *
 * @param feeds the valid feed URLs, in file order, without repeats
 * @param problems one message per skipped line, {@code FILE:LINE: reason}
 */
public record FeedList(List<URI> feeds, List<String> problems) {
  public FeedList {
    feeds = List.copyOf(feeds);
    problems = List.copyOf(problems);
  }

  /** Reads a feed list file. */
  public static FeedList read(Path file) throws IOException {
    return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** Parses the lines of a feed list; {@code name} is used in the messages. */
  public static FeedList parse(String name, List<String> lines) {
    List<URI> feeds = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<URI, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      int comment = line.indexOf(" #");
      if (comment >= 0) {
        line = line.substring(0, comment).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = name + ":" + lineNo + ": ";
      if (line.chars().anyMatch(Character::isWhitespace)) {
        problems.add(where + "one feed URL per line, found '" + line + "'; line skipped");
        continue;
      }
      URI uri;
      try {
        uri = new URI(line);
      } catch (URISyntaxException e) {
        problems.add(where + "not a URL (" + e.getReason() + "): '" + line + "'; line skipped");
        continue;
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        problems.add(
            where
                + "not an http(s) URL: '"
                + line
                + "'; write the feed's full address, e.g. https://example.org/feed.xml; line"
                + " skipped");
        continue;
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        problems.add(where + "URL without a host: '" + line + "'; line skipped");
        continue;
      }
      Integer earlier = firstLine.putIfAbsent(uri, lineNo);
      if (earlier != null) {
        problems.add(where + "repeats line " + earlier + "; line skipped");
        continue;
      }
      feeds.add(uri);
    }
    return new FeedList(feeds, problems);
  }
}
