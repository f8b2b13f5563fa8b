/**
 * {@code annals watch}: polls RSS/Atom feeds and ingests their new items incrementally.
 *
 * <p>A round ({@link org.annals.engine.watch.Watcher#round}) fetches each due feed with a
 * conditional GET ({@link org.annals.engine.watch.FeedFetcher}), keeps only the items it has not
 * ingested before ({@link org.annals.engine.watch.FeedItems}, the per-feed seen-set), writes them
 * under {@code <data>/watch/fetched/} (the stored articles point there as their source, so offsets
 * still lead back to the bytes) and runs them through {@link org.annals.engine.IngestPipeline},
 * which codes them and then resolves stories. Per-feed state (validators, seen items, failures,
 * backoff) is kept in {@code <data>/watch/state.json} ({@link org.annals.engine.watch.WatchState}).
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>The store is single-process: the watcher holds it while it runs, so {@code annals serve}
 *       cannot use the same data directory at the same time.
 *   <li>The state file is written only by the process that holds the store; its lock protects the
 *       file too.
 *   <li>A failing feed never stops the others: every failure becomes a {@link
 *       org.annals.engine.watch.FeedState} with its reason and the time of the next attempt.
 * </ul>
 */
package org.annals.engine.watch;
