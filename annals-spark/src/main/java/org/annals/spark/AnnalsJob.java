package org.annals.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.annals.store.StoreRows;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Annals pipeline as a Spark job: lists WARC (CC-NEWS layout, {@code .warc.gz}) and JSONL files
 * on any Hadoop file system, runs CLEAN → ANNOTATE → CODE → PLACE per partition with models loaded
 * once per executor, then RESOLVE over the whole corpus: near-duplicates ({@link NearDuplicates}),
 * the merge decisions of annals' {@code EventMerger} per source key in resolve order ({@link
 * EventMerge}), and stories in one ordered pass ({@link Stories}). It writes Parquet under the
 * output directory:
 *
 * <ul>
 *   <li>{@code events/event_month=YYYY-MM/} (or {@code event_month=unknown}): one row per real
 *       event, with its representative report's fields and counts of mentions, articles, sources
 *       and outlets;
 *   <li>{@code mentions/}: every coded report, in the store's {@code events} columns, with its
 *       sentence, merge features ({@code trigger_lemma}, {@code terms}, {@code numbers}) and merge
 *       decision ({@code merged_id}, {@code matched_id}, {@code merge_score}, {@code
 *       merge_evidence}, {@code merge_method}, {@code representative});
 *   <li>{@code articles/}, {@code sentences/}, {@code entity_mentions/}, {@code time_expressions/},
 *       {@code candidate_actors/}: the store's tables; articles also carry their near-duplicate
 *       ({@link NearDuplicates}) and story ({@code story_id}, {@code story_similarity}, {@code
 *       story_terms}, {@code story_labels}) columns;
 *   <li>{@code stories/}: the store's {@code stories} columns;
 *   <li>{@code problems/}: every article or file that failed, with its reason;
 *   <li>{@code _annals-spark.json}: written last; names the format ({@code annals-spark-v2}).
 * </ul>
 *
 * The output is replaced on every run, and ids are content hashes or follow from the input's order,
 * so the same input gives the same rows. {@code annals serve --parquet DIR} serves it.
 */
public final class AnnalsJob {
  /** The output format written into the marker file. */
  public static final String FORMAT = "annals-spark-v2";

  public static final String MARKER = "_annals-spark.json";

  /** The table of stories ({@link Stories}). */
  public static final String STORIES = "stories";

  private AnnalsJob() {}

  /** What a run wrote. */
  public record Summary(
      int files,
      long articles,
      long mentions,
      long events,
      long stories,
      long problems,
      double seconds) {
    public double articlesPerSecond() {
      return articles / Math.max(1e-3, seconds);
    }
  }

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("AnnalsJob: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("annals");
    options.master().ifPresent(builder::master);
    SparkSession spark = configure(builder).getOrCreate();
    try {
      Summary s = run(spark, options);
      System.out.printf(
          java.util.Locale.ROOT,
          "annals-spark: %d files, %d articles, %d mentions, %d real events, %d stories,"
              + " %d problems in %.1f s (%.2f articles/s) -> %s%n",
          s.files(),
          s.articles(),
          s.mentions(),
          s.events(),
          s.stories(),
          s.problems(),
          s.seconds(),
          s.articlesPerSecond(),
          options.output());
    } finally {
      spark.stop();
    }
  }

