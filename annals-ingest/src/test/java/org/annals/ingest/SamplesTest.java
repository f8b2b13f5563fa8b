package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.ingest.read.ArticleSink;
import org.annals.ingest.read.IngestLimits;
import org.annals.ingest.read.InputScanner;
import org.annals.model.CleanArticle;
import org.annals.model.Problem;
import org.annals.model.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled samples (written for Annals, in the repository) against {@code
 * samples/expected.json}: boilerplate gone, article sentences kept, dates, titles, outlets and
 * languages as the content supports.
 */
class SamplesTest {
  static final Path SAMPLES = Path.of("..", "samples");
  static final List<CleanArticle> ARTICLES = new ArrayList<>();
  static final List<Problem> PROBLEMS = new ArrayList<>();

  @BeforeAll
  static void cleanAll() {
    ArticleCleaner cleaner = new ArticleCleaner(() -> LocalDate.of(2026, 11, 23));
    InputScanner scanner = new InputScanner(IngestLimits.DEFAULT);
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void article(RawArticle raw) {
            var o = cleaner.clean(raw);
            o.article().ifPresent(ARTICLES::add);
            o.problem().ifPresent(PROBLEMS::add);
          }

          @Override
          public void problem(Problem p) {
            PROBLEMS.add(p);
          }
        };
    List<Path> dirs =
        Stream.of("txt", "html", "jsonl", "feeds", "warc", "bad").map(SAMPLES::resolve).toList();
    for (var f : scanner.expand(dirs, sink)) {
      scanner.read(f, sink);
    }
  }

  private static CleanArticle find(JsonNode e) {
    String file = SAMPLES.resolve(e.get("file").asText()).normalize().toString();
    return ARTICLES.stream()
        .filter(a -> Path.of(a.raw().source().path()).normalize().toString().equals(file))
        .filter(
            a ->
                !e.hasNonNull("record")
                    || a.raw().declared().url().orElse("").equals(e.get("record").asText())
                    || a.canonicalUrl().equals(e.get("record").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no article for " + e));
  }

  @TestFactory
  Stream<DynamicTest> everyExpectedArticle() throws IOException {
    JsonNode expected =
        new ObjectMapper().readTree(Files.readString(SAMPLES.resolve("expected.json")));
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode e : expected) {
      String name =
          e.get("file").asText() + (e.hasNonNull("record") ? " " + e.get("record").asText() : "");
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                CleanArticle a = find(e);
                String text = a.clean().text();
                for (JsonNode b : e.get("boilerplate")) {
                  assertThat(text).as("boilerplate in %s", name).doesNotContain(b.asText());
                }
                for (JsonNode k : e.get("must_keep")) {
                  assertThat(text).as("kept in %s", name).contains(k.asText());
                }
                assertThat(a.language().code())
                    .as("language")
                    .isEqualTo(e.get("language").asText());
                if (e.hasNonNull("title")) {
                  assertThat(a.title()).as("title").contains(e.get("title").asText());
                }
                assertThat(a.outlet().orElse(null))
                    .as("outlet")
                    .isEqualTo(e.hasNonNull("outlet") ? e.get("outlet").asText() : null);
                assertThat(a.published().date().map(Object::toString).orElse(null))
                    .as("published (%s)", a.published())
                    .isEqualTo(e.hasNonNull("published") ? e.get("published").asText() : null);
              }));
    }
    return tests.stream();
  }

  @Test
  void badSamplesAreQuarantinedWithWhere() {
    List<String> where =
        PROBLEMS.stream()
            .filter(p -> p.severity() == Problem.Severity.ERROR)
            .map(Problem::describe)
            .toList();
    assertThat(where)
        .anyMatch(s -> s.contains("empty.txt") && s.contains("empty"))
        .anyMatch(s -> s.contains("binary.txt") && s.contains("binary"))
        .anyMatch(s -> s.contains("broken.jsonl: line 2"))
        .anyMatch(s -> s.contains("broken.jsonl: line 3"))
        .anyMatch(s -> s.contains("nav-only.html") && s.contains("no article text"))
        .anyMatch(s -> s.contains("truncated.warc.gz") && s.contains("truncated"));
    assertThat(ARTICLES)
        .filteredOn(a -> a.raw().source().path().endsWith("latin1.txt"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.clean().text()).contains("Bogotá");
              assertThat(a.raw().warnings()).isNotEmpty();
            });
  }
}
