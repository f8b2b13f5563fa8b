package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScorerTest {
  static LabeledSpan span(int doc, int start, int end, String type) {
    return new LabeledSpan(doc, start, end, type);
  }

  @Test
  void exactMatchNeedsDocumentBoundariesAndType() {
    List<LabeledSpan> gold =
        List.of(
            span(0, 0, 2, "PER"), span(0, 5, 6, "LOC"), span(1, 0, 1, "LOC"), span(1, 3, 5, "ORG"));
    List<LabeledSpan> predicted =
        List.of(
            span(0, 0, 2, "PER"), // right
            span(0, 5, 6, "ORG"), // wrong type: an ORG false positive and a LOC miss
            span(0, 0, 1, "LOC"), // wrong document for the LOC of document 1
            span(1, 3, 4, "ORG"), // too short
            span(1, 3, 5, "ORG")); // right

    SpanScores scores = SpanScorer.exact(gold, predicted);

    assertThat(scores.of("PER")).isEqualTo(new Counts(1, 0, 0));
    assertThat(scores.of("LOC")).isEqualTo(new Counts(0, 1, 2));
    assertThat(scores.of("ORG")).isEqualTo(new Counts(1, 2, 0));
    assertThat(scores.of("MISC")).isEqualTo(Counts.ZERO);
    assertThat(scores.micro()).isEqualTo(new Counts(2, 3, 2));
    assertThat(scores.micro().precision()).isEqualTo(0.4);
    assertThat(scores.micro().recall()).isEqualTo(0.5);
    assertThat(scores.micro().f1()).isCloseTo(2 * 0.4 * 0.5 / 0.9, within(1e-12));
    assertThat(scores.byType().keySet()).containsExactly("LOC", "ORG", "PER");
  }

  @Test
  void duplicatesCountOnce() {
    LabeledSpan paris = span(0, 3, 4, "LOC");

    SpanScores scores = SpanScorer.exact(List.of(paris), List.of(paris, paris));

    assertThat(scores.micro()).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void emptyInputsScoreZeroWithoutDividingByZero() {
    SpanScores none = SpanScorer.exact(List.of(), List.of());
    assertThat(none.micro()).isEqualTo(Counts.ZERO);
    assertThat(none.micro().f1()).isZero();
    assertThat(none.macroF1()).isZero();

    Counts nothingPredicted = SpanScorer.exact(List.of(span(0, 0, 1, "PER")), List.of()).micro();
    assertThat(nothingPredicted.precision()).isZero();
    assertThat(nothingPredicted.recall()).isZero();
  }

  @Test
  void overlapPairsOneToOneByLargestOverlap() {
    List<LabeledSpan> gold =
        List.of(span(0, 10, 20, "DATE"), span(0, 30, 35, "DURATION"), span(1, 0, 5, "DATE"));
    List<LabeledSpan> predicted =
        List.of(
            span(0, 8, 12, "DATE"), // overlaps the first gold by 2
            span(0, 12, 20, "DATE"), // overlaps it by 8: wins
            span(0, 34, 40, "DATE"), // overlaps the second gold: types are ignored
            span(1, 5, 9, "DATE")); // touches but does not overlap

    List<SpanScorer.Match> matches = SpanScorer.overlapMatches(gold, predicted);

    assertThat(matches)
        .containsExactly(
            new SpanScorer.Match(gold.get(0), predicted.get(1)),
            new SpanScorer.Match(gold.get(1), predicted.get(2)));
    assertThat(SpanScorer.overlap(gold, predicted)).isEqualTo(new Counts(2, 2, 1));
  }

  @Test
  void onePredictionCoveringTwoGoldSpansPairsWithOnlyOne() {
    List<LabeledSpan> gold = List.of(span(0, 0, 4, "DATE"), span(0, 5, 9, "TIME"));
    List<LabeledSpan> predicted = List.of(span(0, 0, 9, "DATE"));

    assertThat(SpanScorer.overlap(gold, predicted)).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void strictExtentIgnoresTypes() {
    List<LabeledSpan> gold = List.of(span(0, 0, 4, "DATE"), span(0, 5, 9, "TIME"));
    List<LabeledSpan> predicted = List.of(span(0, 0, 4, "DURATION"), span(0, 5, 8, "TIME"));

    assertThat(SpanScorer.strictExtent(gold, predicted)).isEqualTo(new Counts(1, 1, 1));
  }
}