  /** The session settings the job relies on. */
  public static SparkSession.Builder configure(SparkSession.Builder builder) {
    return builder
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "static")
        .config("spark.ui.enabled", "false");
  }

  public static Summary run(SparkSession spark, JobOptions options) {
    long started = System.nanoTime();
    // rows carry LocalDates: the job's own settings, whoever made the session
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    List<String> files = listInputs(options.inputs(), conf);
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "no input files under " + options.inputs() + "; give WARC or JSONL files or directories");
    }
    Path output = new Path(options.output());
    deleteMarker(output, conf);

    Map<String, StructType> schemas = new LinkedHashMap<>();
    for (String table : StoreRows.TABLES) {
      schemas.put(table.equals("events") ? PartitionWorker.MENTIONS : table, Schemas.store(table));
    }
    schemas.put(PartitionWorker.PROBLEMS, Schemas.PROBLEMS);
    schemas.put(PartitionWorker.MINHASH, Schemas.MINHASH);
    schemas.put(PartitionWorker.STORY_DOCS, Schemas.STORY_DOCS);
    Map<String, String> hadoopConf = new HashMap<>();
    conf.forEach(e -> hadoopConf.put(e.getKey(), e.getValue()));

    int partitions =
        options.partitions() > 0
            ? options.partitions()
            : Math.max(1, Math.min(files.size(), 2 * jsc.defaultParallelism()));
    if (!jsc.getConf().contains("spark.sql.shuffle.partitions")) {
      // the merge shuffles rows of articles, not of tokens: Spark's default of 200 tasks per
      // shuffle costs more than the whole merge on small inputs
      spark
          .conf()
          .set(
              "spark.sql.shuffle.partitions",
              String.valueOf(Math.max(partitions, jsc.defaultParallelism())));
    }
    JavaRDD<String> inputs = jsc.parallelize(files, partitions);
    JavaPairRDD<String, Row> rows =
        inputs
            .mapPartitions(new PartitionWorker(hadoopConf, schemas))
            .mapToPair(t -> t)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Stories.Result stories = null;
    try {
      Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
      for (Map.Entry<String, StructType> e : schemas.entrySet()) {
        String name = e.getKey();
        JavaRDD<Row> of = rows.filter(t -> t._1().equals(name)).values();
        tables.put(name, spark.createDataFrame(of, e.getValue()));
      }
      // one row per article id (the same article may come from several files), versions
      // numbered per URL and exact copies at other URLs marked, in input order as an ingest would
      tables.get("articles").createOrReplaceTempView("articles_in");
      spark
          .sql(
              """
              SELECT * FROM (
                SELECT *, row_number() OVER (PARTITION BY id
                  ORDER BY source_path, source_byte_offset) AS copy_no
                FROM articles_in) WHERE copy_no = 1
              """)
          .drop("copy_no")
          .createOrReplaceTempView("articles_once");
      tables.get(PartitionWorker.MINHASH).createOrReplaceTempView("minhash_in");
      NearDuplicates.register(spark);
      Dataset<Row> articles =
          spark
              .sql(
                  """
                  SELECT *,
                    row_number() OVER (PARTITION BY canonical_url
                      ORDER BY source_path, source_byte_offset, id) AS version_no,
                    first(id) OVER (PARTITION BY content_sha256
                      ORDER BY source_path, source_byte_offset, id
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS original
                  FROM articles_once
                  """)
              .withColumn("version", functions.col("version_no").cast("int"))
              .withColumn(
                  "duplicate_of",
                  functions.when(
                      functions.col("original").notEqual(functions.col("id")),
                      functions.col("original")))
              .drop("version_no", "original");
      articles.createOrReplaceTempView("articles_numbered");
      articles = NearDuplicates.mark(spark).persist(StorageLevel.MEMORY_AND_DISK());
      articles.createOrReplaceTempView("articles_out");
      tables.get(PartitionWorker.STORY_DOCS).createOrReplaceTempView("story_docs_in");
      stories = Stories.assign(spark);
      stories.placements().createOrReplaceTempView("placements");
      Dataset<Row> articlesWithStories =
          spark.sql(
              """
              SELECT a.*, p.story_id, p.story_similarity,
                     to_json(d.terms) AS story_terms, to_json(d.labels) AS story_labels
              FROM articles_out a
              LEFT JOIN placements p ON p.article_id = a.id
              LEFT JOIN (SELECT article_id, first(terms) AS terms, first(labels) AS labels
                         FROM story_docs_in GROUP BY article_id) d ON d.article_id = a.id
              """);
      tables
          .get(PartitionWorker.MENTIONS)
          .dropDuplicates("id")
          .createOrReplaceTempView("mentions_in");
      Dataset<Row> mentions = EventMerge.merge(spark).persist(StorageLevel.MEMORY_AND_DISK());
      mentions.createOrReplaceTempView("mentions_out");
      Dataset<Row> events = EventMerge.events(spark);

      String out = output.toString();
      articlesWithStories.write().mode(SaveMode.Overwrite).parquet(out + "/articles");
      Dataset<Row> storyRows = stories.stories();
      storyRows.write().mode(SaveMode.Overwrite).parquet(out + "/" + STORIES);
      mentions.write().mode(SaveMode.Overwrite).parquet(out + "/" + PartitionWorker.MENTIONS);
      events.write().mode(SaveMode.Overwrite).partitionBy("event_month").parquet(out + "/events");
      for (String table :
          List.of("sentences", "entity_mentions", "time_expressions", "candidate_actors")) {
        tables
            .get(table)
            .dropDuplicates("article_id", "idx")
            .write()
            .mode(SaveMode.Overwrite)
            .parquet(out + "/" + table);
      }
      Dataset<Row> problems = tables.get(PartitionWorker.PROBLEMS);
      problems.write().mode(SaveMode.Overwrite).parquet(out + "/" + PartitionWorker.PROBLEMS);

      Summary summary =
          new Summary(
              files.size(),
              articles.count(),
              mentions.count(),
              mentions.filter("representative").count(),
              storyRows.count(),
              problems.count(),
              (System.nanoTime() - started) / 1e9);
      writeMarker(
          output,
          conf,
          "{\"format\": \""
              + FORMAT
              + "\", \"files\": "
              + summary.files()
              + ", \"articles\": "
              + summary.articles()
              + ", \"mentions\": "
              + summary.mentions()
              + ", \"events\": "
              + summary.events()
              + ", \"stories\": "
              + summary.stories()
              + ", \"problems\": "
              + summary.problems()
              + "}\n");
      articles.unpersist(false);
      mentions.unpersist(false);
      return summary;
    } finally {
      if (stories != null) {
        stories.unpersist();
      }
      rows.unpersist(false);
    }
  }

  static List<String> listInputs(List<String> inputs, Configuration conf) {
    TreeSet<String> files = new TreeSet<>();
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(p);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException("no such input: " + input);
        }
        for (FileStatus m : matches) {
          if (m.isDirectory()) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus f = it.next();
              if (!f.getPath().getName().startsWith(".")
                  && !f.getPath().getName().startsWith("_")) {
                files.add(f.getPath().toUri().toString());
              }
            }
          } else {
            files.add(m.getPath().toUri().toString());
          }
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot list " + input + ": " + e.getMessage(), e);
      }
    }
    return new ArrayList<>(files);
  }

  private static void deleteMarker(Path output, Configuration conf) {
    try {
      FileSystem fs = output.getFileSystem(conf);
      fs.delete(new Path(output, MARKER), false);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write to " + output + ": " + e.getMessage(), e);
    }
  }

  static void writeMarker(Path output, Configuration conf, String json) {
    try {
      FileSystem fs = output.getFileSystem(conf);
      try (OutputStream out = fs.create(new Path(output, MARKER), true)) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write to " + output + ": " + e.getMessage(), e);
    }
  }
}
