package org.annals.store;

import static org.annals.store.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.annals.model.Problem;
import org.annals.model.Problem.Severity;
import org.annals.model.SourceRef;
import org.annals.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {
  private static final Instant T0 = Instant.parse("2024-03-06T10:00:00Z");

  @TempDir Path tmp;

  @Test
  void aRerunOfTheSameBadInputUpdatesItsOneEntry() {
    TestClock clock = new TestClock(T0);
    Problem bad = problem("line 3", Severity.ERROR, "not valid JSON: unexpected '}'; fix the line");
    try (ArticleStore store = ArticleStore.open(tmp, clock)) {
      long run1 = store.beginRun(List.of("inputs/bad.jsonl"));
      BatchResult first = store.storeBatch(run1, List.of(), List.of(bad));
      assertThat(first.quarantined()).isEqualTo(1);

      clock.advance(Duration.ofHours(1));
      long run2 = store.beginRun(List.of("inputs/bad.jsonl"));
      store.storeBatch(run2, List.of(), List.of(bad));

      QuarantineEntry entry = store.quarantine(10).stream().findFirst().orElseThrow();
      assertThat(store.quarantine(10)).hasSize(1);
      assertThat(entry.source()).isEqualTo(new SourceRef("inputs/bad.jsonl", "line 3", 42));
      assertThat(entry.stage()).isEqualTo(Stage.PARSE);
      assertThat(entry.severity()).isEqualTo(Severity.ERROR);
      assertThat(entry.reason()).isEqualTo(bad.reason());
      assertThat(entry.rawSha256()).isEqualTo(bad.rawSha256());
      assertThat(entry.firstSeen()).isEqualTo(T0);
      assertThat(entry.lastSeen()).isEqualTo(T0.plus(Duration.ofHours(1)));
      assertThat(entry.timesSeen()).isEqualTo(2);
      assertThat(entry.lastRunId()).hasValue(run2);
      assertThat(entry.toProblem()).isEqualTo(bad);
      assertThat(store.stats().quarantineErrors()).isEqualTo(1);
    }
  }

  @Test
  void theSameProblemTwiceInOneBatchIsOneEntry() {
    Problem bad = problem("line 3", Severity.ERROR, "truncated");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(store.beginRun(List.of()), List.of(), List.of(bad, bad));
      assertThat(store.quarantine(10))
          .singleElement()
          .satisfies(e -> assertThat(e.timesSeen()).isEqualTo(2));
    }
  }

  @Test
  void differentInputsOrReasonsAreSeparateEntriesNewestFirst() {
    TestClock clock = new TestClock(T0);
    try (ArticleStore store = ArticleStore.open(tmp, clock)) {
      long run = store.beginRun(List.of());
      BatchResult r =
          store.storeBatch(
              run,
              List.of(),
              List.of(
                  problem("line 1", Severity.ERROR, "not JSON"),
                  problem("line 1", Severity.ERROR, "no text field"),
                  problem("line 2", Severity.WARNING, "decoded as windows-1252")));
      assertThat(r.quarantined()).isEqualTo(2);
      assertThat(r.warnings()).isEqualTo(1);
      clock.advance(Duration.ofSeconds(5));
      Problem whole = Problem.error(SourceRef.file("inputs/empty.html"), Stage.READ, "empty file");
      store.storeBatch(run, List.of(), List.of(whole));

      List<QuarantineEntry> entries = store.quarantine(10);
      assertThat(entries).hasSize(4);
      assertThat(entries.get(0).toProblem()).isEqualTo(whole);
      assertThat(entries.get(0).rawSha256()).isEmpty();
      assertThat(store.quarantine(2)).hasSize(2);
      StoreStats stats = store.stats();
      assertThat(stats.quarantineErrors()).isEqualTo(3);
      assertThat(stats.quarantineWarnings()).isEqualTo(1);
    }
  }
}
