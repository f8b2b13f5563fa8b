/**
 * The Annals pipeline as a Spark job ({@link org.annals.spark.AnnalsJob}): WARC and JSONL files on
 * any Hadoop file system in, Parquet out, which {@code annals serve --parquet} serves.
 *
 * <p>Flow: the driver lists the input files; each partition reads its files and runs CLEAN →
 * ANNOTATE → CODE → PLACE on every article ({@link org.annals.engine.ArticleProcessor}, one per
 * executor JVM in {@code ExecutorModels}), emitting the store's own rows ({@link
 * org.annals.store.StoreRows}); the driver then numbers versions, marks exact copies and merges the
 * reports of each real event across partitions in Spark SQL ({@code EventMerge}).
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>CoreNLP drags in commons-lang3 3.3.1 and slf4j-api 1.7.12, which break Spark: the parent
 *       pins them, and this module pins commons-lang3 to Spark's 3.20.0.
 *   <li>Spark is {@code provided}: tests get it, a cluster brings its own; {@code -Pspark-submit}
 *       builds the job jar without Spark, Hadoop and the 474 MB CoreNLP models jar.
 *   <li>The session must run with {@code spark.sql.datetime.java8API.enabled} ({@link
 *       org.annals.spark.AnnalsJob#configure}): rows carry {@code LocalDate}s.
 *   <li>One input file is one unit of work: a huge file is one long task.
 * </ul>
 */
package org.annals.spark;
