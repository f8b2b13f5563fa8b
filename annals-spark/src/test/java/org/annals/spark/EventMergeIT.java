package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The merge rules of {@link EventMerge} over hand-made reports, without CoreNLP. */
class EventMergeIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        AnnalsJob.configure(SparkSession.builder().master("local[1]").appName("merge-test"))
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** merged_id by report id, for reports given as SQL rows. */
  static Map<String, String> merge(String mentions) {
    spark
        .sql(
            "SELECT * FROM VALUES "
                + mentions
                + " AS m(id, article_id, source_code, target_code, cameo_root, date_start,"
                + " published_date, place_name, negated, hypothetical)")
        .selectExpr(
            "id",
            "try_cast(substr(id, 4, 1) AS INT) % 2 AS sentence_idx",
            "article_id",
            "source_code",
            "target_code",
            "cameo_root",
            "CAST(date_start AS DATE) AS date_start",
            "CAST(published_date AS DATE) AS published_date",
            "place_name",
            "cameo_root || '0' AS cameo_code",
            "'the same words' AS sentence_text",
            "negated",
            "hypothetical")
        .createOrReplaceTempView("mentions_in");
    spark
        .sql(
            "SELECT DISTINCT article_id AS id, CAST(NULL AS STRING) AS duplicate_of,"
                + " CASE WHEN article_id LIKE 'c%' THEN 'c1' ELSE article_id END AS copy_group"
                + " FROM mentions_in")
        .createOrReplaceTempView("articles_out");
    List<Row> rows = EventMerge.merge(spark).select("id", "merged_id").collectAsList();
    return rows.stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("id"), r -> r.<String>getAs("merged_id")));
  }

  @Test
  void reportsOfOneDyadRootAndDayMergeIntoTheEarliest() {
    Map<String, String> m =
        merge(
            "('ev_b', 'a1', 'RUSMIL', 'UKRMIL', '19', '2025-03-03', '2025-03-04', 'Kharkiv',"
                + " false, false),"
                + "('ev_a', 'a2', 'RUSMIL', 'UKRMIL', '19', '2025-03-04', '2025-03-04', NULL,"
                + " false, false),"
                + "('ev_c', 'a3', 'RUSMIL', 'UKRMIL', '19', '2025-03-11', '2025-03-12', 'Kharkiv',"
                + " false, false)");
    assertThat(m).containsEntry("ev_b", "ev_b").containsEntry("ev_a", "ev_b");
    assertThat(m).containsEntry("ev_c", "ev_c"); // a week later: another event
  }

  @Test
  void otherDyadsRootsPlacesAndUnassertedReportsStayApart() {
    Map<String, String> m =
        merge(
            "('ev_1', 'a1', 'RUSMIL', 'UKRMIL', '19', '2025-03-03', NULL, 'Kharkiv', false,"
                + " false),"
                + "('ev_2', 'a2', 'RUSMIL', 'UKRMIL', '19', '2025-03-03', NULL, 'Odesa', false,"
                + " false),"
                + "('ev_3', 'a3', 'RUSMIL', 'UKR', '19', '2025-03-03', NULL, 'Kharkiv', false,"
                + " false),"
                + "('ev_4', 'a4', 'RUSMIL', 'UKRMIL', '04', '2025-03-03', NULL, 'Kharkiv', false,"
                + " false),"
                + "('ev_5', 'a5', 'RUSMIL', 'UKRMIL', '19', '2025-03-03', NULL, 'Kharkiv', true,"
                + " false),"
                + "('ev_6', 'a6', 'RUSMIL', 'UKRMIL', '19', NULL, NULL, 'Kharkiv', false, false)");
    assertThat(m.values()).doesNotHaveDuplicates();
  }

  @Test
  void twoReportsOfOneSentenceNeverMerge() {
    Map<String, String> m =
        merge(
            "('ev_1', 'a1', 'ISR', 'PSE', '19', '2025-05-01', NULL, NULL, false, false),"
                + "('ev_3', 'a1', 'ISR', 'PSE', '19', '2025-05-01', NULL, NULL, false, false),"
                + "('ev_2', 'a2', 'ISR', 'PSE', '19', '2025-05-01', NULL, NULL, false, false)");
    assertThat(m)
        .containsEntry("ev_1", "ev_1")
        .containsEntry("ev_2", "ev_1")
        .containsEntry("ev_3", "ev_3");
  }

  @Test
  void theSameSentenceInNearCopiesIsOneReportDatedOrNot() {
    Map<String, String> m =
        merge(
            "('ev_1', 'c1', 'USA', 'CHN', '11', NULL, NULL, NULL, false, false),"
                + "('ev_2', 'c2', 'USA', 'CHN', '11', NULL, '2025-05-02', NULL, false, false),"
                + "('ev_3', 'c3', 'USA', 'CHN', '11', NULL, NULL, NULL, false, false),"
                + "('ev_4', 'a4', 'USA', 'CHN', '11', NULL, NULL, NULL, false, false)");
    assertThat(m)
        .containsEntry("ev_2", "ev_2")
        .containsEntry("ev_1", "ev_2")
        .containsEntry("ev_3", "ev_2")
        .containsEntry("ev_4", "ev_4"); // undated and no copy: alone
  }

  @Test
  void aRunOfDailyReportsIsCutIntoEventsOfAtMostADay() {
    Map<String, String> m =
        merge(
            "('ev_1', 'a1', 'ISR', 'PSE', '19', '2025-05-01', NULL, NULL, false, false),"
                + "('ev_2', 'a2', 'ISR', 'PSE', '19', '2025-05-02', NULL, NULL, false, false),"
                + "('ev_3', 'a3', 'ISR', 'PSE', '19', '2025-05-03', NULL, NULL, false, false),"
                + "('ev_4', 'a4', 'ISR', 'PSE', '19', '2025-05-04', NULL, NULL, false, false)");
    assertThat(m)
        .containsEntry("ev_1", "ev_1")
        .containsEntry("ev_2", "ev_1")
        .containsEntry("ev_3", "ev_3")
        .containsEntry("ev_4", "ev_3");
  }
}
