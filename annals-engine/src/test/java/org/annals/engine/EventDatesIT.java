package org.annals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.coder.extract.EventExtractor;
import org.annals.model.CodedEvent;
import org.annals.model.DatePrecision;
import org.annals.model.EventDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Event dates through the real annotator (CoreNLP parse and SUTime) and the real coder, on
 * sentences we wrote. An expectation names the event ("SOURCE CODE TARGET", the code as a prefix)
 * and its date: {@code start..end precision}, or {@code unknown}.
 */
class EventDatesIT {
  /** A Friday. */
  private static final LocalDate FRI_2025_10_10 = LocalDate.of(2025, 10, 10);

  private static EventExtractor coder;
  private static TextAnnotator annotator;

  @BeforeAll
  static void load() {
    coder = EventExtractor.standard();
    annotator = CoreNlp.annotator();
  }

  record Case(LocalDate published, String text, String event, String date) {
    @Override
    public String toString() {
      return text + " → " + date;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            FRI_2025_10_10,
            "Lavrov met his Venezuelan counterpart in Moscow on Tuesday.",
            "RUSGOV 04 VENGOV",
            "2025-10-07..2025-10-07 day"),
        // the bracketed day of the month wins over the latest Wednesday (the 23rd)
        new Case(
            LocalDate.of(2022, 2, 25),
            "Russia and Venezuela signed a military cooperation agreement on Wednesday night (16).",
            "RUS 05 VEN",
            "2022-02-16..2022-02-16 day"),
        new Case(
            FRI_2025_10_10,
            "Russia condemned Ukraine last week.",
            "RUS 1 UKR",
            "2025-09-29..2025-10-05 week"),
        // the parser hangs "on Wednesday" on the subject; it still dates the ratification
        new Case(
            FRI_2025_10_10,
            "The Russian parliament on Wednesday ratified a strategic partnership treaty with"
                + " Venezuela.",
            "RUSLEG 05 VEN",
            "2025-10-08..2025-10-08 day"),
        new Case(
            FRI_2025_10_10,
            "Russia signed a treaty with Venezuela in May.",
            "RUS 05 VEN",
            "2025-05-01..2025-05-31 month"),
        new Case(
            FRI_2025_10_10,
            "Russia signed a treaty with Venezuela a year ago.",
            "RUS 05 VEN",
            "2024-01-01..2024-12-31 year"),
        // "on Monday" dates the saying, not the condemnation
        new Case(
            FRI_2025_10_10,
            "Maduro said on Monday that Russia condemned Ukraine.",
            "RUS 1 UKR",
            "unknown"),
        new Case(
            FRI_2025_10_10,
            "Russia and Venezuela signed a strategic partnership treaty.",
            "RUS 05 VEN",
            "unknown"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void datesTheEventFromItsOwnClause(Case c) {
    List<CodedEvent> events =
        coder.code(
            c.text(), annotator.annotate(c.text(), Optional.of(c.published())), c.published());
    String[] want = c.event().split(" ");
    Optional<CodedEvent> event =
        events.stream()
            .filter(
                e ->
                    e.source().code().equals(want[0])
                        && e.cameo().code().startsWith(want[1])
                        && e.target().map(t -> t.code().equals(want[2])).orElse(false))
            .findFirst();
    assertThat(event).as("%s: want %s in %s", c.text(), c.event(), events).isPresent();
    EventDate d = event.get().date();
    assertThat(d.upperBound()).contains(c.published());
    if (c.date().equals("unknown")) {
      assertThat(d.precision()).as(c.text()).isEqualTo(DatePrecision.UNKNOWN);
      assertThat(d.start()).isEmpty();
      return;
    }
    String[] range = c.date().split("\\.\\.| ");
    assertThat(d.start()).as(c.text()).contains(LocalDate.parse(range[0]));
    assertThat(d.end()).as(c.text()).contains(LocalDate.parse(range[1]));
    assertThat(d.precision().label()).as(c.text()).isEqualTo(range[2]);
    assertThat(d.evidence()).isPresent();
    assertThat(
            c.text().substring(d.evidence().get().span().start(), d.evidence().get().span().end()))
        .isEqualTo(d.evidence().get().text());
  }
}
