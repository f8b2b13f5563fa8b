/**
 * STORE: the embedded DuckDB database of an annals data directory ({@code annals.duckdb}).
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>One writer.</b> A data directory is open in at most one process (DuckDB's file lock) and
 *       by at most one {@link org.annals.store.ArticleStore} per process. Writes are serialized;
 *       reads run concurrently on a second connection and see committed data only.
 *   <li><b>All or nothing per batch.</b> {@link org.annals.store.ArticleStore#storeBatch} commits
 *       its articles, their sentences, entity mentions and time expressions, and its problems in
 *       one transaction; if it throws, nothing of the batch is stored and earlier batches are
 *       intact. A crash mid-batch leaves the store as of the last committed batch.
 *   <li><b>Idempotent.</b> Storing what is stored changes nothing ({@code UNCHANGED}); a bad input
 *       seen again updates its one quarantine entry ({@code last_seen}, {@code times_seen}).
 *   <li><b>Versioned, never overwritten.</b> Changed content at a known URL is stored as the next
 *       version; listings show the latest version per URL unless asked for all.
 *   <li><b>Versioned schema.</b> Migrations ({@code db/V<n>__*.sql}) are applied in order, each in
 *       one transaction, and recorded in {@code schema_version}; a store newer than the code is
 *       refused rather than guessed at.
 *   <li><b>Offsets.</b> {@code char_*} columns are UTF-16 offsets into the clean text, {@code
 *       raw_*} columns into the raw text, mapped through the stored {@link
 *       org.annals.model.OffsetMap}.
 * </ul>
 *
 * Failures are {@link org.annals.store.StoreException}s whose message says which store, article or
 * batch, and what to do.
 */
package org.annals.store;
