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
import org.annals.model.EventActor;
import org.annals.model.EventDate;
import org.annals.model.EventEvidence;
import org.annals.model.EventFlags;
import org.annals.model.EventPlace;
import org.annals.model.EventType;
import org.annals.model.PloverType;
import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events are stored with their articles, transactionally, and queried by actor, code and date. */
class EventStoreTest {
  @TempDir Path tmp;

  static CodedEvent event(
      ArticleRecord r, String source, String code, String target, double goldstein, EventFlags f) {
    return event(
        r, source, code, target, goldstein, f, EventDate.unknown(r.article().published().date()));
  }

  static CodedEvent event(
      ArticleRecord r,
      String source,
      String code,
      String target,
      double goldstein,
      EventFlags f,
      EventDate date) {
    Sentence s = r.annotation().sentences().get(0);
    CharSpan sp = s.span();
    CharSpan first = s.tokens().get(0).span();
    return new CodedEvent(
        "cameo-1.1b3",
        new EventActor(
            source,
            source,
            first.of(r.article().clean().text()),
            Optional.of(source.substring(0, 3)),
            Optional.empty(),
            first,
            "name",
            List.of()),
        Optional.of(
            new EventActor(
                target,
                target,
                "them",
                Optional.of(target.substring(0, 3)),
                Optional.empty(),
                sp,
                "name",
                List.of())),
        new EventType(code, "name of " + code, goldstein, goldstein < 0 ? 4 : 1),
        new PloverType("ASSAULT", "", List.of("military")),
        f,
        0.8,
        new EventEvidence(s.index(), sp, s.tokens().get(1).span(), code + " test"),
        date);
  }

