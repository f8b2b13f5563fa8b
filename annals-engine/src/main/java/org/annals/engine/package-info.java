/**
 * Wires the stages. {@link org.annals.engine.IngestPipeline} reads inputs on the calling thread,
 * cleans and annotates articles on a pool of named worker threads, and commits results in
 * transactional batches from one writer; every input ends as a stored article, an unchanged
 * article, or a quarantine record. Counts are reported only after their batch is committed.
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>Annotation is the slow step (about 2k tokens/s per core): unchanged articles are detected
 *       before annotation and never re-annotated.
 *   <li>Non-English articles are stored and marked, not annotated.
 * </ul>
 */
package org.annals.engine;
