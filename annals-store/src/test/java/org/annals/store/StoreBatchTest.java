package org.annals.store;

import static org.annals.store.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outcomes of storing: added, unchanged (idempotency) and new versions. */
class StoreBatchTest {
  @TempDir Path tmp;

  @Test
  void storingTheSameBatchTwiceChangesNothing() throws Exception {
    List<ArticleRecord> batch =
        List.of(
            article("https://q.example/1", "Alice met Bob in Lisbon on Monday."),
            article("https://q.example/2", "Acme left Porto.", "Bob stayed yesterday."),
            article("https://q.example/3", "Nothing to see."));
    StoreStats afterFirst;
    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of("in"));
      BatchResult first = store.storeBatch(run, batch, List.of());
      assertThat(first.added()).isEqualTo(3);
      assertThat(first.outcomes())
          .extracting(ArticleOutcome::outcome)
          .containsOnly(StoreOutcome.ADDED);
      afterFirst = store.stats();

      long rerun = store.beginRun(List.of("in"));
      BatchResult second = store.storeBatch(rerun, batch, List.of());
      assertThat(second.unchanged()).isEqualTo(3);
      assertThat(second.added() + second.newVersions()).isZero();
      assertThat(second.outcomes()).extracting(ArticleOutcome::version).containsExactly(1, 1, 1);
      assertThat(store.stats())
          .isEqualTo(
              new StoreStats(
                  afterFirst.articles(),
                  afterFirst.versions(),
                  afterFirst.sentences(),
                  afterFirst.entityMentions(),
                  afterFirst.timeExpressions(),
                  0,
                  0,
                  2));
    }
    for (String table : List.of("articles", "sentences", "entity_mentions", "time_expressions")) {
      assertThat(RawDb.count(tmp, "SELECT count(*) FROM " + table))
          .as(table)
          .isPositive()
          .isEqualTo(
              switch (table) {
                case "articles" -> afterFirst.versions();
                case "sentences" -> afterFirst.sentences();
                case "entity_mentions" -> afterFirst.entityMentions();
                default -> afterFirst.timeExpressions();
              });
    }
  }

  @Test
  void changedContentAtAUrlBecomesTheNextVersion() {
    String url = "https://q.example/live";
    ArticleRecord v1 = article(url, "Alice arrived in Lisbon.");
    ArticleRecord v2 = article(url, "Alice arrived in Lisbon on Monday.");
    ArticleRecord v3 = article(url, "Alice left Lisbon on Tuesday.");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of());
      assertThat(store.storeBatch(run, List.of(v1), List.of()).outcomes())
          .containsExactly(new ArticleOutcome(v1.article().id(), StoreOutcome.ADDED, 1));
      assertThat(store.storeBatch(run, List.of(v2), List.of()).outcomes())
          .containsExactly(new ArticleOutcome(v2.article().id(), StoreOutcome.NEW_VERSION, 2));
      // going back to old content is not a change: that content is stored
      assertThat(store.storeBatch(run, List.of(v1), List.of()).outcomes())
          .containsExactly(new ArticleOutcome(v1.article().id(), StoreOutcome.UNCHANGED, 1));
      assertThat(store.storeBatch(run, List.of(v3), List.of()).outcomes())
          .containsExactly(new ArticleOutcome(v3.article().id(), StoreOutcome.NEW_VERSION, 3));

      // older versions are kept, untouched
      StoredArticle old = store.article(v1.article().id().value()).orElseThrow();
      assertThat(old.version()).isEqualTo(1);
      assertThat(old.clean().text()).isEqualTo("Alice arrived in Lisbon.");
      assertThat(old.annotation()).isEqualTo(v1.annotation());
      assertThat(store.article(v2.article().id().value()).orElseThrow().version()).isEqualTo(2);

      assertThat(store.listArticles(ArticleQuery.latest()))
          .singleElement()
          .satisfies(s -> assertThat(s.version()).isEqualTo(3));
      assertThat(store.listArticles(ArticleQuery.latest().withAllVersions(true))).hasSize(3);
      StoreStats stats = store.stats();
      assertThat(stats.articles()).isEqualTo(1);
      assertThat(stats.versions()).isEqualTo(3);
    }
  }

  @Test
  void versionsWithinOneBatch() {
    String url = "https://q.example/fast";
    ArticleRecord v1 = article(url, "Bob is in Porto.");
    ArticleRecord v2 = article(url, "Bob is in Lisbon.");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      BatchResult r = store.storeBatch(store.beginRun(List.of()), List.of(v1, v2), List.of());
      assertThat(r.outcomes())
          .containsExactly(
              new ArticleOutcome(v1.article().id(), StoreOutcome.ADDED, 1),
              new ArticleOutcome(v2.article().id(), StoreOutcome.NEW_VERSION, 2));
      assertThat(r.newVersions()).isEqualTo(1);
    }
  }

  @Test
  void theSameArticleTwiceInABatchIsStoredOnce() {
    ArticleRecord a = article("https://q.example/twice", "Alice met Bob.");
    ArticleRecord b = article("https://q.example/other", "Acme in Porto.");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      BatchResult r = store.storeBatch(store.beginRun(List.of()), List.of(a, b, a), List.of());
      assertThat(r.outcomes())
          .extracting(ArticleOutcome::outcome)
          .containsExactly(StoreOutcome.ADDED, StoreOutcome.ADDED, StoreOutcome.UNCHANGED);
      assertThat(r.added()).isEqualTo(2);
      assertThat(r.unchanged()).isEqualTo(1);
      assertThat(r.outcomeOf(a.article().id())).isEqualTo(StoreOutcome.ADDED);
      assertThat(store.stats().versions()).isEqualTo(2);
      assertThat(store.stats().sentences()).isEqualTo(2);
    }
  }

  @Test
  void containsSeesCommittedArticles() {
    ArticleRecord a = article("https://q.example/c", "Alice met Bob.");
    String url = a.article().canonicalUrl();
    String sha = a.article().contentSha256();
    try (ArticleStore store = ArticleStore.open(tmp)) {
      assertThat(store.contains(url, sha)).isFalse();
      store.storeBatch(store.beginRun(List.of()), List.of(a), List.of());
      assertThat(store.contains(url, sha)).isTrue();
      assertThat(store.contains(url, "0".repeat(64))).isFalse();
      assertThat(store.contains("https://q.example/other", sha)).isFalse();
    }
  }

  @Test
  void runCountsAddUpBatches() {
    ArticleRecord a = article("https://q.example/r", "Alice met Bob.");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of());
      RunCounts counts = RunCounts.ZERO;
      counts =
          counts.plus(
              store.storeBatch(
                  run,
                  List.of(a),
                  List.of(
                      Fixtures.problem("line 2", org.annals.model.Problem.Severity.ERROR, "bad"),
                      Fixtures.problem(
                          "line 3", org.annals.model.Problem.Severity.WARNING, "repaired"))));
      counts = counts.plus(store.storeBatch(run, List.of(a), List.of()));
      assertThat(counts).isEqualTo(new RunCounts(1, 1, 0, 1, 1));
      store.finishRun(run, counts, "finished");
      assertThat(store.runs(1).get(0).counts()).isEqualTo(counts);
    }
  }
}
