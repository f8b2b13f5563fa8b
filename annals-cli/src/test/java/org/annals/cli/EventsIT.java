package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals code}, ingest with coding, and {@code annals events}, with the real models. */
class EventsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE =
      "{\"url\": \"https://example.org/news/sanctions\", \"title\": \"New sanctions\","
          + " \"published\": \"2025-03-14\", \"outlet\": \"Example Wire\", \"text\":"
          + " \"The United States imposed new sanctions on Venezuela on Friday. Russia did not"
          + " attack Ukraine. Caracas was criticized by Washington.\"}\n";

  @TempDir Path tmp;

  @Test
  void codePrintsEventRecordsWithEvidence() throws Exception {
    Path file = tmp.resolve("news.jsonl");
    Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("code", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> events = lines(r.out());
    assertThat(events).hasSize(2);
    JsonNode first = events.get(0);
    assertThat(first.get("id").asText()).startsWith("ev_");
    assertThat(first.get("codebook").asText()).isEqualTo("cameo-1.1b3");
    assertThat(first.at("/source/code").asText()).isEqualTo("USA");
    assertThat(first.at("/target/code").asText()).isEqualTo("VEN");
    assertThat(first.at("/cameo/code").asText()).startsWith("16");
    assertThat(first.at("/cameo/quad_class").asInt()).isEqualTo(4);
    assertThat(first.at("/plover/event").asText()).isEqualTo("SANCTION");
    // "on Friday" in a Friday article: that day
    assertThat(first.at("/date/precision").asText()).isEqualTo("day");
    assertThat(first.at("/date/start").asText()).isEqualTo("2025-03-14");
    assertThat(first.at("/date/end").asText()).isEqualTo("2025-03-14");
    assertThat(first.at("/date/evidence/text").asText()).isEqualTo("Friday");
    assertThat(first.at("/date/upper_bound").asText()).isEqualTo("2025-03-14");
    // "Caracas was criticized by Washington." gives no date: the publication date bounds it
    assertThat(events.get(1).at("/date/precision").asText()).isEqualTo("unknown");
    assertThat(events.get(1).at("/date/start").isNull()).isTrue();
    assertThat(events.get(1).at("/date/upper_bound").asText()).isEqualTo("2025-03-14");
    JsonNode m = first.at("/mentions/0");
    assertThat(m.get("url").asText()).isEqualTo("https://example.org/news/sanctions");
    assertThat(m.get("outlet").asText()).isEqualTo("Example Wire");
    assertThat(m.get("sentence").asText()).startsWith("The United States imposed");
    assertThat(m.at("/trigger/text").asText()).isEqualTo("imposed");
    assertThat(events.get(1).at("/source/code").asText()).isEqualTo("USAGOV");
    assertThat(r.err()).contains("coded 1 article(s)");

    CliTest.Run all = CliTest.run("code", "--all", file.toString());
    assertThat(lines(all.out()))
        .anySatisfy(e -> assertThat(e.at("/flags/negated").asBoolean()).isTrue());
  }

  @Test
  void eventsNearAPlace() throws Exception {
    Path file = tmp.resolve("sea.jsonl");
    Files.writeString(
        file,
        "{\"url\": \"https://example.org/news/sea\", \"title\": \"At sea\","
            + " \"published\": \"2025-10-10\", \"text\": \"The United States attacked a"
            + " Venezuelan vessel in the Caribbean Sea on Tuesday. Maduro, speaking in Caracas on"
            + " Friday, accused the United States of piracy.\"}\n",
        StandardCharsets.UTF_8);
    String data = tmp.resolve("data").toString();
    CliTest.Run ingest = CliTest.run("ingest", "--data", data, "--no-progress", file.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();

    CliTest.Run caracas =
        CliTest.run("events", "--data", data, "--near", "Caracas", "--format", "jsonl");
    assertThat(caracas.code()).as(caracas.err()).isZero();
    assertThat(caracas.err()).contains("near Caracas");
    List<JsonNode> near = lines(caracas.out());
    assertThat(near).hasSize(1);
    assertThat(near.get(0).at("/cameo/code").asText()).startsWith("11");
    assertThat(near.get(0).at("/location/name").asText()).isEqualTo("Caracas");
    assertThat(near.get(0).at("/location/basis").asText()).isEqualTo("clause");

    // the attack at sea is ~1,000 km away; a wide radius or the sea itself finds it
    CliTest.Run wide =
        CliTest.run("events", "--data", data, "--near", "10.5,-66.9", "--radius", "2000");
    assertThat(wide.out().lines().count()).isEqualTo(3); // header + both
    CliTest.Run sea =
        CliTest.run(
            "events",
            "--data",
            data,
            "--near",
            "Caribbean Sea",
            "--radius",
            "300",
            "--format",
            "jsonl");
    List<JsonNode> atSea = lines(sea.out());
    assertThat(atSea).hasSize(1);
    assertThat(atSea.get(0).at("/location/precision").asText()).isEqualTo("water");
    assertThat(atSea.get(0).at("/location/country").isNull()).isTrue();

    CliTest.Run nowhere = CliTest.run("events", "--data", data, "--near", "Xqzzyville");
    assertThat(nowhere.code()).isEqualTo(2);
    assertThat(nowhere.err()).contains("gazetteer lookup");
  }

  @Test
  void ingestStoresEventsThatEventsQueries() throws Exception {
    Path file = tmp.resolve("news.jsonl");
    Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
    String data = tmp.resolve("data").toString();
    CliTest.Run ingest = CliTest.run("ingest", "--data", data, "--no-progress", file.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();

    CliTest.Run dyad = CliTest.run("events", "--data", data, "--dyad", "USA", "VEN");
    assertThat(dyad.code()).as(dyad.err()).isZero();
    assertThat(dyad.out()).contains("USA").contains("VEN").contains("imposed new sanctions");
    assertThat(dyad.out().lines().count()).isEqualTo(3); // header + USA→VEN + USAGOV→VENGOV

    CliTest.Run jsonl = CliTest.run("events", "--data", data, "--code", "16", "--format", "jsonl");
    List<JsonNode> events = lines(jsonl.out());
    assertThat(events).hasSize(1);
    JsonNode m = events.get(0).at("/mentions/0");
    // the JSONL text field is the raw text here, and cleaning changed nothing in it
    int rs = m.get("raw_start").asInt();
    int re = m.get("raw_end").asInt();
    assertThat(re - rs).isEqualTo(m.get("sentence").asText().length());

    assertThat(CliTest.run("events", "--data", data, "--actor", "UKR").out()).doesNotContain("UKR");
    assertThat(CliTest.run("events", "--data", data, "--actor", "UKR", "--all").out())
        .contains("[negated]");
    assertThat(CliTest.run("events", "--data", data, "--code", "x1").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliTest.run("events", "--data", data, "--min-confidence", "2").code())
        .isEqualTo(ExitCodes.USAGE);
    // the sanctions event names both actors (1.0); "Caracas … by Washington" is a metonym (0.81)
    assertThat(CliTest.run("events", "--data", data).out().lines()).hasSize(3);
    assertThat(CliTest.run("events", "--data", data, "--min-confidence", "0.95").out().lines())
        .hasSize(2);
    // --from/--to: the sanctions by their own day, the criticism by its publication date
    assertThat(
            CliTest.run("events", "--data", data, "--from", "2025-03-14", "--to", "2025-03-14")
                .out()
                .lines())
        .hasSize(3);
    assertThat(CliTest.run("events", "--data", data, "--to", "2025-03-13").out().lines())
        .hasSize(1);
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
