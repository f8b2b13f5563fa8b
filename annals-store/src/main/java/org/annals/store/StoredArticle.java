package org.annals.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.annals.model.AnnotatedText;
import org.annals.model.ArticleId;
import org.annals.model.CharSpan;
import org.annals.model.CleanText;
import org.annals.model.ContentType;
import org.annals.model.Language;
import org.annals.model.PublishedDate;
import org.annals.model.Removal;
import org.annals.model.SourceRef;

/**
 * Everything stored for one article version. Offsets of the annotation are into {@code
 * clean.text()}; {@link #toRaw(CharSpan)} maps them into {@code rawText}.
 *
 * @param version 1 for the first content seen at the URL, +1 for each change
 * @param duplicateOf an earlier article with the same content at another URL
 * @param declaredPublished the publication date exactly as the container declared it
 * @param fetched when a crawler fetched it, as declared (WARC-Date)
 * @param warnings repairs made while reading, e.g. a charset fallback
 * @param runId the ingest run that stored it
 */
public record StoredArticle(
    ArticleId id,
    String canonicalUrl,
    int version,
    String contentSha256,
    SourceRef source,
    Optional<String> rawSha256,
    long rawByteLength,
    ContentType contentType,
    Optional<String> charset,
    String rawText,
    CleanText clean,
    Optional<String> title,
    Optional<String> outlet,
    PublishedDate published,
    Optional<String> declaredPublished,
    Optional<String> fetched,
    Language language,
    Optional<ArticleId> duplicateOf,
    List<Removal> removals,
    List<String> warnings,
    AnnotatedText annotation,
    Instant ingestedAt,
    OptionalLong runId) {
  public StoredArticle {
    removals = List.copyOf(removals);
    warnings = List.copyOf(warnings);
  }

  /** The span of the raw text that a span of the clean text came from. */
  public CharSpan toRaw(CharSpan cleanSpan) {
    return clean.toRaw(cleanSpan);
  }
}
