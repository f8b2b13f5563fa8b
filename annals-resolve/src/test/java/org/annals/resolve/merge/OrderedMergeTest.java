package org.annals.resolve.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.model.EventPlace;
import org.annals.resolve.merge.EventMergerTest.M;
import org.junit.jupiter.api.Test;

class OrderedMergeTest {
  private final OrderedMerge merge = OrderedMerge.standard();

  static M report(String id, String article) {
    return new M().id(id).article(article);
  }

  static Map<String, OrderedMerge.Decision> byId(List<OrderedMerge.Decision> decisions) {
    Map<String, OrderedMerge.Decision> out = new LinkedHashMap<>();
    decisions.forEach(d -> out.put(d.mentionId(), d));
    return out;
  }

  @Test
  void otherCodesOfOneActMergeWithAScoreAndTheMatch() {
    // RUS→VEN and RUSLEG→VENGOV, 057 and 051: the same country pair, the same root, one day
    M a = report("ev_1", "a_1");
    a.source = "RUS";
    a.target = "VEN";
    M b = report("ev_2", "a_2");
    b.code = "051";
    merge.add(a.build(), true);
    merge.add(b.build(), true);
    Map<String, OrderedMerge.Decision> d = byId(merge.finish());
    assertEquals("founded", d.get("ev_1").method());
    assertEquals(OrderedMerge.FIRST_REPORT, d.get("ev_1").evidence());
    assertEquals("merged", d.get("ev_2").method());
    assertEquals("ev_1", d.get("ev_2").mergedId());
    assertEquals("ev_1", d.get("ev_2").matchedId().orElseThrow());
    assertTrue(d.get("ev_2").score().orElseThrow() >= 0.65);
    assertTrue(d.get("ev_2").evidence().contains("code"), d.get("ev_2").evidence());
  }

  @Test
  void decidesAsTheMergerDoesOverReportsInOneWindow() {
    // every report here is a candidate of every later one: the decisions are the merger's
    List<Mention> reports = new ArrayList<>();
    String[][] rows = {
      {"RUSLEG", "VENGOV", "057", "2025-10-22"},
      {"RUS", "VEN", "057", "2025-10-22"},
      {"RUSLEG", "VENGOV", "057", "2025-10-25"},
      {"RUSLEG", "VENGOV", "190", "2025-10-22"},
      {"RUSGOV", "VENGOV", "051", "2025-10-23"},
      {"RUSLEG", "VENGOV", "057", "2025-10-26"},
    };
    for (int i = 0; i < rows.length; i++) {
      M m = report("ev_" + i, "a_" + i);
      m.source = rows[i][0];
      m.target = rows[i][1];
      m.code = rows[i][2];
      m.start = LocalDate.parse(rows[i][3]);
      m.end = m.start;
      reports.add(m.build());
      merge.add(reports.get(i), true);
    }
    Map<String, String> ours =
        merge.finish().stream()
            .collect(
                Collectors.toMap(
                    OrderedMerge.Decision::mentionId, OrderedMerge.Decision::mergedId));
    Map<String, String> merger = new LinkedHashMap<>();
    for (EventMerger.Group g : EventMerger.standard().cluster(reports)) {
      g.members().forEach(m -> merger.put(m.id(), g.id()));
    }
    assertEquals(merger, ours);
    // and the case is not trivial: some merge, some stay apart
    assertEquals("ev_0", ours.get("ev_1"));
    assertEquals("ev_2", ours.get("ev_2"));
    assertEquals("ev_3", ours.get("ev_3"));
  }

  @Test
  void aReportOutsideTheWindowIsNoCandidateThoughTheMergerWouldTakeIt() {
    M dated = report("ev_1", "a_1");
    dated.start = LocalDate.of(2025, 3, 1);
    dated.end = dated.start;
    dated.published = LocalDate.of(2025, 3, 2);
    M undated = report("ev_2", "a_2");
    undated.start = null;
    undated.published = LocalDate.of(2025, 6, 1);
    Mention x = dated.build();
    Mention y = undated.build();
    assertTrue(EventMerger.standard().compare(y, x).same(), "the merger alone merges them");
    merge.add(x, true);
    merge.add(y, true);
    assertEquals("ev_2", byId(merge.finish()).get("ev_2").mergedId());
  }

