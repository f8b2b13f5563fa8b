package org.annals.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.annals.resolve.story.StoryClusterer;
import org.annals.resolve.story.StoryPass;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Puts every article in a story as annals' RESOLVE stage does ({@link StoryPass} over {@code
 * StoryClusterer}): one pass over all articles in resolve order (publication date, none last, then
 * input file, offset and id), in a single sorted partition, since each article's story depends on
 * every story before it. The pass's state is the document frequencies of the terms seen, every
 * story's centroid and the stories of the articles that others copy; the articles stream through.
 */
final class Stories {
  static final String STORY = "story";
  static final String PLACED = "placed";

  private Stories() {}

  /** The result: each article's story, and the stories. */
  record Result(Dataset<Row> placements, Dataset<Row> stories, JavaPairRDD<String, Row> rows) {
    void unpersist() {
      rows.unpersist(false);
    }
  }

  /**
   * Runs the pass; needs the views {@code articles_out} (with {@code copy_of}) and {@code
   * story_docs_in} ({@link Schemas#STORY_DOCS}).
   */
  static Result assign(SparkSession spark) {
    Dataset<Row> in =
        spark.sql(
            """
            SELECT a.id, a.published_date, a.source_path, a.source_byte_offset, a.copy_of,
                   o.copy_of IS NOT NULL AS copied, d.terms, d.labels
            FROM articles_out a
            LEFT JOIN (SELECT DISTINCT copy_of FROM articles_out WHERE copy_of IS NOT NULL) o
              ON o.copy_of = a.id
            LEFT JOIN (SELECT article_id, first(terms) AS terms, first(labels) AS labels
                       FROM story_docs_in GROUP BY article_id) d ON d.article_id = a.id
            """);
    JavaPairRDD<String, Row> rows =
        in.repartition(1)
            .sortWithinPartitions(
                functions.col("published_date").asc_nulls_last(),
                functions.col("source_path").asc_nulls_last(),
                functions.col("source_byte_offset").asc_nulls_last(),
                functions.col("id"))
            .javaRDD()
            .mapPartitionsToPair(new Pass())
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new Result(
        spark.createDataFrame(rows.filter(t -> t._1().equals(PLACED)).values(), Schemas.PLACEMENTS),
        spark
            .createDataFrame(rows.filter(t -> t._1().equals(STORY)).values(), Schemas.STORIES)
            .selectExpr(
                "id",
                "title",
                "to_json(centroid) AS centroid",
                "to_json(labels) AS labels",
                "articles",
                "first_date",
                "last_date"),
        rows);
  }

  /** The pass over the sorted articles: a placement per article, then the stories. */
  static final class Pass implements PairFlatMapFunction<Iterator<Row>, String, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Tuple2<String, Row>> call(Iterator<Row> articles) {
      StoryPass pass = StoryPass.standard();
      return new Iterator<>() {
        private Iterator<Tuple2<String, Row>> stories;

        @Override
        public boolean hasNext() {
          if (articles.hasNext()) {
            return true;
          }
          if (stories == null) {
            List<Tuple2<String, Row>> out = new ArrayList<>();
            for (StoryClusterer.Story s : pass.stories()) {
              out.add(new Tuple2<>(STORY, story(s)));
            }
            stories = out.iterator();
          }
          return stories.hasNext();
        }

        @Override
        public Tuple2<String, Row> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          if (articles.hasNext()) {
            Row a = articles.next();
            StoryPass.Placed p =
                pass.add(doc(a), Optional.ofNullable(a.getAs("copy_of")), a.getAs("copied"));
            return new Tuple2<>(
                PLACED,
                RowFactory.create(
                    p.articleId(),
                    p.storyId().orElse(null),
                    p.similarity().isPresent() ? p.similarity().getAsDouble() : null));
          }
          return stories.next();
        }
      };
    }
  }

  static StoryClusterer.Doc doc(Row a) {
    int t = a.fieldIndex("terms");
    int l = a.fieldIndex("labels");
    Map<String, Integer> terms = a.isNullAt(t) ? Map.of() : a.getJavaMap(t);
    Map<String, String> labels = a.isNullAt(l) ? Map.of() : a.getJavaMap(l);
    return new StoryClusterer.Doc(
        a.getAs("id"), Optional.ofNullable((LocalDate) a.getAs("published_date")), terms, labels);
  }

  /** A story's row; centroid and labels sorted by term, so the same story is written alike. */
  static Row story(StoryClusterer.Story s) {
    return RowFactory.create(
        s.id(),
        s.title(),
        Schemas.map(s.centroid()),
        Schemas.map(s.labels()),
        s.articles(),
        s.first().orElse(null),
        s.last().orElse(null));
  }
}
