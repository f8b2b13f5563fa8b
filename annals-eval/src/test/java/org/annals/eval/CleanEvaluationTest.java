package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-entry samples directory written here: one article that cleans, one missing file. */
class CleanEvaluationTest {
  static final String ARTICLE =
      """
      Harbour council approves new ferry timetable after long debate
      The harbour council voted on the new ferry timetable after a long debate about costs.
      Members said the changes would help commuters who cross the bay every morning.
      The mayor told reporters that the plan had been discussed with the ferry operators.
      Share this article
      """;

  static final String EXPECTED =
      """
      [
        {
          "file": "txt/ferry.txt",
          "url": null,
          "title": "Harbour council approves new ferry timetable after long debate",
          "outlet": null,
          "language": "en",
          "published": null,
          "boilerplate": ["Share this article", "Members said the changes would help commuters"],
          "must_keep": ["voted on the new ferry timetable"]
        },
        {
          "file": "txt/gone.txt",
          "title": "Gone",
          "language": "en",
          "published": "2020-01-01",
          "boilerplate": ["Advertisement"],
          "must_keep": ["a sentence", "another"]
        }
      ]
      """;

  @Test
  void scoresEachExpectedArticle(@TempDir Path samples) throws IOException {
    Files.createDirectories(samples.resolve("txt"));
    Files.writeString(samples.resolve("txt/ferry.txt"), ARTICLE, StandardCharsets.UTF_8);
    Files.writeString(samples.resolve("expected.json"), EXPECTED, StandardCharsets.UTF_8);

    CleanReport report = CleanEvaluation.run(samples, () -> LocalDate.of(2026, 1, 1));

    assertThat(report.articles()).hasSize(2);
    ArticleCheck ferry = report.articles().get(0);
    assertThat(ferry.found()).isTrue();
    assertThat(ferry.boilerplateLeft())
        .containsExactly("Members said the changes would help commuters");
    assertThat(ferry.mustKeepLost()).isEmpty();
    assertThat(ferry.title().correct()).isTrue();
    assertThat(ferry.language().correct()).isTrue();
    assertThat(ferry.url().correct()).isTrue();

    ArticleCheck gone = report.articles().get(1);
    assertThat(gone.found()).isFalse();
    assertThat(gone.missing().orElseThrow()).contains("gone.txt").contains("no such file");
    assertThat(gone.misses()).singleElement().asString().startsWith("not cleaned:");

    assertThat(report.boilerplateRemoved()).isEqualTo(new Ratio(1, 3));
    assertThat(report.mustKeepKept()).isEqualTo(new Ratio(1, 3));
    assertThat(report.accuracy("language")).isEqualTo(new Ratio(1, 2));
    assertThat(report.found()).isEqualTo(new Ratio(1, 2));
    assertThat(report.table())
        .contains("boilerplate removed")
        .contains("boilerplate left: \"Members said the changes would help commuters\"");
    assertThat(report.toMap()).containsEntry("articles", 2);
  }

  @Test
  void knowsASampleDirectory(@TempDir Path dir) throws IOException {
    assertThat(CleanEvaluation.isSampleDirectory(dir)).isFalse();
    Files.writeString(dir.resolve("expected.json"), "[]", StandardCharsets.UTF_8);
    assertThat(CleanEvaluation.isSampleDirectory(dir)).isTrue();
  }
}
