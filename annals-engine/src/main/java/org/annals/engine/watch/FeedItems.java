package org.annals.engine.watch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.ArticleId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * The items of a fetched feed, each with the key and content hash the seen-set remembers, and the
 * feed cut down to some of its items for {@link org.annals.ingest.read.InputScanner} to read as it
 * reads any feed file.
 */
public final class FeedItems {
  /** Feed items with less text than this in their content are summaries (for --fetch-pages). */
  static final int FULL_TEXT_CHARS = 1200;

  /**
   * One item or entry.
   *
   * @param index its position in the feed, from 0
   * @param key its guid/id, else its link, else its title
   * @param hash SHA-256 of its title, link and content: a changed item is ingested again
   * @param summaryOnly it has no full content, only a description or a short content
   * @param published its publication date as written, if any
   */
  public record Item(
      int index,
      String key,
      String hash,
      Optional<URI> link,
      Optional<String> title,
      Optional<String> published,
      boolean summaryOnly) {}

  private final Document xml;
  private final List<Item> items;
  private final Optional<String> outlet;

  private FeedItems(Document xml, List<Item> items, Optional<String> outlet) {
    this.xml = xml;
    this.items = List.copyOf(items);
    this.outlet = outlet;
  }

  /** The feed's items in document order. */
  public List<Item> items() {
    return items;
  }

  /** The feed's title (the outlet of its articles). */
  public Optional<String> outlet() {
    return outlet;
  }

  /**
   * Parses a feed.
   *
   * @throws IllegalArgumentException with a message saying what is wrong, for anything that is not
   *     an RSS or Atom feed Annals can read
   */
  public static FeedItems parse(byte[] body) {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(reader);
    } catch (ParsingFeedException e) {
      throw new IllegalArgumentException(
          "not a well-formed RSS/Atom feed (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + "): "
              + rootMessage(e),
          e);
    } catch (FeedException | IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "not an RSS/Atom feed Annals can read: " + rootMessage(e), e);
    }
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(body), null, "", Parser.xmlParser());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot decode the feed: " + rootMessage(e), e);
    }
    Elements elements = itemElements(doc);
    List<SyndEntry> entries = feed.getEntries();
    if (elements.size() != entries.size()) {
      throw new IllegalArgumentException(
          "the feed's items could not be told apart ("
              + entries.size()
              + " entries, "
              + elements.size()
              + " item/entry elements)");
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      items.add(item(i, entries.get(i), elements.get(i)));
    }
    return new FeedItems(
        doc, items, Optional.ofNullable(feed.getTitle()).filter(t -> !t.isBlank()));
  }

  /**
   * The feed with only the items at these indexes, as UTF-8 XML; everything else (channel, title,
   * namespaces) stays as it was.
   */
  public byte[] only(Set<Integer> keep) {
    Document copy = xml.clone();
    Elements elements = itemElements(copy);
    for (int i = 0; i < elements.size(); i++) {
      if (!keep.contains(i)) {
        elements.get(i).remove();
      }
    }
    copy.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    copy.charset(StandardCharsets.UTF_8);
    return copy.outerHtml().getBytes(StandardCharsets.UTF_8);
  }

  private static Elements itemElements(Document doc) {
    return doc.select("item, entry");
  }

  private static Item item(int index, SyndEntry entry, Element element) {
    Optional<String> link =
        Optional.ofNullable(entry.getLink()).map(String::strip).filter(s -> !s.isEmpty());
    Optional<String> guid =
        Optional.ofNullable(entry.getUri()).map(String::strip).filter(s -> !s.isEmpty());
    Optional<String> title =
        Optional.ofNullable(entry.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
    StringBuilder content = new StringBuilder();
    int fullText = 0;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        content.append(c.getValue()).append('\u0000');
        fullText = Math.max(fullText, Jsoup.parse(c.getValue()).text().length());
      }
    }
    if (entry.getDescription() != null && entry.getDescription().getValue() != null) {
      content.append(entry.getDescription().getValue());
    }
    String key = guid.or(() -> link).or(() -> title).orElse("item " + (index + 1));
    String hash =
        ArticleId.sha256Hex(title.orElse("") + "\u0000" + link.orElse("") + "\u0000" + content);
    return new Item(
        index,
        key,
        hash,
        link.flatMap(FeedItems::uri),
        title,
        literalDate(element),
        fullText < FULL_TEXT_CHARS);
  }

  private static Optional<URI> uri(String s) {
    try {
      URI u = new URI(s);
      return u.isAbsolute() && (u.getScheme().equals("http") || u.getScheme().equals("https"))
          ? Optional.of(u)
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The publication date as the feed writes it (the publisher's own calendar day). */
  private static Optional<String> literalDate(Element e) {
    for (String tag : List.of("pubDate", "published", "dc|date", "issued", "updated", "modified")) {
      Element t = e.selectFirst(tag);
      if (t != null && t.parent() == e && !t.text().isBlank()) {
        return Optional.of(t.text().strip());
      }
    }
    return Optional.empty();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
