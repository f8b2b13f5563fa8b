package org.annals.resolve.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.DatePrecision;
import org.annals.model.EventPlace;
import org.junit.jupiter.api.Test;

class EventMergerTest {
  private final EventMerger merger = EventMerger.standard();

  static Mention.Actor actor(String code) {
    return new Mention.Actor(
        code, code.substring(0, 3), code.length() > 3 ? code.substring(3) : "");
  }

  /** A mention builder with sensible defaults, changed per test. */
  static final class M {
    String id = "ev_1";
    String article = "a_1";
    int sentence = 0;
    String copyGroup = null;
    String outlet = "Outlet A";
    LocalDate published = LocalDate.of(2025, 10, 23);
    String source = "RUSLEG";
    String target = "VENGOV";
    String code = "057";
    String trigger = "ratify";
    LocalDate start = LocalDate.of(2025, 10, 22);
    LocalDate end = start;
    Mention.Where place = null;
    Set<String> terms = Set.of("parliament", "ratify", "treaty", "strategic", "partnership");
    Set<String> numbers = Set.of();

    M id(String v) {
      id = v;
      return this;
    }

    M article(String v) {
      article = v;
      return this;
    }

    Mention build() {
      return new Mention(
          id,
          article,
          sentence,
          copyGroup == null ? article : copyGroup,
          outlet,
          Optional.ofNullable(published),
          Optional.ofNullable(source).map(EventMergerTest::actor),
          Optional.ofNullable(target).map(EventMergerTest::actor),
          code,
          trigger,
          Optional.ofNullable(start),
          Optional.ofNullable(start == null ? null : end),
          start == null ? DatePrecision.UNKNOWN : DatePrecision.DAY,
          Optional.ofNullable(place),
          terms,
          numbers);
    }
  }

  static final Mention.Where CARIBBEAN =
      new Mention.Where("water:caribbean-sea", 15, -75, EventPlace.Precision.WATER, "", true);
  static final Mention.Where PACIFIC =
      new Mention.Where("water:eastern-pacific", 10, -95, EventPlace.Precision.WATER, "", true);

  @Test
  void twoOutletsReportingOneRatificationAreOneEvent() {
    Mention a = new M().build();
    M other = new M().id("ev_2").article("a_2");
    other.outlet = "Outlet B";
    other.source = "RUS"; // "Russia ratified" against "the Russian parliament ratified"
    other.terms = Set.of("russia", "ratify", "treaty", "partnership", "venezuela");
    MergeScore s = merger.compare(a, other.build());
    assertTrue(s.same(), s.explain());
    assertTrue(s.explain().contains("dyad 0.80"), s.explain());
  }

  @Test
  void anUndatedFollowUpReportMergesWithTheDatedOne() {
    M later = new M().id("ev_2").article("a_2");
    later.start = null;
    later.published = LocalDate.of(2025, 10, 24);
    MergeScore s = merger.compare(new M().build(), later.build());
    assertTrue(s.same(), s.explain());
  }

  @Test
  void theSameActOnDifferentDaysIsTwoEvents() {
    M other = new M().id("ev_2").article("a_2");
    other.start = LocalDate.of(2025, 9, 2);
    other.end = other.start;
    MergeScore s = merger.compare(new M().build(), other.build());
    assertFalse(s.same());
    assertTrue(s.conflicts().get(0).startsWith("different dates"), s.explain());
  }

  @Test
  void strikesInDifferentSeasAreTwoEvents() {
    M a = new M();
    a.source = "USAMIL";
    a.target = "VEN";
    a.code = "195";
    a.trigger = "strike";
    a.place = CARIBBEAN;
    a.terms = Set.of("strike", "boat", "military", "kill");
    M b = new M().id("ev_2").article("a_2");
    b.source = a.source;
    b.target = a.target;
    b.code = a.code;
    b.trigger = a.trigger;
    b.terms = a.terms;
    b.place = PACIFIC;
    MergeScore s = merger.compare(a.build(), b.build());
    assertFalse(s.same(), s.explain());
    assertTrue(s.conflicts().get(0).startsWith("different places"), s.explain());
    b.place = CARIBBEAN;
    assertTrue(merger.compare(a.build(), b.build()).same());
  }

  @Test
  void otherActorsOrOtherKindsOfActAreOtherEvents() {
    M usa = new M().id("ev_2").article("a_2");
    usa.source = "USAGOV";
    assertTrue(
        merger
            .compare(new M().build(), usa.build())
            .conflicts()
            .get(0)
            .startsWith("different actors"));
    M attack = new M().id("ev_3").article("a_3");
    attack.code = "190";
    assertTrue(
        merger
            .compare(new M().build(), attack.build())
            .conflicts()
            .get(0)
            .startsWith("different kinds"));
  }

  @Test
  void twoEventsOfOneSentenceNeverMerge() {
    M b = new M().id("ev_2");
    MergeScore s = merger.compare(new M().build(), b.build());
    assertFalse(s.same());
    assertTrue(s.conflicts().get(0).startsWith("same sentence"));
  }

  @Test
  void undatedReportsFarApartInTimeAreNotMerged() {
    M a = new M();
    a.start = null;
    M b = new M().id("ev_2").article("a_2");
    b.start = null;
    b.published = a.published.plusDays(40);
    assertFalse(merger.compare(a.build(), b.build()).same());
    b.published = a.published.plusDays(1);
    assertTrue(merger.compare(a.build(), b.build()).same());
  }

  @Test
  void nearDuplicateArticlesCountAsCopies() {
    M a = new M();
    a.start = null;
    a.terms = Set.of("x");
    M b = new M().id("ev_2").article("a_2");
    b.start = null;
    b.terms = Set.of("y");
    b.published = a.published.plusDays(5);
    b.source = "RUSGOV";
    assertFalse(merger.compare(a.build(), b.build()).same());
    b.copyGroup = "a_1";
    MergeScore s = merger.compare(a.build(), b.build());
    assertTrue(s.same(), s.explain());
    assertTrue(s.explain().contains("copies"), s.explain());
  }

  @Test
  void clusteringKeepsTheFirstReportsIdAndVetoesOnAnyMember() {
    Mention first = new M().build();
    M second = new M().id("ev_2").article("a_2");
    second.outlet = "B";
    M third = new M().id("ev_3").article("a_3");
    third.start = LocalDate.of(2025, 10, 23); // a day later: agrees with both, weakly
    third.end = third.start;
    M fourth = new M().id("ev_4").article("a_4");
    fourth.start = LocalDate.of(2025, 10, 30);
    fourth.end = fourth.start;
    List<EventMerger.Group> groups =
        merger.cluster(List.of(first, second.build(), third.build(), fourth.build()));
    assertEquals(2, groups.size(), groups.toString());
    assertEquals("ev_1", groups.get(0).id());
    assertEquals(3, groups.get(0).members().size());
    assertEquals("ev_4", groups.get(1).id());
  }
}
