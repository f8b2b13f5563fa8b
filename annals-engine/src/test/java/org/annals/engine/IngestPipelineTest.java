package org.annals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.model.AnnotatedText;
import org.annals.model.Problem;
import org.annals.store.ArticleQuery;
import org.annals.store.ArticleStore;
import org.annals.store.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline with the real store and no annotator: idempotency, versions, bad inputs. */
class IngestPipelineTest {
  @TempDir Path tmp;

  private Path corpus() throws IOException {
    Path dir = tmp.resolve("in");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("a.txt"),
        "Ministers meet in Vienna\nForeign ministers met in Vienna on Tuesday to finish the deal.\n"
            + "Share this article\nThe agreement limits enrichment, officials said.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("b.html"),
        "<html><head><title>Summit</title><meta property='article:published_time' content='2018-06-12'>"
            + "</head><body><nav>Home</nav><article><p>The leaders of the United States and North Korea"
            + " met in Singapore and signed a joint statement after talks.</p></article></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("c.jsonl"),
        "{\"url\":\"https://example.org/x\",\"published\":\"2023-03-10\",\"text\":\"Saudi Arabia and"
            + " Iran agreed to restore ties in a deal brokered by China.\"}\n{broken\n",
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    return dir;
  }

  private IngestPipeline.Report ingest(Path data, Path input) throws InterruptedException {
    try (ArticleStore store = ArticleStore.open(data)) {
      return new IngestPipeline(store, Optional.empty(), IngestOptions.defaults().withThreads(2))
          .run(List.of(input), IngestListener.NONE);
    }
  }

  @Test
  void badInputsAreQuarantinedAndTheBatchGoesOn() throws Exception {
    Path data = tmp.resolve("data");
    IngestPipeline.Report r = ingest(data, corpus());
    assertThat(r.counts().added()).isEqualTo(3);
    assertThat(r.counts().quarantined()).isEqualTo(3);
    assertThat(r.problems())
        .filteredOn(p -> p.severity() == Problem.Severity.ERROR)
        .extracting(p -> p.source().describe())
        .anyMatch(s -> s.contains("c.jsonl: line 2"))
        .anyMatch(s -> s.endsWith("empty.txt"))
        .anyMatch(s -> s.endsWith("image.html"));
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.listArticles(ArticleQuery.latest())).hasSize(3);
      assertThat(store.quarantine(100)).hasSize(3);
    }
  }

  @Test
  void aWriterQueueOfOneStillTakesEveryArticle() throws Exception {
    Path in = tmp.resolve("many");
    Files.createDirectories(in);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      lines.append("{\"url\":\"https://example.org/").append(i).append("\",\"text\":\"Report ");
      lines.append(i).append(": ministers met in Vienna to finish the deal.\"}\n");
    }
    Files.writeString(in.resolve("many.jsonl"), lines.toString(), StandardCharsets.UTF_8);
    IngestOptions o = IngestOptions.defaults().withThreads(2);
    IngestOptions tiny =
        new IngestOptions(
            o.threads(), 4, o.limits(), o.today(), o.gazetteerDir(), o.sentenceFilter(), 1);
    try (ArticleStore store = ArticleStore.open(tmp.resolve("data"))) {
      IngestPipeline.Report r =
          new IngestPipeline(store, Optional.empty(), tiny).run(List.of(in), IngestListener.NONE);
      assertThat(r.counts().added()).isEqualTo(60);
    }
  }

  /**
   * The same article twice in one input: the second must not reach the store before the first is
   * annotated (it used to be stored bare, and the annotated first one then counted as unchanged).
   */
  @Test
  void anArticleRepeatedInOneRunIsStoredWithItsAnnotation() throws Exception {
    Path in = tmp.resolve("repeat");
    Files.createDirectories(in);
    String line =
        "{\"url\":\"https://example.org/r\",\"text\":\"Ministers met in Vienna to finish the"
            + " deal.\"}\n";
    Files.writeString(in.resolve("r.jsonl"), line + line, StandardCharsets.UTF_8);
    TextAnnotator slow =
        (text, date) -> {
          try {
            Thread.sleep(300); // the repeat, on the other thread, is done long before
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new AnnotatedText("slow-test-1", List.of(), List.of(), List.of());
        };
    try (ArticleStore store = ArticleStore.open(tmp.resolve("data"))) {
      IngestPipeline.Report r =
          new IngestPipeline(
                  store,
                  Optional.of(slow),
                  Optional.empty(),
                  IngestOptions.defaults().withThreads(2))
              .run(List.of(in), IngestListener.NONE);
      assertThat(r.counts().added()).isEqualTo(1);
      assertThat(r.counts().unchanged()).isEqualTo(1);
      List<ArticleSummary> stored = store.listArticles(ArticleQuery.latest());
      assertThat(stored).hasSize(1);
      assertThat(store.article(stored.get(0).id().value()).orElseThrow().annotation().annotator())
          .isEqualTo("slow-test-1");
    }
  }

  @Test
  void optionsKeepTheirOldConstructorWithTheFilterOn() {
    IngestOptions o = IngestOptions.defaults();
    IngestOptions old = new IngestOptions(2, 8, o.limits(), o.today(), o.gazetteerDir());
    assertThat(old.sentenceFilter()).isTrue();
    assertThat(old.maxQueuedResults()).isPositive();
    assertThat(old.withSentenceFilter(false).sentenceFilter()).isFalse();
    assertThat(old.withSentenceFilter(false).withThreads(1).sentenceFilter()).isFalse();
  }

  @Test
  void reingestAddsNothingAndChangesBecomeVersions() throws Exception {
    Path data = tmp.resolve("data");
    Path in = corpus();
    ingest(data, in);
    IngestPipeline.Report again = ingest(data, in);
    assertThat(again.counts().added()).isZero();
    assertThat(again.counts().unchanged()).isEqualTo(3);
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.quarantine(100)).hasSize(3);
    }
    Files.writeString(
        in.resolve("a.txt"),
        "Ministers meet in Vienna\nForeign ministers met in Vienna on Tuesday and signed the deal.\n",
        StandardCharsets.UTF_8);
    IngestPipeline.Report changed = ingest(data, in);
    assertThat(changed.counts().newVersions()).isEqualTo(1);
    assertThat(changed.counts().unchanged()).isEqualTo(2);
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.listArticles(ArticleQuery.latest())).hasSize(3);
      assertThat(store.listArticles(ArticleQuery.latest().withAllVersions(true))).hasSize(4);
    }
  }
}
