package org.annals.resolve.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Assigning through the term index decides exactly as comparing with every story in order. */
class StoryIndexTest {
  private static final StoryClusterer CLUSTERER = StoryClusterer.standard();

  @Test
  void theIndexChoosesWhatTheFullScanChooses() {
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      Map<String, StoryClusterer.Story> all = new LinkedHashMap<>();
      StoryIndex index = new StoryIndex();
      Map<String, Long> df = new HashMap<>();
      int joined = 0;
      for (int i = 0; i < 300; i++) {
        StoryClusterer.Doc doc = doc(random, "a" + i);
        long n = i + 1;
        ToDoubleFunction<String> idf =
            t -> Math.log((n + 1.0) / (df.getOrDefault(t, 0L) + 1.0)) + 1;
        StoryClusterer.Assignment scan = CLUSTERER.assign(doc, new ArrayList<>(all.values()), idf);
        StoryClusterer.Assignment indexed = CLUSTERER.assign(doc, index, idf);
        assertThat(indexed.storyId()).as("seed %d, article %d", seed, i).isEqualTo(scan.storyId());
        assertThat(indexed.similarity()).isEqualTo(scan.similarity());
        StoryClusterer.Story s =
            scan.storyId().isPresent()
                ? StoryClusterer.add(all.get(scan.storyId().get()), doc, scan.vector())
                : StoryClusterer.start("st_" + (all.size() + 1), doc, scan.vector());
        joined += scan.storyId().isPresent() ? 1 : 0;
        all.put(s.id(), s);
        index.put(s);
        doc.counts().keySet().forEach(t -> df.merge(t, 1L, Long::sum));
        if (i % 50 == 49) { // evict stories, as RESOLVE drops those out of the window
          LocalDate before = LocalDate.of(2024, 1, 1).plusDays(i / 4);
          all.values()
              .removeIf(x -> x.last().isPresent() && x.last().get().isBefore(before.minusDays(30)));
          index.removeIf(
              x -> x.last().isPresent() && x.last().get().isBefore(before.minusDays(30)));
          assertThat(index.values()).containsExactlyElementsOf(all.values());
        }
      }
      // both happen often: joining a story and starting one
      assertThat(joined).as("articles that joined a story, seed %d", seed).isBetween(50, 290);
    }
  }

  @Test
  void replacingAStoryKeepsItsPlaceAndReindexesItsTerms() {
    StoryClusterer.Story a = story("st_1", Map.of("oil", 1.0));
    StoryClusterer.Story b = story("st_2", Map.of("gas", 1.0));
    StoryIndex index = new StoryIndex();
    index.put(a);
    index.put(b);
    index.put(story("st_1", Map.of("gas", 0.6, "coal", 0.8)));
    assertThat(index.values()).extracting(StoryClusterer.Story::id).containsExactly("st_1", "st_2");
    assertThat(index.sharingAny(java.util.Set.of("oil"))).isEmpty();
    assertThat(index.sharingAny(java.util.Set.of("gas")))
        .extracting(StoryClusterer.Story::id)
        .containsExactly("st_1", "st_2");
    index.removeIf(s -> s.id().equals("st_1"));
    assertThat(index.sharingAny(java.util.Set.of("coal"))).isEmpty();
    assertThat(index.size()).isEqualTo(1);
  }

  private static StoryClusterer.Story story(String id, Map<String, Double> centroid) {
    return new StoryClusterer.Story(id, centroid, Map.of(), 1, Optional.empty(), Optional.empty());
  }

  /** A few topics of overlapping words, and some noise, over about 75 days. */
  private static StoryClusterer.Doc doc(Random random, String id) {
    Map<String, Integer> counts = new HashMap<>();
    int topic = random.nextInt(40);
    for (int k = 0; k < 8; k++) {
      counts.merge("t" + topic + "w" + random.nextInt(10), 1 + random.nextInt(3), Integer::sum);
    }
    for (int k = 0; k < 4; k++) {
      counts.merge("common" + random.nextInt(30), 1, Integer::sum);
    }
    if (random.nextInt(10) == 0) {
      counts.merge("@ent" + random.nextInt(5), 1, Integer::sum);
    }
    Optional<LocalDate> date =
        random.nextInt(20) == 0
            ? Optional.empty()
            : Optional.of(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(75)));
    return new StoryClusterer.Doc(id, date, counts, Map.of());
  }
}
