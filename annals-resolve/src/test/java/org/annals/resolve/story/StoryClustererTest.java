package org.annals.resolve.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  private final StoryClusterer clusterer = StoryClusterer.standard();

  static StoryClusterer.Doc doc(String id, LocalDate date, String text) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (String w : text.split(" ")) {
      String key =
          Character.isUpperCase(w.charAt(0)) ? "@" + w.toLowerCase(java.util.Locale.ROOT) : w;
      counts.merge(key, 1, Integer::sum);
      labels.put(key, w);
    }
    return new StoryClusterer.Doc(id, Optional.ofNullable(date), counts, labels);
  }

  /** Runs articles through the clusterer as the store would, returning each one's story id. */
  List<String> run(List<StoryClusterer.Doc> docs) {
    List<StoryClusterer.Story> stories = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (StoryClusterer.Doc d : docs) {
      StoryClusterer.Assignment a = clusterer.assign(d, stories, t -> 1.0);
      if (a.storyId().isEmpty()) {
        String id = "st_" + (stories.size() + 1);
        stories.add(StoryClusterer.start(id, d, a.vector()));
        out.add(id);
      } else {
        int i = 0;
        while (!stories.get(i).id().equals(a.storyId().get())) {
          i++;
        }
        stories.set(i, StoryClusterer.add(stories.get(i), d, a.vector()));
        out.add(a.storyId().get());
      }
    }
    return out;
  }

  @Test
  void articlesOnOneSubjectFormOneStoryAndOthersTheirOwn() {
    LocalDate d = LocalDate.of(2025, 10, 1);
    List<String> ids =
        run(
            List.of(
                doc("a1", d, "Freedonia Sylvania treaty parliament ratify defence treaty"),
                doc("a2", d.plusDays(2), "Sylvania Freedonia treaty ratify warships ports treaty"),
                doc("a3", d.plusDays(3), "Ruritania election vote count opposition protest"),
                doc("a4", d.plusDays(5), "Freedonia treaty Sylvania defence warships visit")));
    assertEquals(List.of("st_1", "st_1", "st_2", "st_1"), ids);
  }

  @Test
  void theSameSubjectLongAfterIsANewStory() {
    LocalDate d = LocalDate.of(2022, 2, 16);
    List<String> ids =
        run(
            List.of(
                doc("a1", d, "Freedonia Sylvania treaty defence"),
                doc("a2", d.plusYears(3), "Freedonia Sylvania treaty defence")));
    assertEquals(List.of("st_1", "st_2"), ids);
  }

  @Test
  void titlesNameTheHeaviestEntitiesThenWords() {
    StoryClusterer.Doc d = doc("a1", null, "Freedonia Freedonia Sylvania treaty treaty ports");
    StoryClusterer.Story s = StoryClusterer.start("st_1", d, StoryClusterer.vector(d, t -> 1.0));
    assertEquals("Freedonia, Sylvania: treaty, ports", s.title());
    assertTrue(StoryClusterer.cosine(s.centroid(), s.centroid()) > 0.999);
  }
}