  @Test
  void eventsRoundTripAndFilter() {
    ArticleRecord base =
        Fixtures.article("https://e.example/a", "Alice attacked Bob in the morning.");
    List<CodedEvent> events =
        List.of(
            event(base, "RUSMIL", "190", "UKR", -10, EventFlags.ASSERTED),
            event(base, "USAGOV", "057", "VENGOV", 8, EventFlags.ASSERTED),
            event(base, "CHN", "190", "TWN", -10, new EventFlags(false, false, true)));
    ArticleRecord r = new ArticleRecord(base.article(), base.annotation(), events, "test-coder");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(store.beginRun(List.of()), List.of(r), List.of());
      assertThat(store.eventCount()).isEqualTo(3);

      List<StoredEvent> all = store.events(EventQuery.all());
      assertThat(all).hasSize(2); // the hypothetical one is stored but not listed
      StoredEvent first = all.get(0);
      assertThat(first.id()).startsWith("ev_");
      assertThat(first.event()).isEqualTo(events.get(0));
      assertThat(first.url()).isEqualTo("https://e.example/a");
      assertThat(first.sentence()).isEqualTo("Alice attacked Bob in the morning.");
      assertThat(first.coder()).isEqualTo("test-coder");
      assertThat(first.triggerRaw().length())
          .isEqualTo(first.event().evidence().trigger().length());

      assertThat(store.events(query("RUS", null, null, null, true))).hasSize(1);
      assertThat(store.events(query(null, "USA", "VEN", null, false))).hasSize(1);
      assertThat(store.events(query(null, "VEN", "USA", null, false))).isEmpty();
      assertThat(store.events(query(null, null, null, "19", true))).hasSize(2);
      assertThat(store.events(query(null, null, null, "057", false))).hasSize(1);
      LocalDate published = first.published().orElseThrow();
      assertThat(
              store.events(
                  new EventQuery(
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of(published.plusDays(1)),
                      Optional.empty(),
                      true,
                      10,
                      0)))
          .isEmpty();
    }
    // re-storing the same article adds no events
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(store.beginRun(List.of()), List.of(r), List.of());
      assertThat(store.eventCount()).isEqualTo(3);
    }
  }

  @Test
  void fromAndToFilterOnTheEventsOwnDateAndOnTheUpperBoundOfUndatedOnes() {
    ArticleRecord base =
        Fixtures.article("https://e.example/d", "Alice attacked Bob last week and today.");
    LocalDate published = base.article().published().date().orElseThrow();
    LocalDate monday = published.minusDays(14);
    EventDate lastWeek =
        EventDate.of(
            monday,
            monday.plusDays(6),
            DatePrecision.WEEK,
            new EventDate.Evidence("last week", new CharSpan(20, 29)),
            Optional.of(published));
    List<CodedEvent> events =
        List.of(
            event(base, "RUSMIL", "190", "UKR", -10, EventFlags.ASSERTED, lastWeek),
            event(base, "USAGOV", "057", "VENGOV", 8, EventFlags.ASSERTED));
    ArticleRecord r = new ArticleRecord(base.article(), base.annotation(), events, "c");
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(store.beginRun(List.of()), List.of(r), List.of());
      List<StoredEvent> inWeek = store.events(between(monday.plusDays(3), monday.plusDays(3)));
      assertThat(inWeek).hasSize(1);
      assertThat(inWeek.get(0).event()).isEqualTo(events.get(0));
      assertThat(inWeek.get(0).event().date().evidence().orElseThrow().text())
          .isEqualTo("last week");
      // the undated event is matched by its publication date only
      assertThat(store.events(between(published, published)))
          .extracting(e -> e.event().cameo().code())
          .containsExactly("057");
      assertThat(store.events(between(monday.plusDays(7), published.minusDays(1)))).isEmpty();
    }
  }

  private static EventQuery between(LocalDate from, LocalDate to) {
    return new EventQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(from),
        Optional.of(to),
        true,
        10,
        0);
  }

  @Test
  void badQueriesSayWhatIsWrong() {
    assertThatThrownBy(() -> query(null, null, null, "1x", false))
        .hasMessageContaining("2 to 4 digits");
    assertThatThrownBy(
            () ->
                new EventQuery(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(LocalDate.of(2025, 2, 1)),
                    Optional.of(LocalDate.of(2025, 1, 1)),
                    false,
                    10,
                    0))
        .hasMessageContaining("after");
  }

  private static EventQuery query(
      String actor, String source, String target, String code, boolean all) {
    return new EventQuery(
        Optional.ofNullable(actor),
        Optional.ofNullable(source),
        Optional.ofNullable(target),
        Optional.ofNullable(code),
        Optional.empty(),
        Optional.empty(),
        all,
        100,
        0);
  }

  @Test
  void placesRoundTripAndFilterByDistance() throws Exception {
    ArticleRecord r = Fixtures.article("https://q.example/place", "Alice attacked Bob in Caracas.");
    EventPlace caracas =
        new EventPlace(
            "geonames:3646738",
            "Caracas",
            "Caracas",
            10.488,
            -66.8792,
            Optional.of("VEN"),
            EventPlace.Precision.CITY,
            EventPlace.Basis.CLAUSE,
            new CharSpan(21, 28),
            0.9);
    CodedEvent placed =
        event(r, "RUS", "190", "UKR", -10, EventFlags.ASSERTED).withPlace(Optional.of(caracas));
    CodedEvent unplaced = event(r, "RUS", "111", "UKR", -2, EventFlags.ASSERTED);
    try (ArticleStore store = ArticleStore.open(tmp)) {
      store.storeBatch(
          store.beginRun(List.of()),
          List.of(new ArticleRecord(r.article(), r.annotation(), List.of(placed, unplaced), "c")),
          List.of());
      List<StoredEvent> all = store.events(EventQuery.all());
      assertThat(all).hasSize(2);
      assertThat(all)
          .anySatisfy(e -> assertThat(e.event().place()).contains(caracas))
          .anySatisfy(e -> assertThat(e.event().place()).isEmpty());
      // Caracas–La Guaira is ~20 km; Bogotá ~1,000 km
      assertThat(store.events(EventQuery.all().within(new EventQuery.Near(10.6, -66.93, 30))))
          .singleElement()
          .satisfies(e -> assertThat(e.event().cameo().code()).isEqualTo("190"));
      assertThat(store.events(EventQuery.all().within(new EventQuery.Near(4.61, -74.08, 500))))
          .isEmpty();
    }
  }
}
