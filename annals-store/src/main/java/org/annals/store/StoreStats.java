package org.annals.store;

/**
 * Sizes of the store.
 *
 * @param articles distinct URLs (latest versions)
 * @param versions stored article versions, all URLs ({@code >= articles})
 * @param sentences sentences over all versions
 * @param entityMentions entity mentions over all versions
 * @param timeExpressions time expressions over all versions
 * @param quarantineErrors distinct inputs that could not be stored
 * @param quarantineWarnings distinct inputs stored after a repair
 * @param runs ingest runs begun
 */
public record StoreStats(
    long articles,
    long versions,
    long sentences,
    long entityMentions,
    long timeExpressions,
    long quarantineErrors,
    long quarantineWarnings,
    long runs) {}
