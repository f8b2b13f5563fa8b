package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annals.store.export.EventTable;
import org.annals.store.export.Gdelt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals export} end to end: two articles (the second a copy of the first from another
 * outlet) ingested with the real models and resolved, then exported in each format.
 */
class ExportIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT =
      "The United States imposed new sanctions on Venezuela on Friday. Russia did not attack"
          + " Ukraine. Caracas was criticized by Washington.";

  @TempDir static Path tmp;
  static String data;

  @BeforeAll
  static void ingest() throws Exception {
    Path file = tmp.resolve("news.jsonl");
    Files.writeString(
        file,
        article("https://www.example.org/news/sanctions", "2025-03-14", "Example Wire")
            + article("https://other.example.net/world/venezuela", "2025-03-15", "Other Daily"),
        StandardCharsets.UTF_8);
    data = tmp.resolve("data").toString();
    CliTest.Run ingest = CliTest.run("ingest", "--data", data, "--no-progress", file.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
  }

  private static String article(String url, String published, String outlet) {
    return "{\"url\": \""
        + url
        + "\", \"title\": \"New sanctions\", \"published\": \""
        + published
        + "\", \"outlet\": \""
        + outlet
        + "\", \"text\": \""
        + TEXT
        + "\"}\n";
  }

  @Test
  void csvHasOneRowPerRealEventAndOnePerMention() throws Exception {
    CliTest.Run events = CliTest.run("events", "--data", data, "--format", "jsonl");
    int real = lines(events.out()).size();
    assertThat(real).isEqualTo(2); // the sanctions and the criticism, each reported twice

    CliTest.Run r = CliTest.run("export", "--data", data, "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    String[] rows = r.out().split("\r\n");
    assertThat(rows).hasSize(1 + real);
    assertThat(rows[0]).isEqualTo(String.join(",", EventTable.names(EventTable.EVENTS)));

    Path out = tmp.resolve("csv");
    CliTest.Run files =
        CliTest.run("export", "--data", data, "--format", "csv", "--out", out.toString());
    assertThat(files.code()).as(files.err()).isZero();
    assertThat(files.err()).contains("wrote 2 event(s)").contains("wrote 4 mention(s)");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement();
        ResultSet q =
            s.executeQuery(
                "SELECT date_start, date_precision, mentions, articles, sources, outlets,"
                    + " first_url, sentence FROM read_csv('"
                    + out.resolve("events.csv")
                    + "', header = true) WHERE cameo_root = '16'")) {
      assertThat(q.next()).isTrue();
      assertThat(q.getString("date_start")).isEqualTo("2025-03-14");
      assertThat(q.getString("date_precision")).isEqualTo("day");
      assertThat(q.getInt("mentions")).isEqualTo(2);
      assertThat(q.getInt("articles")).isEqualTo(2);
      assertThat(q.getInt("sources")).isEqualTo(1); // the copy is no independent source
      assertThat(q.getString("first_url")).isEqualTo("https://www.example.org/news/sanctions");
      assertThat(q.getString("sentence")).startsWith("The United States imposed");
      assertThat(q.next()).isFalse();
    }
  }

  @Test
  void gdeltTablesHaveGdeltsColumnsAndLinkUp() throws Exception {
    Path out = tmp.resolve("gdelt");
    CliTest.Run r =
        CliTest.run("export", "--data", data, "--format", "gdelt", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<List<String>> events = tsv(out.resolve("events.tsv"));
    List<List<String>> mentions = tsv(out.resolve("mentions.tsv"));
    assertThat(events).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(61));
    assertThat(mentions).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(16));
    List<String> sanctions =
        events.stream().filter(e -> col(e, "EventRootCode").equals("16")).findFirst().get();
    assertThat(col(sanctions, "Day")).isEqualTo("20250314");
    assertThat(col(sanctions, "Actor1Code")).isEqualTo("USA");
    assertThat(col(sanctions, "Actor1Name")).isEqualTo("UNITED STATES");
    assertThat(col(sanctions, "Actor2Code")).isEqualTo("VEN");
    assertThat(col(sanctions, "QuadClass")).isEqualTo("4");
    assertThat(col(sanctions, "NumMentions")).isEqualTo("2");
    assertThat(col(sanctions, "NumArticles")).isEqualTo("2");
    assertThat(col(sanctions, "IsRootEvent")).isEqualTo("1");
    assertThat(col(sanctions, "DATEADDED")).isEqualTo("20250314000000");
    assertThat(col(sanctions, "SOURCEURL")).isEqualTo("https://www.example.org/news/sanctions");
    // the criticism is undated: Day is its first report's publication date by default
    List<String> criticism =
        events.stream().filter(e -> col(e, "EventRootCode").equals("11")).findFirst().get();
    assertThat(col(criticism, "Day")).isEqualTo("20250314");
    for (List<String> m : mentions) {
      assertThat(events).anySatisfy(e -> assertThat(e.get(0)).isEqualTo(m.get(0)));
      assertThat(m.get(3)).isEqualTo("1"); // web
    }
    assertThat(mentions).extracting(m -> m.get(4)).containsOnly("example.org", "other.example.net");

    CliTest.Run skip =
        CliTest.run("export", "--data", data, "--format", "gdelt", "--undated", "skip");
    assertThat(skip.out().lines()).hasSize(1);
    assertThat(skip.err()).contains("1 undated event(s) left out");
    CliTest.Run header = CliTest.run("export", "--data", data, "--format", "gdelt", "--header");
    assertThat(header.out().lines().findFirst().orElseThrow())
        .isEqualTo(String.join("\t", Gdelt.EVENT_COLUMNS));
  }

  @Test
  void ploverAndParquet() throws Exception {
    CliTest.Run plover =
        CliTest.run("export", "--data", data, "--format", "plover", "--code", "16");
    assertThat(plover.code()).as(plover.err()).isZero();
    List<JsonNode> records = lines(plover.out());
    assertThat(records).hasSize(1);
    JsonNode p = records.get(0);
    assertThat(p.get("event").get(0).asText()).isEqualTo("SANCTION");
    assertThat(p.get("date").asText()).isEqualTo("2025-03-14");
    assertThat(p.at("/source/0/code").asText()).isEqualTo("USA");
    assertThat(p.at("/recipient/0/code").asText()).isEqualTo("VEN");
    assertThat(p.get("quad_code").asInt()).isEqualTo(4);
    assertThat(p.get("mentions")).hasSize(2);
    assertThat(p.at("/counts/articles").asInt()).isEqualTo(2);

    Path out = tmp.resolve("parquet");
    CliTest.Run parquet =
        CliTest.run("export", "--data", data, "--format", "parquet", "--out", out.toString());
    assertThat(parquet.code()).as(parquet.err()).isZero();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement();
        ResultSet q =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM '"
                    + out.resolve("events.parquet")
                    + "'), (SELECT count(*) FROM '"
                    + out.resolve("mentions.parquet")
                    + "')")) {
      assertThat(q.next()).isTrue();
      assertThat(q.getInt(1)).isEqualTo(2);
      assertThat(q.getInt(2)).isEqualTo(4);
    }
  }

  private static String col(List<String> row, String name) {
    return row.get(Gdelt.EVENT_COLUMNS.indexOf(name));
  }

  private static List<List<String>> tsv(Path file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      rows.add(Arrays.asList(line.split("\t", -1)));
    }
    return rows;
  }

  private static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> list = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        list.add(JSON.readTree(line));
      }
    }
    return list;
  }
}
