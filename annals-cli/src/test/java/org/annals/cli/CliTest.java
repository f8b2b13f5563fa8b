package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.store.ArticleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end with the real store, without CoreNLP (--no-annotate). */
class CliTest {
  @TempDir Path tmp;
  Path data;
  Path in;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void corpus() throws IOException {
    data = tmp.resolve("data");
    in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("talks.txt"),
        "Talks resume in Geneva\nDiplomats from both countries resumed talks in Geneva on Monday,"
            + " a spokesman said.\nComments are closed.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("feed.jsonl"),
        "{\"url\":\"https://example.org/a\",\"title\":\"Ceasefire agreed\",\"published\":\"2023-05-02\","
            + "\"outlet\":\"Example Wire\",\"text\":\"The two sides agreed to a ceasefire on Tuesday.\"}\n"
            + "not json\n",
        StandardCharsets.UTF_8);
  }

  private String[] ingestArgs() {
    return new String[] {
      "ingest", "--no-annotate", "--no-progress", "--data", data.toString(), in.toString()
    };
  }

  @Test
  void ingestIsIdempotentAndReportsQuarantineWithExitCode3() {
    Run first = run(ingestArgs());
    assertThat(first.code()).isEqualTo(3);
    assertThat(first.out()).contains("added 2, unchanged 0, new versions 0, quarantined 1");
    assertThat(first.err()).contains("feed.jsonl: line 2").contains("malformed JSON");
    Run second = run(ingestArgs());
    assertThat(second.out()).contains("added 0, unchanged 2, new versions 0, quarantined 1");
    Run q = run("quarantine", "--data", data.toString(), "--format", "jsonl");
    assertThat(q.out().lines()).hasSize(1);
  }

  @Test
  void articlesJsonlCarriesTheContractFields() throws IOException {
    run(ingestArgs());
    Run r = run("articles", "--data", data.toString(), "--format", "jsonl");
    assertThat(r.code()).isZero();
    List<JsonNode> articles = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      articles.add(new ObjectMapper().readTree(line));
    }
    assertThat(articles).hasSize(2);
    for (JsonNode a : articles) {
      for (String field :
          List.of("id", "url", "title", "outlet", "published", "language", "text")) {
        assertThat(a.has(field)).as(field).isTrue();
      }
      assertThat(a.get("published").has("date")).isTrue();
      assertThat(a.get("published").has("evidence")).isTrue();
      assertThat(a.get("published").has("inferred")).isTrue();
    }
    JsonNode wire =
        articles.stream()
            .filter(a -> a.get("url").asText().equals("https://example.org/a"))
            .findFirst()
            .orElseThrow();
    assertThat(wire.get("outlet").asText()).isEqualTo("Example Wire");
    assertThat(wire.get("published").get("date").asText()).isEqualTo("2023-05-02");
    assertThat(wire.get("published").get("inferred").asBoolean()).isFalse();
    JsonNode txt =
        articles.stream()
            .filter(a -> a.get("url").asText().startsWith("file:"))
            .findFirst()
            .orElseThrow();
    assertThat(txt.get("title").asText()).isEqualTo("Talks resume in Geneva");
    assertThat(txt.get("text").asText()).doesNotContain("Comments are closed");
  }

  @Test
  void articleByPrefixAndNotFound() {
    run(ingestArgs());
    Run list = run("articles", "--data", data.toString(), "--format", "jsonl");
    String id =
        list.out()
            .lines()
            .findFirst()
            .orElseThrow()
            .replaceAll(".*\"id\":\"(a_[0-9a-f]+)\".*", "$1");
    Run one = run("article", "--data", data.toString(), id.substring(0, 8));
    assertThat(one.code()).isZero();
    assertThat(one.out()).contains(id);
    Run json = run("article", "--data", data.toString(), "--format", "json", id);
    assertThat(json.out()).contains("\"removed\"").contains("\"sentences\"");
    Run missing = run("article", "--data", data.toString(), "a_0000000000000000");
    assertThat(missing.code()).isEqualTo(4);
    assertThat(missing.err()).contains("no article");
  }

  @Test
  void usageErrorsAndLockedStoreHaveTheirExitCodes() {
    assertThat(run("ingest").code()).isEqualTo(2);
    assertThat(run("articles", "--bogus").code()).isEqualTo(2);
    try (ArticleStore held = ArticleStore.open(data)) {
      Run r = run("articles", "--data", data.toString());
      assertThat(r.code()).isEqualTo(5);
      assertThat(r.err()).containsAnyOf("in use", "already open");
      assertThat(held.dataDir()).isEqualTo(data);
    }
  }

  @Test
  void helpListsExitCodes() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Exit codes").contains("quarantined");
  }

  @Test
  void gazetteerImportWritesAnIndexTheLookupPrefers() throws IOException {
    Path cities = tmp.resolve("cities-test.txt");
    // GeoNames geoname table: id, name, ascii, alternates, lat, lon, class, code, country, cc2,
    // admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modified
    Files.writeString(
        cities,
        String.join(
                "\t",
                "9000001",
                "Zorbaville",
                "Zorbaville",
                "Zorba,Zorbavil",
                "10.5",
                "20.25",
                "P",
                "PPLA",
                "ZZ",
                "",
                "01",
                "",
                "",
                "",
                "12000",
                "",
                "100",
                "UTC",
                "2024-01-01")
            + "\n"
            + String.join(
                "\t",
                "9000002",
                "Paris",
                "Paris",
                "",
                "11.0",
                "21.0",
                "P",
                "PPL",
                "ZZ",
                "",
                "01",
                "",
                "",
                "",
                "500",
                "",
                "100",
                "UTC",
                "2024-01-01")
            + "\n"
            + String.join(
                "\t",
                "9000003",
                "Zorba Mountain",
                "Zorba Mountain",
                "",
                "11.0",
                "21.0",
                "T",
                "MT",
                "ZZ",
                "",
                "01",
                "",
                "",
                "",
                "0",
                "",
                "100",
                "UTC",
                "2024-01-01")
            + "\n",
        StandardCharsets.UTF_8);
    Path admin1 = tmp.resolve("admin1CodesASCII.txt");
    Files.writeString(admin1, "ZZ.01\tZorbania\tZorbania\t9000009\n", StandardCharsets.UTF_8);

    Run imp =
        run("gazetteer", "import", "--data", data.toString(), cities.toString(), admin1.toString());
    assertThat(imp.code()).as(imp.err()).isZero();
    assertThat(imp.out()).contains("2 places written").contains("instead of");
    assertThat(data.resolve("gazetteer/geonames.tsv.gz")).exists();

    Run zorba = run("gazetteer", "lookup", "--data", data.toString(), "Zorba");
    assertThat(zorba.code()).isZero();
    assertThat(zorba.out()).contains("(alternate name) Zorbaville (ZZ, Zorbania)");
    Run division = run("gazetteer", "lookup", "--data", data.toString(), "Zorbania");
    // the centroid of its two places weighted by ln(population): ln 12000 at 10.5, ln 500 at 11
    assertThat(division.out()).contains("ADMIN1").contains("10.6993,20.5483").contains("pop 12500");
    // replaced: the bundled Paris, France is gone, our own countries stay
    Run paris = run("gazetteer", "lookup", "--data", data.toString(), "Paris", "France");
    assertThat(paris.out()).contains("Paris: 1 places").doesNotContain("PPLC");
    assertThat(paris.out()).contains("[country:FR]");
    Run none = run("gazetteer", "lookup", "--data", data.toString(), "Qwxzy");
    assertThat(none.code()).isEqualTo(4);

    Run extend =
        run("gazetteer", "import", "--extend", "--data", data.toString(), cities.toString());
    assertThat(extend.code()).isZero();
    Run both = run("gazetteer", "lookup", "--data", data.toString(), "Paris");
    assertThat(both.out()).contains("PPLC").contains("Paris (ZZ");
  }

  @Test
  void evalGeoWithoutItsCorpusIsAUsageError() {
    Run r = run("eval", "geo", "--corpus", tmp.resolve("missing.xml").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no geoparsing corpus at").contains("--corpus FILE");
  }
}
