package org.annals.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.store.StoreRows;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark schemas of the tables the job writes. */
final class Schemas {
  /** Columns the job adds to the store's {@code events} rows in its {@code mentions} table. */
  static final List<StructField> MENTION_EXTRAS =
      List.of(
          DataTypes.createStructField("sentence_text", DataTypes.StringType, true),
          DataTypes.createStructField("url", DataTypes.StringType, true),
          DataTypes.createStructField("outlet", DataTypes.StringType, true),
          DataTypes.createStructField("published_date", DataTypes.DateType, true),
          // what merging compares besides the coded fields (as the store's merge_links keep it)
          DataTypes.createStructField("trigger_lemma", DataTypes.StringType, true),
          DataTypes.createStructField(
              "terms", DataTypes.createArrayType(DataTypes.StringType, false), true),
          DataTypes.createStructField(
              "numbers", DataTypes.createArrayType(DataTypes.StringType, false), true));

  /** Each article's story document ({@code StoryDocs}): term counts and display labels. */
  static final StructType STORY_DOCS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField(
                "terms",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false),
                false),
            DataTypes.createStructField(
                "labels",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
                false)
          });

  /** The merge decision of each report ({@link EventMerge}). */
  static final StructType DECISIONS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("merged_id", DataTypes.StringType, false),
            DataTypes.createStructField("matched_id", DataTypes.StringType, true),
            DataTypes.createStructField("merge_score", DataTypes.DoubleType, true),
            DataTypes.createStructField("merge_evidence", DataTypes.StringType, false),
            DataTypes.createStructField("merge_method", DataTypes.StringType, false),
            DataTypes.createStructField("representative", DataTypes.BooleanType, false)
          });

  /** Each article's story ({@link Stories}). */
  static final StructType PLACEMENTS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("story_id", DataTypes.StringType, true),
            DataTypes.createStructField("story_similarity", DataTypes.DoubleType, true)
          });

  /**
   * The stories, in the store's {@code stories} columns (the job writes centroid and labels as
   * JSON).
   */
  static final StructType STORIES =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("title", DataTypes.StringType, false),
            DataTypes.createStructField(
                "centroid",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false),
                false),
            DataTypes.createStructField(
                "labels",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
                false),
            DataTypes.createStructField("articles", DataTypes.IntegerType, false),
            DataTypes.createStructField("first_date", DataTypes.DateType, true),
            DataTypes.createStructField("last_date", DataTypes.DateType, true)
          });

  static final StructType PROBLEMS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("input", DataTypes.StringType, false),
            DataTypes.createStructField("source_path", DataTypes.StringType, false),
            DataTypes.createStructField("locator", DataTypes.StringType, false),
            DataTypes.createStructField("byte_offset", DataTypes.LongType, false),
            DataTypes.createStructField("stage", DataTypes.StringType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false),
            DataTypes.createStructField("raw_sha256", DataTypes.StringType, true)
          });

  /** Each article's MinHash signature and band hashes, for near-duplicate detection. */
  static final StructType MINHASH =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("minhash", DataTypes.BinaryType, false),
            DataTypes.createStructField(
                "bands", DataTypes.createArrayType(DataTypes.LongType, false), false)
          });

  private Schemas() {}

  /** A store table's schema, from the store's own column types. */
  static StructType store(String table) {
    List<StructField> fields = new ArrayList<>();
    for (Map.Entry<String, String> c : StoreRows.columnTypes(table).entrySet()) {
      fields.add(DataTypes.createStructField(c.getKey(), type(table, c), true));
    }
    if (table.equals("events")) {
      fields.addAll(MENTION_EXTRAS);
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  private static DataType type(String table, Map.Entry<String, String> column) {
    return switch (column.getValue()) {
      case "VARCHAR", "JSON" -> DataTypes.StringType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "BIGINT" -> DataTypes.LongType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "BOOLEAN" -> DataTypes.BooleanType;
      case "DATE" -> DataTypes.DateType;
      case "BLOB" -> DataTypes.BinaryType;
      default ->
          throw new IllegalStateException(
              table
                  + "."
                  + column.getKey()
                  + " has type "
                  + column.getValue()
                  + ", which the Spark job cannot write yet; add it to Schemas");
    };
  }

  /**
   * A map as a Spark row wants it for a {@code MAP} column (a Scala map), its keys in order, so
   * that the same map is written alike.
   */
  static <V> scala.collection.Map<String, V> map(Map<String, V> map) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new java.util.TreeMap<>(map));
  }

  /** A value as the Spark type wants it (a store INTEGER may come as a Long, and so on). */
  static Object coerce(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    if (type.equals(DataTypes.IntegerType) && value instanceof Number n) {
      return n.intValue();
    }
    if (type.equals(DataTypes.LongType) && value instanceof Number n) {
      return n.longValue();
    }
    if (type.equals(DataTypes.DoubleType) && value instanceof Number n) {
      return n.doubleValue();
    }
    if (type.equals(DataTypes.StringType) && !(value instanceof String)) {
      return value.toString();
    }
    return value;
  }
}
