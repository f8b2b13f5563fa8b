package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annals.resolve.merge.Mention;
import org.annals.resolve.merge.OrderedMerge;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link EventMerge} over hand-made reports, without CoreNLP: whatever the partitioning, its
 * decisions are those of one {@link OrderedMerge} fed the reports in resolve order, one source key
 * after the other.
 */
class EventMergeIT {
  static SparkSession spark;

  static final StructType MENTIONS =
      new StructType(
          new StructField[] {
            field("id", DataTypes.StringType),
            field("article_id", DataTypes.StringType),
            field("idx", DataTypes.IntegerType),
            field("sentence_idx", DataTypes.IntegerType),
            field("outlet", DataTypes.StringType),
            field("published_date", DataTypes.DateType),
            field("source_code", DataTypes.StringType),
            field("source_country", DataTypes.StringType),
            field("source_sector", DataTypes.StringType),
            field("target_code", DataTypes.StringType),
            field("target_country", DataTypes.StringType),
            field("target_sector", DataTypes.StringType),
            field("cameo_code", DataTypes.StringType),
            field("trigger_lemma", DataTypes.StringType),
            field("date_start", DataTypes.DateType),
            field("date_end", DataTypes.DateType),
            field("date_precision", DataTypes.StringType),
            field("place_id", DataTypes.StringType),
            field("place_lat", DataTypes.DoubleType),
            field("place_lon", DataTypes.DoubleType),
            field("place_precision", DataTypes.StringType),
            field("place_country", DataTypes.StringType),
            field("place_basis", DataTypes.StringType),
            field("terms", DataTypes.createArrayType(DataTypes.StringType, false)),
            field("numbers", DataTypes.createArrayType(DataTypes.StringType, false)),
            field("negated", DataTypes.BooleanType),
            field("hypothetical", DataTypes.BooleanType)
          });

  static final StructType ARTICLES =
      new StructType(
          new StructField[] {
            field("id", DataTypes.StringType),
            field("copy_group", DataTypes.StringType),
            field("duplicate_of", DataTypes.StringType),
            field("source_path", DataTypes.StringType),
            field("source_byte_offset", DataTypes.LongType)
          });

  static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /** Actors: code, country, sector. */
  static final String[][] ACTORS = {
    {"RUSMIL", "RUS", "MIL"}, {"RUS", "RUS", ""}, {"RUSGOV", "RUS", "GOV"},
    {"UKRMIL", "UKR", "MIL"}, {"UKR", "UKR", ""}, {"IGOUNO", "", ""}
  };

  static final String[] CODES = {"190", "193", "195", "040", "190", "042"};
  static final List<List<String>> TERMS =
      List.of(
          List.of("attack", "troop", "kharkiv", "monday"),
          List.of("attack", "force", "kharkiv", "city"),
          List.of("shell", "artillery", "kharkiv", "monday"),
          List.of("meet", "talk", "peace", "geneva"));

  List<Row> mentions = new ArrayList<>();
  List<Row> articles = new ArrayList<>();

