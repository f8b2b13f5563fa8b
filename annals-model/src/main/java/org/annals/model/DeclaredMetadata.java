package org.annals.model;

import java.util.Optional;

/**
 * Metadata that the container declared next to the content (JSONL fields, feed items, WARC
 * headers), before any detection from the content itself. Every field may be absent.
 *
 * @param published the publication date or date-time exactly as declared, unparsed
 * @param fetched when a crawler fetched the page (WARC-Date): an upper bound, never a publication
 *     date
 */
public record DeclaredMetadata(
    Optional<String> url,
    Optional<String> title,
    Optional<String> published,
    Optional<String> outlet,
    Optional<String> fetched) {

  public static final DeclaredMetadata NONE =
      new DeclaredMetadata(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public DeclaredMetadata {
    url = clean(url);
    title = clean(title);
    published = clean(published);
    outlet = clean(outlet);
    fetched = clean(fetched);
  }

  private static Optional<String> clean(Optional<String> value) {
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }

  public static DeclaredMetadata of(
      String url, String title, String published, String outlet, String fetched) {
    return new DeclaredMetadata(
        Optional.ofNullable(url),
        Optional.ofNullable(title),
        Optional.ofNullable(published),
        Optional.ofNullable(outlet),
        Optional.ofNullable(fetched));
  }
}
