package org.annals.ingest.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.model.ContentType;
import org.annals.model.DeclaredMetadata;
import org.annals.model.Problem;
import org.annals.model.SourceRef;
import org.annals.model.Stage;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds (Rome). Each entry becomes an article: its link, title,
 * publication date, the feed's title as outlet, and its full content ({@code content:encoded}, Atom
 * {@code content}) or else its description.
 */
final class FeedReader {
  private final IngestLimits limits;

  FeedReader(IngestLimits limits) {
    this.limits = limits;
  }

  void read(Path file, SourceRef ref, ArticleSink sink) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxFeedBytes()) {
      sink.problem(
          Problem.error(
              ref,
              Stage.READ,
              "feed is "
                  + IngestLimits.mb(size)
                  + ", over the limit of "
                  + IngestLimits.mb(limits.maxFeedBytes())
                  + "; raise --max-feed-bytes"));
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    DecodedText decoded;
    try {
      decoded = TextDecoder.decode(bytes, Optional.empty(), true);
    } catch (BadInputException e) {
      sink.problem(Problem.error(ref, Stage.DECODE, e.getMessage()));
      return;
    }
    SyndFeed feed;
    try (Reader reader =
        new InputStreamReader(
            new ByteArrayInputStream(
                stripXmlDeclaration(decoded.text()).getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(reader);
    } catch (ParsingFeedException e) {
      sink.problem(
          Problem.error(
              ref.at("line " + e.getLineNumber() + ", column " + e.getColumnNumber(), -1),
              Stage.PARSE,
              "not a well-formed RSS/Atom feed: " + rootMessage(e)));
      return;
    } catch (FeedException | IllegalArgumentException e) {
      sink.problem(
          Problem.error(
              ref, Stage.PARSE, "not an RSS/Atom feed Annals can read: " + rootMessage(e)));
      return;
    }
    String outlet = feed.getTitle();
    List<SyndEntry> entries = feed.getEntries();
    List<Optional<String>> declaredDates = literalDates(decoded.text());
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      SourceRef at = ref.at("item " + (i + 1), -1);
      Optional<SyndContent> content = bestContent(entry);
      if (content.isEmpty()) {
        sink.problem(
            Problem.error(at, Stage.PARSE, "feed entry has no content or description to ingest"));
        continue;
      }
      String value = content.get().getValue();
      String type =
          Optional.ofNullable(content.get().getType()).orElse("").toLowerCase(Locale.ROOT);
      boolean html =
          type.contains("html")
              || (!type.contains("text/plain") && value.matches("(?s).*<[a-zA-Z/][^>]*>.*"));
      Date date =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      // Rome turns dates into instants; the literal keeps the publisher's own calendar day
      String published =
          i < declaredDates.size() && declaredDates.get(i).isPresent()
              ? declaredDates.get(i).get()
              : date == null ? null : DateTimeFormatter.ISO_INSTANT.format(date.toInstant());
      DeclaredMetadata meta =
          DeclaredMetadata.of(entry.getLink(), entry.getTitle(), published, outlet, null);
      byte[] body = value.getBytes(StandardCharsets.UTF_8);
      if (body.length > limits.maxArticleBytes()) {
        sink.problem(
            Problem.error(
                at, Stage.READ, "entry is over the per-article limit; raise --max-article-bytes"));
        continue;
      }
      SingleFileReader.emit(
          body,
          at,
          html ? ContentType.HTML : ContentType.PLAIN_TEXT,
          Optional.of(StandardCharsets.UTF_8.name()),
          meta,
          sink);
    }
  }

  private static Optional<SyndContent> bestContent(SyndEntry entry) {
    SyndContent best = null;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null
          && !c.getValue().isBlank()
          && (best == null || c.getValue().length() > best.getValue().length())) {
        best = c;
      }
    }
    SyndContent description = entry.getDescription();
    if (description != null
        && description.getValue() != null
        && !description.getValue().isBlank()
        && (best == null || description.getValue().length() > best.getValue().length() * 2)) {
      best = description;
    }
    return Optional.ofNullable(best);
  }

  /** The publication date of each item or entry as written, in document order. */
  private static List<Optional<String>> literalDates(String xml) {
    org.jsoup.nodes.Document doc =
        org.jsoup.Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
    List<Optional<String>> dates = new java.util.ArrayList<>();
    for (org.jsoup.nodes.Element e : doc.select("item, entry")) {
      Optional<String> d = Optional.empty();
      for (String tag :
          List.of("pubDate", "published", "dc|date", "issued", "updated", "modified")) {
        org.jsoup.nodes.Element t = e.selectFirst(tag);
        if (t != null && t.parent() == e && !t.text().isBlank()) {
          d = Optional.of(t.text().strip());
          break;
        }
      }
      dates.add(d);
    }
    return dates;
  }

  /** The text is already decoded; a declared encoding would mislead the XML parser. */
  private static String stripXmlDeclaration(String xml) {
    String s = xml.stripLeading();
    if (s.startsWith("<?xml")) {
      int end = s.indexOf("?>");
      if (end > 0) {
        return s.substring(end + 2);
      }
    }
    return s;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
