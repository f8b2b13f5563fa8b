package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** The evaluation loop with a fake tagger: extents, values, types. */
class TimeEvaluationTest {
  @Test
  void scoresExtentsValuesAndTypes() {
    TimeMlDocument doc = TimeMlReader.parse("test.tml", TimeMlReaderTest.TML);
    String text = doc.text();
    List<Optional<LocalDate>> anchors = new ArrayList<>();
    TimeEvaluation.TimeTagger tagger =
        (t, publication) -> {
          anchors.add(publication);
          return List.of(
              // "Dar Friday": relaxed match with the right value
              time(t, "Dar Friday", "DATE", "1998-08-07"),
              // "three hours": strict match, DURATION values are not scored
              time(t, "three hours", "DURATION", "PT3H"),
              // "will meet soon": relaxed match, wrong value and wrong type
              time(t, "will meet soon", "TIME", "1998-08-08"),
              // no gold here
              time(t, "Ministers", "DATE", "PRESENT_REF"));
        };

    TimeReport report = TimeEvaluation.score("test", List.of(doc), 1, () -> tagger, Progress.NONE);

    assertThat(anchors).containsExactly(Optional.of(LocalDate.of(1998, 8, 7)));
    assertThat(report.strict()).isEqualTo(new Counts(1, 3, 2));
    assertThat(report.relaxed()).isEqualTo(new Counts(3, 1, 0));
    assertThat(report.value()).isEqualTo(new Ratio(1, 2));
    assertThat(report.valueByType()).containsOnlyKeys("DATE");
    assertThat(report.strictValue()).isEqualTo(Ratio.NONE);
    assertThat(report.typeAccuracy()).isEqualTo(new Ratio(2, 3));
    assertThat(report.table()).contains("relaxed").contains("value DATE+TIME");
    assertThat(text).contains("Dar Friday");

    // value F1 over all types: "three hours" right on the exact extent, "Dar Friday" right on an
    // overlapping one, "soon" wrong; 4 predictions, 3 gold
    assertThat(report.strictValueF1()).isEqualTo(new Counts(1, 3, 2));
    assertThat(report.relaxedValueF1()).isEqualTo(new Counts(2, 2, 1));
    assertThat(report.relaxedValueF1().f1()).isCloseTo(4.0 / 7, within(1e-9));
    List<String> lines = report.table().lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("value F1=0.571");
    assertThat(report.table()).contains("extent + value");

    // what does not score: "soon" paired with another value, "Ministers" not in the gold
    assertThat(report.mistakes()).hasSize(2);
    assertThat(report.mistakes().get(0))
        .startsWith("wrong\tTEST0001\t1998-08-07\t\"soon\" DATE FUTURE_REF\t")
        .contains("\"will meet soon\" TIME 1998-08-08");
    assertThat(report.mistakes().get(1)).startsWith("spurious\tTEST0001").contains("[Ministers]");
    assertThat(report.mistakesListing()).hasLineCount(2);
  }

  @Test
  void valueF1CountsEveryPredictionAndEveryGoldExpression() {
    Counts extents = new Counts(8, 2, 1); // 10 predicted, 9 gold
    assertThat(TimeEvaluation.valueF1(extents, 6)).isEqualTo(new Counts(6, 4, 3));
    assertThat(TimeEvaluation.valueF1(extents, 0).f1()).isZero();
  }

  static TimeExpression time(String text, String expression, String type, String value) {
    int start = text.indexOf(expression);
    return new TimeExpression(
        0,
        new CharSpan(start, start + expression.length()),
        expression,
        type,
        Optional.of(value),
        true);
  }
}
