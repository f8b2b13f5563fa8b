package org.annals.resolve.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryPassTest {
  static final LocalDate D = LocalDate.of(2025, 10, 1);

  static StoryClusterer.Doc doc(String id, int day, String text) {
    return StoryClustererTest.doc(id, D.plusDays(day), text);
  }

  @Test
  void articlesOnOneSubjectShareAStoryNumberedInTheOrderStoriesStart() {
    StoryPass pass = StoryPass.standard();
    StoryPass.Placed a =
        pass.add(
            doc("a1", 0, "Freedonia Sylvania treaty parliament ratify defence treaty"),
            Optional.empty(),
            false);
    StoryPass.Placed b =
        pass.add(
            doc("a2", 1, "Ruritania election vote count opposition protest"),
            Optional.empty(),
            false);
    StoryPass.Placed c =
        pass.add(
            doc("a3", 2, "Sylvania Freedonia treaty ratify warships ports treaty"),
            Optional.empty(),
            false);
    assertEquals(Optional.of("st_1"), a.storyId());
    assertTrue(a.started());
    assertEquals(1.0, a.similarity().orElseThrow());
    assertEquals(Optional.of("st_2"), b.storyId());
    assertEquals(Optional.of("st_1"), c.storyId());
    assertTrue(c.similarity().orElseThrow() >= 0.25 && c.similarity().orElseThrow() < 1);
    List<StoryClusterer.Story> stories = pass.stories();
    assertEquals(2, stories.size());
    assertEquals(2, stories.get(0).articles());
    assertEquals(Optional.of(D.plusDays(2)), stories.get(0).last());
    assertEquals(3, pass.articles());
  }

  @Test
  void aCopyFollowsItsOriginalsStoryEvenWhenItsWordsWouldNot() {
    StoryPass pass = StoryPass.standard();
    pass.add(doc("a1", 0, "Freedonia Sylvania treaty ratify"), Optional.empty(), true);
    pass.add(doc("a2", 0, "Ruritania election vote count"), Optional.empty(), false);
    // the words of the election, but a copy of the treaty article
    StoryPass.Placed copy =
        pass.add(doc("a3", 1, "Ruritania election vote count"), Optional.of("a1"), false);
    assertEquals(Optional.of("st_1"), copy.storyId());
    // an original not remembered is not followed
    StoryPass.Placed other =
        pass.add(doc("a4", 1, "Freedonia Sylvania treaty ratify"), Optional.of("a2"), false);
    assertEquals(Optional.of("st_1"), other.storyId());
  }

  @Test
  void anArticleWithoutTermsHasNoStoryButCounts() {
    StoryPass pass = StoryPass.standard();
    StoryPass.Placed empty =
        pass.add(
            new StoryClusterer.Doc("a0", Optional.of(D), Map.of(), Map.of()),
            Optional.empty(),
            true);
    assertTrue(empty.storyId().isEmpty());
    assertTrue(empty.similarity().isEmpty());
    pass.add(doc("a1", 0, "Freedonia treaty"), Optional.empty(), false);
    assertEquals(2, pass.articles());
    assertEquals(2, pass.terms());
  }

  @Test
  void theSameArticlesInTheSameOrderGetTheSameStories() {
    StoryPass one = StoryPass.standard();
    StoryPass two = StoryPass.standard();
    for (StoryPass p : List.of(one, two)) {
      p.add(doc("a1", 0, "Freedonia Sylvania treaty ratify"), Optional.empty(), false);
      p.add(doc("a2", 0, "Freedonia election vote count"), Optional.empty(), false);
    }
    StoryPass.Placed x =
        one.add(doc("a3", 1, "Freedonia Sylvania treaty signed"), Optional.empty(), false);
    StoryPass.Placed y =
        two.add(doc("a3", 1, "Freedonia Sylvania treaty signed"), Optional.empty(), false);
    assertEquals(x, y);
    assertEquals(Optional.of("st_1"), x.storyId());
  }
}
