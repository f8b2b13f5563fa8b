package org.annals.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.resolve.merge.EventMerger;
import org.annals.resolve.story.StoryClusterer;
import org.annals.store.ArticleRecord;
import org.annals.store.ArticleStore;
import org.annals.store.ResolveRows;
import org.annals.store.StoredEvent;
import org.annals.testkit.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RESOLVE reads and stores articles in batches; the result must be what resolving and storing them
 * one at a time gives: the same copies, stories, merges, representatives and supersessions.
 */
class ResolutionBatchTest {
  @TempDir Path dir;

  @Test
  void batchesResolveAsOneArticleAtATime() {
    String one = resolveAll(dir.resolve("one"), 1);
    assertEquals(one, resolveAll(dir.resolve("seven"), 7), "batches of 7");
    assertEquals(one, resolveAll(dir.resolve("all"), Resolution.BATCH), "one batch");
    // without these, the equality above would prove little
    assertTrue(one.contains(" merged "), "some reports merge");
    assertTrue(one.contains(" founded "), "some found events");
    assertTrue(one.contains(" unasserted "), "negated reports stay apart");
    assertTrue(one.contains(" superseded "), "new versions supersede old reports");
    assertTrue(one.contains(" copy_of=a_"), "some articles are near-copies");
    assertTrue(one.lines().filter(l -> l.startsWith("story ")).count() > 3, "several stories");
  }

  /**
   * Stores 40 articles and resolves them, then 25 more and 5 new versions of the first ones, and
   * resolves again; returns everything RESOLVE decided, one line per article, mention and story.
   */
  private static String resolveAll(Path data, int batchSize) {
    List<ArticleRecord> first = StoreFixture.corpus(11, 40, "https://r.example/a");
    List<ArticleRecord> second =
        new ArrayList<>(StoreFixture.corpus(12, 25, "https://r.example/b"));
    second.addAll(StoreFixture.corpus(13, 5, "https://r.example/a")); // same URLs: new versions
    List<String> lines = new ArrayList<>();
    try (ArticleStore store = ArticleStore.open(data)) {
      Resolution resolution =
          new Resolution(store, EventMerger.standard(), StoryClusterer.standard(), batchSize);
      store.storeBatch(store.beginRun(List.of()), first, List.of());
      Resolution.Report r1 = resolution.run();
      assertEquals(List.of(), r1.failures());
      store.storeBatch(store.beginRun(List.of()), second, List.of());
      Resolution.Report r2 = resolution.run();
      assertEquals(List.of(), r2.failures());
      assertEquals(40, r1.articles());
      assertEquals(30, r2.articles());
      List<ArticleRecord> all = new ArrayList<>(first);
      all.addAll(second);
      for (ArticleRecord r : all) {
        String id = r.article().id().value();
        ResolveRows.ArticleFeatures f = store.articleFeatures(id).orElseThrow();
        lines.add(
            "article "
                + id
                + " copy_of="
                + f.copyOf().orElse("-")
                + " "
                + f.copySimilarity()
                + " group="
                + f.copyGroup()
                + " story="
                + f.storyId().orElse("-")
                + " "
                + f.storySimilarity()
                + " terms="
                + f.terms().size());
        for (StoredEvent e : store.eventsOf(id)) {
          ResolveRows.MergeDecision d = store.resolvedMention(e.id()).orElseThrow().decision();
          lines.add(
              "mention "
                  + e.id()
                  + " "
                  + d.method()
                  + " "
                  + d.mergedId()
                  + " matched="
                  + d.matchedId().orElse("-")
                  + " score="
                  + d.score()
                  + " representative="
                  + d.representative()
                  + " group="
                  + d.copyGroup()
                  + " "
                  + d.evidence());
        }
      }
      for (ResolveRows.StoryRow s : store.stories()) {
        lines.add(
            "story "
                + s.id()
                + " "
                + s.articles()
                + " "
                + s.first()
                + " "
                + s.last()
                + " "
                + s.title()
                + " "
                + new java.util.TreeMap<>(s.centroid()));
      }
    }
    return String.join("\n", lines);
  }
}
