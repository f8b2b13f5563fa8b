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
  void serveTakesItsTokenFromTheFileTheEnvironmentOrMakesOne() throws IOException {
    java.nio.file.Path file = data.resolveSibling("token.txt");
    java.nio.file.Files.writeString(file, "file-token-0123456789\nignored\n");
    assertThat(ServeCommand.writeOptions(false, file, "env-token-0123456789").writeToken())
        .contains("file-token-0123456789");
    assertThat(ServeCommand.writeOptions(false, null, "env-token-0123456789").writeToken())
        .contains("env-token-0123456789");
    assertThat(ServeCommand.writeOptions(false, null, null).writeToken().orElseThrow()).hasSize(32);
    assertThat(ServeCommand.writeOptions(true, null, "env-token-0123456789").writeToken())
        .isEmpty();
    java.nio.file.Files.writeString(file, "short\n");
    assertThat(run("serve", "--data", data.toString(), "--token-file", file.toString()).err())
        .contains("token.txt: a write token needs at least 16 characters");
    Run missing =
        run("serve", "--data", data.toString(), "--token-file", data.resolve("none").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read the token file");
    assertThat(run("serve", "--read-only", "--token-file", file.toString()).err())
        .contains("contradict");
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

  /** A made-up two-document release in the ECB+ layout (not ECB+ data). */
  private Path ecbRelease() throws IOException {
    Path release = tmp.resolve("ecbplus");
    Path topic = release.resolve("ECB+").resolve("1");
    Files.createDirectories(topic);
    String doc =
        """
        <Document doc_name="1_NNecb.xml">
        <token t_id="1" sentence="0" number="0">Vale</token>
        <token t_id="2" sentence="0" number="1">entered</token>
        <token t_id="3" sentence="0" number="2">rehab</token>
        <token t_id="4" sentence="0" number="3">.</token>
        <token t_id="5" sentence="1" number="0">Police</token>
        <token t_id="6" sentence="1" number="1">said</token>
        <token t_id="7" sentence="1" number="2">so</token>
        <Markables>
        <ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
        <ACTION_REPORTING m_id="2"><token_anchor t_id="6"/></ACTION_REPORTING>
        <ACTION_OCCURRENCE m_id="9" TAG_DESCRIPTOR="t1_enter" instance_id="ACT1"/>
        </Markables>
        <Relations>
        <CROSS_DOC_COREF r_id="1"><source m_id="1"/><target m_id="9"/></CROSS_DOC_COREF>
        </Relations>
        </Document>
        """;
    Files.writeString(topic.resolve("1_1ecb.xml"), doc.replace("NN", "1"), StandardCharsets.UTF_8);
    Files.writeString(topic.resolve("1_2ecb.xml"), doc.replace("NN", "2"), StandardCharsets.UTF_8);
    Files.writeString(
        release.resolve("ECBplus_coreference_sentences.csv"),
        "Topic,File,Sentence Number\n1,1ecb,0\n1,1ecb,1\n1,2ecb,0\n",
        StandardCharsets.UTF_8);
    return release;
  }

  @Test
  void evalCorefRunsEndToEndWithTheSingletonSystem() throws IOException {
    Path release = ecbRelease();
    Run r =
        run(
            "eval",
            "coref",
            "--gold",
            release.toString(),
            "--system",
            "singletons",
            "--lemmas",
            "lowercase");
    assertThat(r.code()).as(r.err()).isZero();
    // 3 mentions in the listed sentences: entered (twice, one cluster) and the first "said"
    assertThat(r.out()).contains("3 event mentions").contains("baseline: same head lemma");
    String last = r.out().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).matches("conll F1=0\\.\\d{3}");

    Run all =
        run(
            "eval",
            "coref",
            "--gold",
            release.toString(),
            "--system",
            "singletons",
            "--lemmas",
            "lowercase",
            "--all-sentences",
            "--format",
            "json");
    assertThat(all.code()).as(all.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(all.out());
    assertThat(json.get("evaluation").asText()).isEqualTo("coref");
    assertThat(json.get("corpus").get("mentions").asInt()).isEqualTo(4);
    assertThat(json.get("gold_mentions")).hasSize(3);

    Run text =
        run(
            "eval",
            "coref",
            "--gold",
            release.toString(),
            "--system",
            "singletons",
            "--lemmas",
            "lowercase",
            "--format",
            "text",
            "--limit",
            "1");
    assertThat(text.code()).isZero();
    assertThat(text.out()).startsWith("Event coreference on ECB+: 1 topics, 2 documents");
  }

  @Test
  void evalCorefUsageErrors() throws IOException {
    Run missing = run("eval", "coref", "--gold", tmp.resolve("nothing").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no ECB+ release at").contains("--gold DIR");

    Path release = ecbRelease();
    Run topics = run("eval", "coref", "--gold", release.toString(), "--topics", "36-45");
    assertThat(topics.code()).isEqualTo(2);
    assertThat(topics.err()).contains("--topics 36-45 names no topic of the corpus");
    Run bad = run("eval", "coref", "--gold", release.toString(), "--topics", "x");
    assertThat(bad.code()).isEqualTo(2);

    Files.writeString(
        release.resolve("ECB+/1/1_2ecb.xml"),
        "<Document><token t_id=\"1\" sentence=\"0\">a</token><Markables>"
            + "<ACTION_OCCURRENCE m_id=\"1\"><token_anchor t_id=\"7\"/></ACTION_OCCURRENCE>"
            + "</Markables></Document>",
        StandardCharsets.UTF_8);
    Run malformed = run("eval", "coref", "--gold", release.toString(), "--lemmas", "lowercase");
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.err())
        .contains("1_2ecb.xml:1: markable m_id 1 (ACTION_OCCURRENCE) anchors to t_id 7");

    Files.delete(release.resolve("ECBplus_coreference_sentences.csv"));
    Run noList = run("eval", "coref", "--gold", release.toString(), "--lemmas", "lowercase");
    assertThat(noList.code()).isEqualTo(2);
    assertThat(noList.err()).contains("pass --all-sentences");
  }
}