  @BeforeAll
  static void start() {
    spark =
        AnnalsJob.configure(SparkSession.builder().master("local[2]").appName("merge-test"))
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /**
   * 60 articles over three weeks, three reports each, of Russian and Ukrainian actors and the UN;
   * articles 10 to 19 copy the article ten before; some published on the same day in other files.
   */
  void makeCorpus() {
    LocalDate day = LocalDate.of(2025, 3, 1);
    for (int a = 0; a < 60; a++) {
      String article = String.format(java.util.Locale.ROOT, "a_%02d", 59 - a);
      LocalDate published = day.plusDays((a * 7L) % 21);
      String copyGroup =
          a >= 10 && a < 20 ? String.format(java.util.Locale.ROOT, "a_%02d", 69 - a) : article;
      articles.add(RowFactory.create(article, copyGroup, null, "file_" + (a % 4), (long) a * 100));
      for (int i = 0; i < 3; i++) {
        int k = a * 3 + i;
        String[] source = ACTORS[(k * 5) % 3 + (k % 11 == 0 ? 2 : 0)];
        String[] target = ACTORS[3 + (k % 3)];
        boolean untargeted = k % 13 == 0;
        boolean dated = k % 9 != 0;
        LocalDate date = published.minusDays(k % 2);
        boolean placed = k % 4 != 0;
        mentions.add(
            RowFactory.create(
                String.format(java.util.Locale.ROOT, "ev_%03d", k),
                article,
                i,
                i == 2 ? 1 : i,
                "Outlet " + (a % 5),
                published,
                source[0],
                source[1],
                source[2],
                untargeted ? null : target[0],
                untargeted ? null : target[1],
                untargeted ? null : target[2],
                CODES[k % CODES.length],
                "attack",
                dated ? date : null,
                dated ? date : null,
                dated ? "day" : "unknown",
                placed ? "geo:706483" : null,
                placed ? 49.98 : null,
                placed ? 36.25 : null,
                placed ? "city" : null,
                placed ? "UKR" : null,
                placed ? (k % 3 == 0 ? "focus" : "clause") : null,
                TERMS.get(k % TERMS.size()),
                k % 10 == 0 ? List.of(String.valueOf(k % 7)) : List.of(),
                k % 17 == 0,
                false));
      }
    }
  }

  Map<String, String> spark(int partitions) {
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    spark.createDataFrame(mentions, MENTIONS).createOrReplaceTempView("mentions_in");
    spark.createDataFrame(articles, ARTICLES).createOrReplaceTempView("articles_out");
    return EventMerge.decide(spark).collectAsList().stream()
        .collect(
            Collectors.toMap(r -> r.<String>getAs("id"), Row::toString, (x, y) -> x, TreeMap::new));
  }

  /** The same reports through one OrderedMerge, in resolve order, one source key at a time. */
  Map<String, String> direct() {
    spark.createDataFrame(mentions, MENTIONS).createOrReplaceTempView("mentions_in");
    spark.createDataFrame(articles, ARTICLES).createOrReplaceTempView("articles_out");
    List<Row> rows = new ArrayList<>(spark.sql(EventMerge.INPUT).collectAsList());
    rows.sort(
        Comparator.comparing((Row r) -> r.<String>getAs("source_key"))
            .thenComparing(r -> r.<LocalDate>getAs("published_date"))
            .thenComparing(r -> r.<String>getAs("article_path"))
            .thenComparing(r -> r.<Long>getAs("article_offset"))
            .thenComparing(r -> r.<String>getAs("article_id"))
            .thenComparing(r -> r.<Integer>getAs("idx")));
    Map<String, String> out = new TreeMap<>();
    OrderedMerge merge = OrderedMerge.standard();
    String key = null;
    List<OrderedMerge.Decision> all = new ArrayList<>();
    for (Row r : rows) {
      if (key != null && !key.equals(r.getAs("source_key"))) {
        all.addAll(merge.finish());
      }
      key = r.getAs("source_key");
      Mention m = EventMerge.mention(r);
      merge.add(m, !r.<Boolean>getAs("negated") && !r.<Boolean>getAs("hypothetical"));
    }
    all.addAll(merge.finish());
    for (OrderedMerge.Decision d : all) {
      out.put(
          d.mentionId(),
          RowFactory.create(
                  d.mentionId(),
                  d.mergedId(),
                  d.matchedId().orElse(null),
                  d.score().isPresent() ? d.score().getAsDouble() : null,
                  d.evidence(),
                  d.method(),
                  d.representative())
              .toString());
    }
    return out;
  }

  @Test
  void decidesAsOneOrderedMergeWhateverThePartitions() {
    makeCorpus();
    Map<String, String> expected = direct();
    Map<String, String> four = spark(4);
    Map<String, String> one = spark(1);
    assertThat(four).hasSize(180).isEqualTo(expected);
    assertThat(one).isEqualTo(expected);
    List<Row> decisions = EventMerge.decide(spark).collectAsList();
    long merged = decisions.stream().filter(r -> r.getAs("merge_method").equals("merged")).count();
    long events = decisions.stream().map(r -> r.<String>getAs("merged_id")).distinct().count();
    long representatives =
        decisions.stream().filter(r -> r.<Boolean>getAs("representative")).count();
    System.out.println("merged " + merged + " of 180 into " + events + " events");
    // the corpus is not trivial: many merges, many events, one representative each
    assertThat(merged).isGreaterThan(30);
    assertThat(events).isGreaterThan(30);
    assertThat(representatives).isEqualTo(events);
    assertThat(decisions).anyMatch(r -> r.getAs("merge_method").equals("unasserted"));
    // reports with other codes and other actors of one country merged
    Map<String, Row> byId =
        decisions.stream().collect(Collectors.toMap(r -> r.<String>getAs("id"), r -> r));
    assertThat(mentions)
        .anyMatch(
            m -> {
              Row d = byId.get(m.<String>getAs(0));
              Row founder =
                  mentions.stream()
                      .filter(x -> x.getAs(0).equals(d.getAs("merged_id")))
                      .findFirst()
                      .orElseThrow();
              return !m.getAs(12).equals(founder.getAs(12)) && !m.getAs(6).equals(founder.getAs(6));
            });
  }
}
