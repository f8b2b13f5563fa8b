package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals search} over articles ingested without CoreNLP (events: annals-search tests). */
class SearchCliTest {
  @TempDir Path tmp;
  Path data;

  @BeforeEach
  void ingest() throws IOException {
    data = tmp.resolve("data");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("feed.jsonl"),
        "{\"url\":\"https://example.org/a\",\"title\":\"Talks resume in Geneva\","
            + "\"published\":\"2023-05-01\",\"outlet\":\"Example Wire\",\"text\":\"Diplomats"
            + " from both countries resumed talks in Geneva on Monday, a spokesman said.\"}\n"
            + "{\"url\":\"https://example.org/b\",\"title\":\"Ceasefire agreed\","
            + "\"published\":\"2023-05-02\",\"outlet\":\"Example Wire\",\"text\":\"The two"
            + " sides agreed to a ceasefire on Tuesday.\"}\n",
        StandardCharsets.UTF_8);
    CliTest.Run r =
        CliTest.run(
            "ingest", "--no-annotate", "--no-progress", "--data", data.toString(), in.toString());
    assertThat(r.code()).isZero();
  }

  private CliTest.Run search(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "search";
    all[1] = "--data";
    all[2] = data.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliTest.run(all);
  }

  @Test
  void findsOtherFormsOfAWordAndMarksThem() {
    CliTest.Run first = search("resumes", "Geneva");
    assertThat(first.code()).isZero();
    assertThat(first.err()).startsWith("indexed 2 article(s), 0 event(s), 0 actor(s) in ");
    assertThat(first.out())
        .contains("article  2023-05-01  a_")
        .contains("Talks resume in Geneva")
        .contains("[resumed] talks in [Geneva]")
        .contains("1 hit(s); by type 1 article, 0 events, 0 actors; showing 1-1");
    CliTest.Run again = search("ceasefire");
    assertThat(again.err()).as("nothing new to index").isEmpty();
    assertThat(again.out()).contains("Ceasefire agreed");
  }

  @Test
  void jsonHasTotalsAndHighlightOffsets() throws IOException {
    CliTest.Run r = search("--json", "--limit", "5", "geneva");
    assertThat(r.code()).isZero();
    JsonNode j = Render.JSON.readTree(r.out());
    assertThat(j.get("total").asLong()).isEqualTo(1);
    assertThat(j.get("totals").get("article").asLong()).isEqualTo(1);
    assertThat(j.get("limit").asInt()).isEqualTo(5);
    JsonNode hit = j.get("hits").get(0);
    assertThat(hit.get("type").asText()).isEqualTo("article");
    assertThat(hit.get("date").asText()).isEqualTo("2023-05-01");
    String text = hit.get("snippet").get("text").asText();
    JsonNode span = hit.get("snippet").get("highlights").get(0);
    assertThat(text.substring(span.get(0).asInt(), span.get(1).asInt())).isEqualTo("Geneva");
  }

  @Test
  void typesFilterAndBadInputIsAUsageError() {
    CliTest.Run events = search("--type", "event", "geneva");
    assertThat(events.code()).isZero();
    assertThat(events.out()).contains("0 hit(s); by type 1 article, 0 events, 0 actors");
    CliTest.Run badType = search("--type", "story", "geneva");
    assertThat(badType.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badType.err()).contains("use one of [article, event, actor]");
    CliTest.Run badQuery = search("geneva AND");
    assertThat(badQuery.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badQuery.err())
        .startsWith("annals search: cannot parse the search query: the query ends too early")
        .contains("double quotes")
        .contains("\n  geneva AND\n            ^\n");
    CliTest.Run badLimit = search("--limit", "0", "geneva");
    assertThat(badLimit.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badLimit.err()).contains("limit must be 1..1000, got 0");
  }
}
