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

/**
 * {@code annals watch} with the real models: items of two watched feeds are coded, their reports of
 * one event merge, they form a story, and a later item joins that story.
 */
class WatchIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String[] WIRE = {
    "https://wire.example/treaty",
    "Russia ratifies treaty with Venezuela",
    "Russia's parliament ratified a strategic partnership treaty with Venezuela on Wednesday."
        + " The treaty covers military and energy cooperation, officials in Moscow said.",
    "Fri, 14 Mar 2025 09:00:00 GMT"
  };
  static final String[] DAILY = {
    "https://daily.example/duma-vote",
    "Duma backs Venezuela pact",
    "The Russian parliament on Wednesday ratified the strategic partnership treaty with"
        + " Venezuela, which covers military and energy cooperation.",
    "2025-03-15T08:00:00Z"
  };
  static final String[] LATER = {
    "https://wire.example/treaty-reaction",
    "Venezuela welcomes treaty",
    "Venezuela welcomed the strategic partnership treaty that Russia's parliament ratified on"
        + " Wednesday, saying the military and energy cooperation would begin soon.",
    "Sat, 15 Mar 2025 10:00:00 GMT"
  };

  @TempDir Path tmp;

  @Test
  void watchedItemsAreCodedMergedAndFormAStory() throws Exception {
    try (WatchCliTest.Feeds feeds = new WatchCliTest.Feeds()) {
      feeds.docs.put("/wire.rss", new String[] {WatchCliTest.rss("Example Wire", WIRE), "\"w1\""});
      feeds.docs.put(
          "/daily.atom", new String[] {WatchCliTest.atom("Other Daily", DAILY), "\"d1\""});
      Path list = tmp.resolve("feeds.txt");
      Files.writeString(
          list,
          feeds.url("/wire.rss") + "\n" + feeds.url("/daily.atom") + "\n",
          StandardCharsets.UTF_8);
      String data = tmp.resolve("data").toString();

      CliTest.Run first = CliTest.run("watch", "--once", "--data", data, list.toString());
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out())
          .contains("round 1: 2 feeds polled, 0 not modified, 0 failed; 2 new items");
      assertThat(first.out()).containsPattern("; [1-9]\\d* events? coded; 1 story touched");

      List<JsonNode> events = events(data);
      JsonNode treaty =
          events.stream()
              .filter(e -> e.at("/cameo/code").asText().equals("057"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no treaty event in " + events));
      assertThat(treaty.at("/counts/articles").asInt()).isEqualTo(2);
      assertThat(treaty.at("/counts/sources").asInt()).isEqualTo(2);

      // a later item joins the story; the items already coded are not fetched again
      feeds.docs.put(
          "/wire.rss", new String[] {WatchCliTest.rss("Example Wire", LATER, WIRE), "\"w2\""});
      CliTest.Run second = CliTest.run("watch", "--once", "--data", data, list.toString());
      assertThat(second.code()).as(second.err()).isZero();
      assertThat(second.out())
          .contains("round 1: 2 feeds polled, 1 not modified, 0 failed; 1 new item (added 1,")
          .contains("1 story touched");
      CliTest.Run stories = CliTest.run("stories", "--data", data);
      assertThat(stories.out()).contains("st_1").doesNotContain("st_2");
      CliTest.Run story = CliTest.run("story", "--data", data, "st_1");
      assertThat(story.out()).contains("Venezuela welcomes treaty").contains("Duma backs");
    }
  }

  private static List<JsonNode> events(String data) throws Exception {
    CliTest.Run r = CliTest.run("events", "--data", data, "--format", "jsonl");
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }
}
