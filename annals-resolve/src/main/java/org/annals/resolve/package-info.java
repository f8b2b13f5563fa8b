/**
 * RESOLVE, across articles: what turns many reports into data about real events.
 *
 * <ul>
 *   <li>{@link org.annals.resolve.dedup} finds near-duplicate articles (syndicated copies, light
 *       rewrites) with MinHash signatures over word shingles and banded locality-sensitive hashing;
 *   <li>{@link org.annals.resolve.merge} decides which coded events report the same real event,
 *       with the evidence for every decision;
 *   <li>{@link org.annals.resolve.story} groups articles into stories, incrementally.
 * </ul>
 *
 * <p>Everything here is a pure function of its inputs (no store, no NLP, no I/O), so the same code
 * serves the embedded store, the evaluations and a Spark job.
 */
package org.annals.resolve;
