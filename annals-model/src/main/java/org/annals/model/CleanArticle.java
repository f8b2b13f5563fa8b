package org.annals.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article after cleaning: main text, identity, and detected metadata.
 *
 * @param id stable id from the canonical URL and the content hash
 * @param canonicalUrl normalized URL ({@code file:} URI for local files without one)
 * @param contentSha256 hex SHA-256 of the clean text; equal content gives equal hashes
 * @param removals what the cleaner dropped and why
 */
public record CleanArticle(
    ArticleId id,
    RawArticle raw,
    String canonicalUrl,
    String contentSha256,
    CleanText clean,
    Optional<String> title,
    Optional<String> outlet,
    PublishedDate published,
    Language language,
    List<Removal> removals) {
  public CleanArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(clean, "clean");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    removals = List.copyOf(removals);
  }
}
