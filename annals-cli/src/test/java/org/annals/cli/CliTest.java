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
}
