package org.annals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.model.EntityMention;
import org.annals.model.Sentence;
import org.annals.store.ArticleQuery;
import org.annals.store.ArticleStore;
import org.annals.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real CoreNLP models and the real store on a news article we wrote. */
class IngestPipelineIT {
  @TempDir Path tmp;

  @Test
  void annotatesStoresAndMapsEvidenceBackToRawText() throws Exception {
    String raw =
        "Russia and Venezuela sign defence pact\n\n"
            + "Photo: Staff/Meridian Wire\n"
            + "Venezuelan President Nicolás Maduro met Russian Deputy Prime Minister Yuri Borisov in"
            + " Caracas on Wednesday, February 16, 2022, and the two governments signed a military"
            + " cooperation agreement.\n"
            + "Share this article\n"
            + "Washington criticized the deal, the State Department said on Thursday.\n";
    Path file = tmp.resolve("pact.txt");
    Files.writeString(file, raw, StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    try (ArticleStore store = ArticleStore.open(data)) {
      var report =
          new IngestPipeline(store, Optional.of(CoreNlp.annotator()), IngestOptions.defaults())
              .run(List.of(file), IngestListener.NONE);
      assertThat(report.counts().added()).isEqualTo(1);
      assertThat(report.counts().tokens()).isGreaterThan(30);
      var summary = store.listArticles(ArticleQuery.latest()).get(0);
      StoredArticle a = store.article(summary.id().value()).orElseThrow();
      assertThat(a.title()).contains("Russia and Venezuela sign defence pact");
      assertThat(a.clean().text()).doesNotContain("Share this").doesNotContain("Photo:");
      assertThat(a.annotation().sentences()).hasSize(2);
      Sentence first = a.annotation().sentences().get(0);
      assertThat(first.parsed()).isTrue();
      assertThat(first.dependencies()).isNotEmpty();
      assertThat(a.annotation().entities())
          .extracting(EntityMention::text)
          .contains("Nicolás Maduro", "Yuri Borisov", "Caracas");
      EntityMention maduro =
          a.annotation().entities().stream()
              .filter(e -> e.text().equals("Nicolás Maduro"))
              .findFirst()
              .orElseThrow();
      assertThat(a.toRaw(maduro.span()).of(a.rawText())).isEqualTo("Nicolás Maduro");
      assertThat(a.annotation().times())
          .anySatisfy(t -> assertThat(t.value()).contains("2022-02-16"));
      assertThat(a.published().date()).map(Object::toString).contains("2022-02-16");
    }
  }
}