  @Test
  void aCopyFindsTheReportsOfItsOriginalWhateverTheirDates() {
    M original = report("ev_1", "a_1");
    original.start = LocalDate.of(2025, 3, 1);
    original.end = original.start;
    original.published = LocalDate.of(2025, 3, 2);
    M copy = report("ev_2", "a_2");
    copy.copyGroup = "a_1";
    copy.start = null;
    copy.published = LocalDate.of(2025, 6, 1);
    merge.add(original.build(), true);
    merge.add(copy.build(), true);
    OrderedMerge.Decision d = byId(merge.finish()).get("ev_2");
    assertEquals("ev_1", d.mergedId());
    assertTrue(d.evidence().contains("copies"), d.evidence());
  }

  @Test
  void anUnassertedReportStaysAloneAndIsNoCandidate() {
    merge.add(report("ev_1", "a_1").build(), false);
    merge.add(report("ev_2", "a_2").build(), true);
    Map<String, OrderedMerge.Decision> d = byId(merge.finish());
    assertEquals("unasserted", d.get("ev_1").method());
    assertEquals(OrderedMerge.UNASSERTED, d.get("ev_1").evidence());
    assertTrue(d.get("ev_1").representative());
    assertEquals("founded", d.get("ev_2").method());
  }

  @Test
  void aBetterRankedLaterReportBecomesTheOnlyRepresentative() {
    M first = report("ev_1", "a_1");
    M second = report("ev_2", "a_2");
    second.place =
        new Mention.Where("geo:caracas", 10.5, -66.9, EventPlace.Precision.CITY, "VEN", true);
    M third = report("ev_3", "a_3");
    Mention a = first.build();
    Mention b = second.build();
    assertTrue(OrderedMerge.rank(b) < OrderedMerge.rank(a));
    merge.add(a, true);
    merge.add(b, true);
    merge.add(third.build(), true);
    Map<String, OrderedMerge.Decision> d = byId(merge.finish());
    assertEquals(Set.of("ev_1"), Set.copyOf(d.values().stream().map(x -> x.mergedId()).toList()));
    assertFalse(d.get("ev_1").representative());
    assertTrue(d.get("ev_2").representative());
    assertFalse(d.get("ev_3").representative());
  }

  @Test
  void twoReportsOfOneSentenceNeverMergeAndTheArticlesOwnReportsAreCandidates() {
    M a = report("ev_1", "a_1");
    M b = report("ev_2", "a_1");
    M c = report("ev_3", "a_1");
    c.sentence = 2;
    merge.add(a.build(), true);
    merge.add(b.build(), true);
    merge.add(c.build(), true);
    Map<String, OrderedMerge.Decision> d = byId(merge.finish());
    assertEquals("ev_2", d.get("ev_2").mergedId());
    assertEquals("merged", d.get("ev_3").method());
  }

  @Test
  void aReportWithoutATargetMeetsTheReportsWithOne() {
    M a = report("ev_1", "a_1");
    M b = report("ev_2", "a_2");
    b.target = null;
    merge.add(a.build(), true);
    merge.add(b.build(), true);
    assertEquals("ev_1", byId(merge.finish()).get("ev_2").mergedId());
  }

  @Test
  void finishForgetsTheBlockAndAReportIsAddedOnce() {
    merge.add(report("ev_1", "a_1").build(), true);
    assertThrows(
        IllegalArgumentException.class, () -> merge.add(report("ev_1", "a_1").build(), true));
    assertEquals(1, merge.finish().size());
    assertEquals(0, merge.pending());
    merge.add(report("ev_2", "a_2").build(), true);
    assertEquals("founded", merge.finish().get(0).method());
  }
}
