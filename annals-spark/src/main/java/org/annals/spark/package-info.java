/**
 * The Annals pipeline as a Spark job ({@link org.annals.spark.AnnalsJob}): WARC and JSONL files on
 * any Hadoop file system in, Parquet out, which {@code annals serve --parquet} serves.
 *
 * <p>Flow: the driver lists the input files; each partition reads its files and runs CLEAN →
 * ANNOTATE → CODE → PLACE on every article ({@link org.annals.engine.ArticleProcessor}, one per
 * executor JVM in {@code ExecutorModels}), emitting the store's own rows ({@link
 * org.annals.store.StoreRows}); then, over the whole corpus, Spark SQL numbers versions and finds
 * near-copies ({@code NearDuplicates}), each source key's reports are merged in resolve order with
 * annals' own {@code EventMerger} ({@code EventMerge}, {@link
 * org.annals.resolve.merge.OrderedMerge}), and one ordered pass puts the articles in stories
 * ({@code Stories}, {@link org.annals.resolve.story.StoryPass}).
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>CoreNLP drags in commons-lang3 3.3.1 and slf4j-api 1.7.12, which break Spark: the parent
 *       pins them, and this module pins commons-lang3 to Spark's 3.20.0.
 *   <li>Spark is {@code provided}: tests get it, a cluster brings its own; {@code package} also
 *       builds the job jar for spark-submit (classifier {@code spark-submit}) without Spark, Hadoop
 *       and the 474 MB CoreNLP models jar; {@code SparkSubmitIT} runs it through Spark's launcher.
 *   <li>A Spark {@code Row} for a {@code MAP} column wants a Scala map ({@code Schemas.map}); an
 *       {@code ARRAY} column takes a Java array.
 *   <li>The session must run with {@code spark.sql.datetime.java8API.enabled} ({@link
 *       org.annals.spark.AnnalsJob#configure}): rows carry {@code LocalDate}s.
 *   <li>One input file is one unit of work: a huge file is one long task.
 * </ul>
 */
package org.annals.spark;
