package org.annals.store;

import static org.annals.store.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.EntityMention;
import org.annals.model.Problem;
import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch that fails part-way leaves nothing behind, and earlier batches stay. */
class CrashSafetyTest {
  private static final String ORPHANS =
      "SELECT (SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles))"
          + " + (SELECT count(*) FROM entity_mentions"
          + "    WHERE article_id NOT IN (SELECT id FROM articles))"
          + " + (SELECT count(*) FROM time_expressions"
          + "    WHERE article_id NOT IN (SELECT id FROM articles))";

  @TempDir Path tmp;

  @Test
  void aConstraintViolationMidBatchRollsBackTheWholeBatch() throws Exception {
    ArticleRecord kept1 = article("https://q.example/kept1", "Alice met Bob on Monday.");
    ArticleRecord kept2 = article("https://q.example/kept2", "Acme left Porto.");
    ArticleRecord good3 = article("https://q.example/good3", "Bob went to Lisbon on Tuesday.");
    ArticleRecord good4 = article("https://q.example/good4", "Alice stayed in Porto.");
    ArticleRecord bad = withDuplicateSentenceIndex(article("https://q.example/bad", "A.", "B."));
    Problem problem = Fixtures.problem("line 7", Problem.Severity.ERROR, "not JSON");

    StoreStats before;
    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of());
      store.storeBatch(run, List.of(kept1, kept2), List.of());
      before = store.stats();

      // good3 and good4 (with sentences, mentions and times) are written before bad fails
      assertThatThrownBy(() -> store.storeBatch(run, List.of(good3, good4, bad), List.of(problem)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("none of it was stored")
          .hasMessageContaining(bad.article().id().value())
          .hasMessageContaining("inputs/news.jsonl");

      assertThat(store.stats()).isEqualTo(before);
      assertThat(store.contains(good3.article().canonicalUrl(), good3.article().contentSha256()))
          .isFalse();
      assertThat(store.article(good3.article().id().value())).isEmpty();
      assertThat(store.quarantine(10)).isEmpty();
      assertThat(store.article(kept1.article().id().value()).orElseThrow().annotation())
          .isEqualTo(kept1.annotation());

      // the store stays usable: the batch without the bad record goes in
      BatchResult retry = store.storeBatch(run, List.of(good3, good4), List.of(problem));
      assertThat(retry.added()).isEqualTo(2);
      assertThat(retry.quarantined()).isEqualTo(1);
    }
    assertThat(RawDb.count(tmp, ORPHANS)).isZero();
    assertThat(RawDb.count(tmp, "SELECT count(*) FROM articles")).isEqualTo(4);
    assertThat(
            RawDb.count(
                tmp, "SELECT count(*) FROM articles WHERE id = '" + bad.article().id() + "'"))
        .isZero();
  }

  @Test
  void anAnnotationOutsideTheTextFailsTheBatchNamingTheArticle() throws Exception {
    ArticleRecord good = article("https://q.example/good", "Alice met Bob.");
    ArticleRecord broken = article("https://q.example/broken", "Bob met Alice.");
    AnnotatedText a = broken.annotation();
    List<EntityMention> entities = new ArrayList<>(a.entities());
    entities.add(new EntityMention(0, new CharSpan(500, 505), "ghost", "PERSON"));
    ArticleRecord outside =
        Fixtures.withAnnotation(
            broken, new AnnotatedText(a.annotator(), a.sentences(), entities, a.times()));

    try (ArticleStore store = ArticleStore.open(tmp)) {
      long run = store.beginRun(List.of());
      assertThatThrownBy(() -> store.storeBatch(run, List.of(good, outside), List.of()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(outside.article().id().value())
          .hasMessageContaining("offset 500");
      assertThat(store.stats().versions()).isZero();
    }
    assertThat(RawDb.count(tmp, ORPHANS)).isZero();
    assertThat(RawDb.count(tmp, "SELECT count(*) FROM sentences")).isZero();
  }

  @Test
  void closingWithoutFinishingARunKeepsCommittedBatches() {
    ArticleRecord a = article("https://q.example/a", "Alice met Bob.");
    long run;
    try (ArticleStore store = ArticleStore.open(tmp)) {
      run = store.beginRun(List.of("in"));
      store.storeBatch(run, List.of(a), List.of());
      // no finishRun: as if the process stopped here
    }
    try (ArticleStore store = ArticleStore.open(tmp)) {
      assertThat(store.article(a.article().id().value())).isPresent();
      assertThat(store.runs(1))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.id()).isEqualTo(run);
                assertThat(r.status()).isEqualTo("running");
              });
    }
  }

  @Test
  void aProcessKilledMidBatchLeavesOnlyWholeBatches() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    BatchInChildProcess.class.getName(),
                    tmp.toString()))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    long committed = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int storing = 0;
      String line;
      // let one big batch commit, then kill the child while it writes the next one
      while (storing < 2 && (line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Long.parseLong(line.substring("committed ".length()));
        } else if (line.equals("storing")) {
          storing++;
        }
      }
      assertThat(storing).as("the child got to its second big batch").isEqualTo(2);
      Thread.sleep(100);
      child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroy, keeps our pipes open
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      while ((line = out.readLine()) != null) { // a commit may have beaten the kill
        if (line.startsWith("committed ")) {
          committed = Long.parseLong(line.substring("committed ".length()));
        }
      }
    } finally {
      child.destroyForcibly();
    }

    long articles = RawDb.count(tmp, "SELECT count(*) FROM articles");
    assertThat(articles)
        .as("whole batches only: %d committed when killed", committed)
        .isIn(committed, committed + BatchInChildProcess.BIG);
    assertThat(articles)
        .isGreaterThanOrEqualTo(BatchInChildProcess.FIRST + BatchInChildProcess.BIG);
    assertThat(RawDb.count(tmp, ORPHANS)).isZero();
    assertThat(RawDb.count(tmp, "SELECT count(*) FROM sentences")).isEqualTo(3 * articles);
    try (ArticleStore store = ArticleStore.open(tmp)) {
      assertThat(store.stats().versions()).isEqualTo(articles);
      assertThat(store.runs(1).get(0).status()).isEqualTo("running");
    }
  }

  /** The same article with its second sentence claiming index 0: the sentences key refuses it. */
  private static ArticleRecord withDuplicateSentenceIndex(ArticleRecord record) {
    AnnotatedText a = record.annotation();
    List<Sentence> sentences = new ArrayList<>(a.sentences());
    Sentence second = sentences.get(1);
    sentences.set(
        1, new Sentence(0, second.span(), second.tokens(), second.dependencies(), second.parsed()));
    return Fixtures.withAnnotation(
        record, new AnnotatedText(a.annotator(), sentences, a.entities(), a.times()));
  }
}
