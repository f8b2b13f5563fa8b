package org.annals.store;

import static org.annals.store.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.ArticleId;
import org.annals.model.CharSpan;
import org.annals.model.CleanArticle;
import org.annals.model.ContentType;
import org.annals.model.DatePrecision;
import org.annals.model.EntityMention;
import org.annals.model.Problem;
import org.annals.model.PublishedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {
  private static final Instant T0 = Instant.parse("2024-03-06T10:00:00Z");

  @TempDir Path tmp;

  @Test
  void openCreatesTheDataDirectoryAndTheDatabase() throws Exception {
    Path data = tmp.resolve("nested/data");
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.dataDir()).isEqualTo(data.toRealPath());
      assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, 0, 0, 0, 0, 0));
    }
    assertThat(data.resolve("annals.duckdb")).isRegularFile();
    assertThat(RawDb.count(data, "SELECT max(version) FROM schema_version"))
        .isEqualTo(Migrations.latest());
  }

  @Test
  void storedArticleComesBackWhole() {
    ArticleRecord record =
        article(
            "https://quay.example/harbour",
            "Alice met Bob in Lisbon on Monday.",
            "Acme said talks would resume yesterday.");
    CleanArticle a = record.article();
    try (ArticleStore store = ArticleStore.open(tmp, new TestClock(T0))) {
      long run = store.beginRun(List.of("inputs/news.jsonl"));
      BatchResult result = store.storeBatch(run, List.of(record), List.of());
      assertThat(result.outcomeOf(a.id())).isEqualTo(StoreOutcome.ADDED);

      StoredArticle s = store.article(a.id().value()).orElseThrow();
      assertThat(s.id()).isEqualTo(a.id());
      assertThat(s.canonicalUrl()).isEqualTo(a.canonicalUrl());
      assertThat(s.version()).isEqualTo(1);
      assertThat(s.contentSha256()).isEqualTo(a.contentSha256());
      assertThat(s.source()).isEqualTo(a.raw().source());
      assertThat(s.rawSha256()).contains(a.raw().rawSha256());
      assertThat(s.rawByteLength()).isEqualTo(a.raw().byteLength());
      assertThat(s.contentType()).isEqualTo(ContentType.HTML);
      assertThat(s.charset()).contains("UTF-8");
      assertThat(s.rawText()).isEqualTo(a.raw().text());
      assertThat(s.clean()).isEqualTo(a.clean());
      assertThat(s.title()).isEqualTo(a.title());
      assertThat(s.outlet()).isEqualTo(a.outlet());
      assertThat(s.published()).isEqualTo(a.published());
      assertThat(s.declaredPublished()).contains("2024-03-05T09:30:00Z");
      assertThat(s.fetched()).isEmpty();
      assertThat(s.language()).isEqualTo(a.language());
      assertThat(s.duplicateOf()).isEmpty();
      assertThat(s.removals()).isEqualTo(a.removals());
      assertThat(s.warnings()).isEqualTo(a.raw().warnings());
      assertThat(s.annotation()).isEqualTo(record.annotation());
      assertThat(s.ingestedAt()).isEqualTo(T0);
      assertThat(s.runId()).hasValue(run);

      // raw offsets cite the original input
      EntityMention lisbon = s.annotation().entities().get(2);
      assertThat(lisbon.text()).isEqualTo("Lisbon");
      assertThat(s.toRaw(lisbon.span()).of(s.rawText())).isEqualTo("Lisbon");
      CharSpan second = s.annotation().sentences().get(1).span();
      assertThat(s.toRaw(second).of(s.rawText()))
          .isEqualTo("Acme said talks would resume yesterday.");
    }
  }

  @Test
  void reopeningKeepsEverything() {
    ArticleRecord one = article("https://quay.example/1", "Alice flew to Porto.");
    ArticleRecord two = article("https://quay.example/2", "Bob stayed in Lisbon on Tuesday.");
    StoreStats before;
    StoredArticle storedTwo;
    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of("a"));
      store.storeBatch(run, List.of(one), List.of());
      store.storeBatch(
          run,
          List.of(two),
          List.of(Fixtures.problem("line 9", Problem.Severity.ERROR, "not JSON")));
      store.finishRun(run, new RunCounts(2, 0, 0, 1, 0), "finished");
      before = store.stats();
      storedTwo = store.article(two.article().id().value()).orElseThrow();
    }
    try (ArticleStore store = ArticleStore.open(tmp)) {
      assertThat(store.stats()).isEqualTo(before);
      assertThat(before).isEqualTo(new StoreStats(2, 2, 2, 4, 1, 1, 0, 1));
      assertThat(store.article(two.article().id().value())).contains(storedTwo);
      assertThat(store.contains(one.article().canonicalUrl(), one.article().contentSha256()))
          .isTrue();
      assertThat(store.quarantine(10)).hasSize(1);
      assertThat(store.runs(10))
          .singleElement()
          .satisfies(r -> assertThat(r.status()).isEqualTo("finished"));
    }
  }

  @Test
  void listsLatestVersionsNewestFirstUndatedLast() {
    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of());
      ArticleRecord march = dated("https://q.example/march", LocalDate.of(2024, 3, 1));
      ArticleRecord may = dated("https://q.example/may", LocalDate.of(2024, 5, 1));
      ArticleRecord undated =
          article("https://q.example/undated", PublishedDate.UNKNOWN, "Bob waited in Porto.");
      ArticleRecord inferred =
          article(
              "https://q.example/april",
              PublishedDate.inferred(
                  LocalDate.of(2024, 4, 1), DatePrecision.MONTH, "April 2024", "dateline"),
              "Acme opened in Lisbon.");
      ArticleRecord mayV2 =
          article(
              "https://q.example/may",
              PublishedDate.declared(LocalDate.of(2024, 5, 2), "2024-05-02", "declared"),
              "Alice met Bob again, updated.");
      store.storeBatch(run, List.of(march, may, undated, inferred), List.of());
      store.storeBatch(run, List.of(mayV2), List.of());

      List<ArticleSummary> latest = store.listArticles(ArticleQuery.latest());
      assertThat(latest)
          .extracting(ArticleSummary::url)
          .containsExactly(
              "https://q.example/may",
              "https://q.example/april",
              "https://q.example/march",
              "https://q.example/undated");
      ArticleSummary top = latest.get(0);
      assertThat(top.version()).isEqualTo(2);
      assertThat(top.id()).isEqualTo(mayV2.article().id());
      assertThat(top.published().date()).contains(LocalDate.of(2024, 5, 2));
      assertThat(top.title()).contains(Fixtures.TITLE);
      assertThat(top.outlet()).contains(Fixtures.OUTLET);
      assertThat(top.language().code()).isEqualTo("en");
      assertThat(top.sentenceCount()).isEqualTo(1);
      assertThat(top.entityCount()).isEqualTo(2);
      assertThat(top.tokenCount()).isEqualTo(mayV2.annotation().tokenCount());
      assertThat(top.cleanLength()).isEqualTo(mayV2.article().clean().text().length());
      assertThat(latest.get(1).published()).isEqualTo(inferred.article().published());
      assertThat(latest.get(3).published()).isEqualTo(PublishedDate.UNKNOWN);

      List<ArticleSummary> all = store.listArticles(ArticleQuery.latest().withAllVersions(true));
      assertThat(all).hasSize(5);
      assertThat(all.stream().filter(s -> s.url().equals("https://q.example/may")))
          .extracting(ArticleSummary::version)
          .containsExactly(2, 1);

      assertThat(store.listArticles(ArticleQuery.latest().page(2, 1)))
          .extracting(ArticleSummary::url)
          .containsExactly("https://q.example/april", "https://q.example/march");
      assertThat(store.listArticles(ArticleQuery.latest().page(10, 4))).isEmpty();
    }
  }

  @Test
  void findsArticlesByUniqueIdPrefix() {
    ArticleRecord record = article("https://quay.example/p", "Alice went to Porto.");
    String id = record.article().id().value();
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(store.beginRun(List.of()), List.of(record), List.of());
      assertThat(store.article(id)).isPresent();
      assertThat(store.article(id.substring(0, 6))).isPresent();
      assertThat(store.article(id.substring(2, 8))).isPresent(); // a_ may be left out
      assertThat(store.article("a_zzzz")).isEmpty();
      assertThatThrownBy(() -> store.article("a_1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least 4 characters");
    }
  }

  @Test
  void ambiguousPrefixListsTheCandidates() {
    // Find two URLs whose ids share the first two hex digits.
    Map<String, ArticleRecord> byPrefix = new HashMap<>();
    List<ArticleRecord> pair = List.of();
    for (int i = 0; pair.isEmpty(); i++) {
      ArticleRecord r = article("https://quay.example/" + i, "Bob spoke in Lisbon.");
      ArticleRecord earlier = byPrefix.putIfAbsent(r.article().id().value().substring(0, 4), r);
      if (earlier != null) {
        pair = List.of(earlier, r);
      }
    }
    ArticleRecord first = pair.get(0);
    ArticleRecord second = pair.get(1);
    String prefix = first.article().id().value().substring(0, 4);
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(store.beginRun(List.of()), List.of(first, second), List.of());
      assertThatThrownBy(() -> store.article(prefix))
          .isInstanceOfSatisfying(
              AmbiguousIdException.class,
              e ->
                  assertThat(e.candidates())
                      .containsExactlyInAnyOrder(
                          first.article().id().value(), second.article().id().value()))
          .hasMessageContaining(first.article().id().value())
          .hasMessageContaining("give more characters");
      assertThat(store.article(first.article().id().value())).isPresent();
    }
  }

  @Test
  void sameContentAtAnotherUrlPointsToTheOriginal() {
    ArticleRecord original = article("https://quay.example/story", "Alice met Bob.");
    ArticleRecord syndicated = article("https://mirror.example/story", "Alice met Bob.");
    ArticleRecord third = article("https://third.example/story", "Alice met Bob.");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of());
      store.storeBatch(run, List.of(original), List.of());
      BatchResult r = store.storeBatch(run, List.of(syndicated, third), List.of());
      assertThat(r.added()).isEqualTo(2);
      Optional<ArticleId> originalId = Optional.of(original.article().id());
      assertThat(store.article(syndicated.article().id().value()).orElseThrow().duplicateOf())
          .isEqualTo(originalId);
      assertThat(store.article(third.article().id().value()).orElseThrow().duplicateOf())
          .isEqualTo(originalId);
      assertThat(store.article(original.article().id().value()).orElseThrow().duplicateOf())
          .isEmpty();
    }
  }

  @Test
  void countsTopEntitiesOverLatestVersions() {
    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of());
      store.storeBatch(
          run,
          List.of(
              article("https://q.example/a", "Alice met Bob in Lisbon."),
              article("https://q.example/b", "Alice went to Lisbon with Acme."),
              article("https://q.example/c", "Bob and Bob's Porto.")),
          List.of());
      // a new version of /c drops both Bob mentions from the latest versions
      store.storeBatch(run, List.of(article("https://q.example/c", "Porto is quiet.")), List.of());

      assertThat(store.topEntities(null, 3))
          .containsExactly(
              new EntityCount("Alice", "PERSON", 2),
              new EntityCount("Lisbon", "LOCATION", 2),
              new EntityCount("Acme", "ORGANIZATION", 1));
      assertThat(store.topEntities("location", 10))
          .containsExactly(
              new EntityCount("Lisbon", "LOCATION", 2), new EntityCount("Porto", "LOCATION", 1));
      assertThat(store.topEntities("PERSON", 10))
          .containsExactly(
              new EntityCount("Alice", "PERSON", 2), new EntityCount("Bob", "PERSON", 1));
      assertThat(store.stats().entityMentions()).isEqualTo(10);
    }
  }

  @Test
  void recordsRuns() {
    TestClock clock = new TestClock(T0);
    try (ArticleStore store = ArticleStore.open(tmp, clock)) {
      long first = store.beginRun(List.of("in/a.jsonl", "in/warcs"));
      clock.advance(Duration.ofMinutes(2));
      store.finishRun(first, new RunCounts(3, 1, 1, 2, 1), "finished");
      long second = store.beginRun(List.of("in/b.jsonl"));
      assertThat(second).isGreaterThan(first);

      List<IngestRun> runs = store.runs(10);
      assertThat(runs).extracting(IngestRun::id).containsExactly(second, first);
      IngestRun done = runs.get(1);
      assertThat(done.inputs()).containsExactly("in/a.jsonl", "in/warcs");
      assertThat(done.startedAt()).isEqualTo(T0);
      assertThat(done.finishedAt()).contains(T0.plus(Duration.ofMinutes(2)));
      assertThat(done.counts()).isEqualTo(new RunCounts(3, 1, 1, 2, 1));
      assertThat(done.status()).isEqualTo("finished");
      assertThat(runs.get(0).status()).isEqualTo("running");
      assertThat(runs.get(0).finishedAt()).isEmpty();

      assertThatThrownBy(() -> store.finishRun(999, RunCounts.ZERO, "failed"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("no ingest run 999");
      assertThatThrownBy(() -> store.finishRun(first, RunCounts.ZERO, "done"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.storeBatch(999, List.of(), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("beginRun");
    }
  }

  @Test
  void oneStorePerDataDirectoryPerProcess() {
    ArticleStore store = ArticleStore.open(tmp);
    assertThatThrownBy(() -> ArticleStore.open(tmp.resolve(".")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("already open in this process");
    store.close();
    store.close(); // idempotent
    assertThatThrownBy(store::stats)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("closed");
    try (ArticleStore again = ArticleStore.open(tmp)) {
      assertThat(again.stats().versions()).isZero();
    }
  }

  @Test
  void refusesADataDirectoryThatIsAFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("data"), "not a directory");
    assertThatThrownBy(() -> ArticleStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot create the data directory")
        .hasMessageContaining("--data");
  }

  @Test
  void refusesAFileThatIsNotADuckDbDatabase() throws Exception {
    Files.writeString(tmp.resolve(ArticleStore.FILE_NAME), "hello, I am a text file\n".repeat(400));
    assertThatThrownBy(() -> ArticleStore.open(tmp))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not an annals store");
  }

  private static ArticleRecord dated(String url, LocalDate date) {
    return article(
        url,
        PublishedDate.declared(date, date.toString(), "declared"),
        "Alice met Bob in " + url + ".");
  }
}
