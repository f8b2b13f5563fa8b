package org.annals.model;

import java.util.List;
import java.util.Objects;

/**
 * One article as read from its source, before cleaning.
 *
 * @param source where it came from
 * @param text the raw input decoded to text with {@code charset}; raw offsets refer to this string
 * @param contentType plain text or HTML
 * @param charset the charset used to decode the bytes, e.g. {@code UTF-8}
 * @param rawSha256 hex SHA-256 of the raw bytes
 * @param byteLength size of the raw bytes
 * @param declared metadata declared by the container
 * @param warnings things that went wrong but were repaired (e.g. invalid UTF-8 decoded as
 *     windows-1252); never null
 */
public record RawArticle(
    SourceRef source,
    String text,
    ContentType contentType,
    String charset,
    String rawSha256,
    long byteLength,
    DeclaredMetadata declared,
    List<String> warnings) {
  public RawArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(declared, "declared");
    warnings = List.copyOf(warnings);
  }
}
