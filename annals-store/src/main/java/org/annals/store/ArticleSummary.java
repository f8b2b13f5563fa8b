package org.annals.store;

import java.util.Optional;
import org.annals.model.ArticleId;
import org.annals.model.Language;
import org.annals.model.PublishedDate;

/**
 * One line of an article listing.
 *
 * @param cleanLength length of the clean text in chars
 */
public record ArticleSummary(
    ArticleId id,
    String url,
    int version,
    Optional<String> title,
    Optional<String> outlet,
    PublishedDate published,
    Language language,
    int sentenceCount,
    int entityCount,
    int tokenCount,
    int cleanLength) {}
