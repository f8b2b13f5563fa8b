package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real event, many reports, with the real models and store: three articles (two outlets and a
 * syndicated copy) reporting one ratification, strikes in two seas, and another ratification months
 * earlier.
 */
class MergingIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String WIRE =
      "Russia's parliament ratified a strategic partnership treaty with Venezuela on Wednesday."
          + " The treaty covers military and energy cooperation. In a separate incident, the"
          + " United States attacked a Venezuelan boat in the Caribbean Sea on Tuesday, killing"
          + " three people.";

  private static final String ARTICLES =
      line("https://wire.example/treaty", "Example Wire", "2025-03-14", WIRE)
          + line(
              "https://daily.example/duma-vote",
              "Other Daily",
              "2025-03-15",
              "The Russian parliament on Wednesday ratified the strategic partnership treaty with"
                  + " Venezuela, which covers military cooperation. Separately, the United States"
                  + " attacked a Venezuelan boat in the Pacific Ocean on Tuesday, killing five"
                  + " people. Russia ratified an energy agreement with Venezuela in January.")
          + line("https://third.example/syndicated/treaty", "Third Site", "2025-03-14", WIRE);

  private static String line(String url, String outlet, String published, String text) {
    return "{\"url\": \""
        + url
        + "\", \"title\": \"t\", \"published\": \""
        + published
        + "\", \"outlet\": \""
        + outlet
        + "\", \"text\": \""
        + text
        + "\"}\n";
  }

  @TempDir Path tmp;

  @Test
  void reportsOfOneEventMergeAndDistinctEventsStayApart() throws Exception {
    Path file = tmp.resolve("news.jsonl");
    Files.writeString(file, ARTICLES, StandardCharsets.UTF_8);
    String data = tmp.resolve("data").toString();
    CliTest.Run ingest = CliTest.run("ingest", "--data", data, "--no-progress", file.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(ingest.err() + ingest.out()).contains("1 near-duplicate(s)");

    List<JsonNode> events = jsonl(data);
    assertThat(events).hasSize(4);
    JsonNode treaty = find(events, "RUSLEG", "057", "2025-03-12");
    assertThat(treaty.at("/counts/mentions").asInt()).isEqualTo(3);
    assertThat(treaty.at("/counts/articles").asInt()).isEqualTo(3);
    // the syndicated copy is not an independent source
    assertThat(treaty.at("/counts/sources").asInt()).isEqualTo(2);
    Set<String> outlets = new HashSet<>();
    for (JsonNode m : treaty.get("mentions")) {
      outlets.add(m.get("outlet").asText());
      assertThat(m.at("/merge/method").asText()).isIn("founded", "merged");
    }
    assertThat(outlets).containsExactlyInAnyOrder("Example Wire", "Other Daily", "Third Site");
    int merged = 0;
    for (JsonNode m : treaty.get("mentions")) {
      if (m.at("/merge/method").asText().equals("merged")) {
        merged++;
        assertThat(m.at("/merge/evidence").asText()).contains("dyad").contains("date");
        assertThat(m.at("/merge/matched").asText()).startsWith("ev_");
      }
    }
    assertThat(merged).isEqualTo(2);

    // the same dyad and code in January is another event
    JsonNode january = find(events, "RUS", "057", "2025-01-01");
    assertThat(january.at("/counts/mentions").asInt()).isEqualTo(1);
    assertThat(january.at("/date/precision").asText()).isEqualTo("month");

    // strikes on the same day in two seas are two events; the copy's report joins its original
    JsonNode caribbean = find(events, "USA", "190", "2025-03-11", "Caribbean Sea");
    JsonNode pacific = find(events, "USA", "190", "2025-03-11", "Pacific Ocean");
    assertThat(caribbean.at("/counts/mentions").asInt()).isEqualTo(2);
    assertThat(caribbean.at("/counts/sources").asInt()).isEqualTo(1);
    assertThat(pacific.at("/counts/mentions").asInt()).isEqualTo(1);

    // a second ingest of the same input changes nothing
    CliTest.Run again = CliTest.run("ingest", "--data", data, "--no-progress", file.toString());
    assertThat(again.code()).isZero();
    assertThat(jsonl(data)).hasSize(4);

    // stories: one story of three articles, with a title
    CliTest.Run stories = CliTest.run("stories", "--data", data);
    assertThat(stories.out()).contains("st_1").contains("Venezuela");
    CliTest.Run story = CliTest.run("story", "--data", data, "st_1");
    assertThat(story.code()).isZero();
    assertThat(story.out()).contains("Timeline").contains(treaty.get("id").asText());

    // split a report out, then join it back: reversible
    String treatyId = treaty.get("id").asText();
    String other = null;
    for (JsonNode m : treaty.get("mentions")) {
      if (!m.get("event_id").asText().equals(treatyId)) {
        other = m.get("event_id").asText();
      }
    }
    CliTest.Run split = CliTest.run("event", "split", "--data", data, other);
    assertThat(split.code()).as(split.err()).isZero();
    assertThat(jsonl(data)).hasSize(5);
    assertThat(byId(jsonl(data), treatyId).at("/counts/mentions").asInt()).isEqualTo(2);
    assertThat(byId(jsonl(data), other).at("/mentions/0/merge/method").asText()).isEqualTo("split");
    CliTest.Run join = CliTest.run("event", "join", "--data", data, other, treatyId);
    assertThat(join.code()).as(join.err()).isZero();
    assertThat(jsonl(data)).hasSize(4);

    CliTest.Run show = CliTest.run("event", "--data", data, treatyId);
    assertThat(show.code()).isZero();
    assertThat(show.out()).contains("3 report(s) in 3 article(s) from 2 independent source(s)");
    assertThat(show.out()).contains("why: ");

    // QuadClass and text filters, in the store's query
    assertThat(CliTest.run("events", "--data", data, "--quad", "4").out().lines()).hasSize(3);
    assertThat(CliTest.run("events", "--data", data, "--text", "PACIFIC").out())
        .contains("Pacific")
        .doesNotContain("Caribbean");
    assertThat(CliTest.run("events", "--data", data, "--quad", "9").code())
        .isEqualTo(ExitCodes.USAGE);

    CliTest.Run missing = CliTest.run("event", "--data", data, "ev_doesnotexist");
    assertThat(missing.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(CliTest.run("event", "split", "--data", data, "ev_doesnotexist").err())
        .contains("there is no resolved report ev_doesnotexist");
  }

  private static JsonNode find(List<JsonNode> events, String source, String code, String start) {
    return find(events, source, code, start, null);
  }

  private static JsonNode find(
      List<JsonNode> events, String source, String code, String start, String place) {
    for (JsonNode e : events) {
      if (e.at("/source/code").asText().equals(source)
          && e.at("/cameo/code").asText().equals(code)
          && e.at("/date/start").asText().equals(start)
          && (place == null || e.at("/location/name").asText().equals(place))) {
        return e;
      }
    }
    throw new AssertionError(
        "no event " + source + " " + code + " " + start + " " + place + " in " + events);
  }

  private static JsonNode byId(List<JsonNode> events, String id) {
    return events.stream()
        .filter(e -> e.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + id + " in " + events));
  }

  private static List<JsonNode> jsonl(String data) throws Exception {
    CliTest.Run r = CliTest.run("events", "--data", data, "--format", "jsonl");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> list = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isBlank()) {
        list.add(JSON.readTree(line));
      }
    }
    return list;
  }
}
