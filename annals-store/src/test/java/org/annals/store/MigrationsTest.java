package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.CodedEvent;
import org.annals.model.DatePrecision;
import org.annals.model.EventDate;
import org.annals.model.EventFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir Path tmp;

  @Test
  void aNewStoreIsAtTheLatestVersionAndReopeningAppliesNothing() throws Exception {
    ArticleStore.open(tmp).close();
    ArticleStore.open(tmp).close();
    assertThat(RawDb.count(tmp, "SELECT count(*) FROM schema_version"))
        .isEqualTo(Migrations.ALL.size());
    assertThat(RawDb.count(tmp, "SELECT max(version) FROM schema_version"))
        .isEqualTo(Migrations.latest());
    assertThat(Migrations.latest()).isEqualTo(5);
  }

  @Test
  void aVersionOneStoreIsUpgradedKeepingItsArticles() throws Exception {
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(
          store.beginRun(List.of()),
          List.of(Fixtures.article("https://q.example/v1", "Alice met Bob.")),
          List.of());
    }
    // make it a store written before events existed
    dropVersionFive(false);
    RawDb.execute(tmp, "DROP TABLE events");
    RawDb.execute(tmp, "DELETE FROM schema_version WHERE version >= 2");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      assertThat(store.stats().versions()).isEqualTo(1);
      assertThat(store.eventCount()).isZero();
    }
    assertThat(RawDb.count(tmp, "SELECT max(version) FROM schema_version"))
        .isEqualTo(Migrations.latest());
  }

  @Test
  void aVersionTwoStoreGetsEventDateColumnsAndItsEventsAreUndated() throws Exception {
    ArticleRecord base = Fixtures.article("https://q.example/v2", "Alice attacked Bob today.");
    CodedEvent dated =
        EventStoreTest.event(
            base,
            "RUSMIL",
            "190",
            "UKR",
            -10,
            EventFlags.ASSERTED,
            EventDate.of(
                LocalDate.of(2024, 3, 5),
                LocalDate.of(2024, 3, 5),
                DatePrecision.DAY,
                new EventDate.Evidence("today", new CharSpan(19, 24)),
                Optional.of(LocalDate.of(2024, 3, 5))));
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(
          store.beginRun(List.of()),
          List.of(new ArticleRecord(base.article(), base.annotation(), List.of(dated), "c")),
          List.of());
    }
    // make it a store written before events had dates
    dropVersionFive(true);
    for (String column :
        List.of(
            "date_start",
            "date_end",
            "date_precision",
            "date_evidence",
            "date_evidence_char_start",
            "date_evidence_char_end")) {
      RawDb.execute(tmp, "ALTER TABLE events DROP COLUMN " + column);
    }
    dropPlaceColumns();
    RawDb.execute(tmp, "DELETE FROM schema_version WHERE version >= 3");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      List<StoredEvent> events = store.events(EventQuery.all());
      assertThat(events).hasSize(1);
      EventDate date = events.get(0).event().date();
      assertThat(date.precision()).isEqualTo(DatePrecision.UNKNOWN);
      assertThat(date.start()).isEmpty();
      assertThat(date.upperBound()).contains(LocalDate.of(2024, 3, 5));
    }
    assertThat(RawDb.count(tmp, "SELECT max(version) FROM schema_version"))
        .isEqualTo(Migrations.latest());
    assertThat(RawDb.count(tmp, "SELECT count(*) FROM events WHERE date_precision = 'unknown'"))
        .isEqualTo(1);
  }

  /**
   * Makes the store as it was before version 5: no merge, feature or story tables, no merged_id.
   * With {@code dropIndexes} the events indexes stay dropped (for older versions' columns).
   */
  private void dropVersionFive(boolean dropIndexes) throws Exception {
    for (String table :
        List.of(
            "merge_links",
            "merge_overrides",
            "article_features",
            "article_bands",
            "term_df",
            "stories",
            "candidate_actors",
            "actor_reviews")) {
      RawDb.execute(tmp, "DROP TABLE " + table);
    }
    RawDb.execute(tmp, "DROP SEQUENCE story_numbers");
    List<String> indexes =
        List.of("events_by_date", "events_by_article", "events_by_source", "events_by_target");
    for (String index : indexes) {
      RawDb.execute(tmp, "DROP INDEX " + index);
    }
    RawDb.execute(tmp, "ALTER TABLE events DROP COLUMN merged_id");
    if (!dropIndexes) {
      RawDb.execute(tmp, "CREATE INDEX events_by_article ON events (article_id)");
      RawDb.execute(tmp, "CREATE INDEX events_by_source ON events (source_code)");
      RawDb.execute(tmp, "CREATE INDEX events_by_target ON events (target_code)");
      RawDb.execute(tmp, "CREATE INDEX events_by_date ON events (date_start, date_end)");
    }
  }

  @Test
  void aVersionFourStoreGetsMergeTablesAndItsEventsAwaitResolution() throws Exception {
    ArticleRecord base = Fixtures.article("https://q.example/v4", "Alice attacked Bob today.");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(
          store.beginRun(List.of()),
          List.of(
              new ArticleRecord(
                  base.article(),
                  base.annotation(),
                  List.of(
                      EventStoreTest.event(base, "RUS", "190", "UKR", -10, EventFlags.ASSERTED)),
                  "c")),
          List.of());
    }
    dropVersionFive(false);
    RawDb.execute(tmp, "DELETE FROM schema_version WHERE version = 5");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      assertThat(store.events(EventQuery.all())).hasSize(1);
      assertThat(store.unresolvedCount()).isEqualTo(1);
      assertThat(store.articlesToResolve()).hasSize(1);
      assertThat(store.stories()).isEmpty();
    }
    assertThat(RawDb.count(tmp, "SELECT max(version) FROM schema_version")).isEqualTo(5);
  }

  /** Makes the store's events table as it was before version 4 (indexes dropped first). */
  private void dropPlaceColumns() throws Exception {
    for (String column :
        List.of(
            "place_id",
            "place_name",
            "place_text",
            "place_lat",
            "place_lon",
            "place_country",
            "place_precision",
            "place_basis",
            "place_char_start",
            "place_char_end",
            "place_confidence")) {
      RawDb.execute(tmp, "ALTER TABLE events DROP COLUMN " + column);
    }
  }

  @Test
  void aVersionThreeStoreGetsPlaceColumnsAndItsEventsAreUnplaced() throws Exception {
    ArticleRecord base = Fixtures.article("https://q.example/v3", "Alice attacked Bob today.");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(
          store.beginRun(List.of()),
          List.of(
              new ArticleRecord(
                  base.article(),
                  base.annotation(),
                  List.of(
                      EventStoreTest.event(base, "RUS", "190", "UKR", -10, EventFlags.ASSERTED)),
                  "c")),
          List.of());
    }
    dropVersionFive(true);
    dropPlaceColumns();
    RawDb.execute(tmp, "DELETE FROM schema_version WHERE version >= 4");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      List<StoredEvent> events = store.events(EventQuery.all());
      assertThat(events).hasSize(1);
      assertThat(events.get(0).event().place()).isEmpty();
    }
    assertThat(RawDb.count(tmp, "SELECT max(version) FROM schema_version"))
        .isEqualTo(Migrations.latest());
    assertThat(RawDb.count(tmp, "SELECT count(*) FROM events WHERE place_id IS NULL")).isEqualTo(1);
  }

  @Test
  void aStoreWithANewerSchemaIsRefused() throws Exception {
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(
          store.beginRun(List.of()),
          List.of(Fixtures.article("https://q.example/x", "Alice met Bob.")),
          List.of());
    }
    RawDb.execute(tmp, "INSERT INTO schema_version VALUES (999, TIMESTAMP '2030-01-01 00:00:00')");

    assertThatThrownBy(() -> ArticleStore.open(tmp))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 999")
        .hasMessageContaining("knows versions up to " + Migrations.latest())
        .hasMessageContaining("upgrade annals");
    // refusing does not touch the data, and releases the directory
    assertThat(RawDb.count(tmp, "SELECT count(*) FROM articles")).isEqualTo(1);
    RawDb.execute(tmp, "DELETE FROM schema_version WHERE version = 999");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      assertThat(store.stats().versions()).isEqualTo(1);
    }
  }

  @Test
  void migrationsAreNamedByVersion() {
    assertThatThrownBy(() -> new Migrations.Migration(2, "db/V1__init.sql"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Migrations.ALL.get(0).sql()).contains("CREATE TABLE articles");
  }
}
