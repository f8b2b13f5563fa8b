/**
 * SEARCH: a full-text index (Apache Lucene) of a data directory's articles, real events and actors,
 * in {@code <dataDir>/search/}.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Derived data.</b> The store is the truth; {@link org.annals.search.SearchIndex#refresh}
 *       brings the index up to date with it, and an index of an older format is rebuilt.
 *   <li><b>Idempotent.</b> Documents are replaced by a unique key ({@code TYPE:ID}); a refresh with
 *       nothing new in the store changes nothing and commits nothing.
 *   <li><b>Articles incrementally; events and actors whole.</b> Merging changes real events after
 *       every ingest, so events and actors are re-indexed whenever their fingerprint changes.
 *   <li><b>Snippets are plain text</b> with match offsets ({@link org.annals.search.Snippet}),
 *       never HTML: a UI escapes the text and marks the spans itself.
 *   <li><b>Thread-safe.</b> Searches run concurrently with a refresh and see the last committed
 *       refresh.
 * </ul>
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>Lucene 9 (Java 17). Lucene 10 needs Java 21.
 *   <li>Only one process may write the index (Lucene's write lock), as only one may open the store.
 * </ul>
 */
package org.annals.search;
