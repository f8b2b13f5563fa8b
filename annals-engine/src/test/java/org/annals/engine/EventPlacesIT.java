package org.annals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.coder.extract.EventExtractor;
import org.annals.model.AnnotatedText;
import org.annals.model.CodedEvent;
import org.annals.model.EventPlace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each event's own place, on sentences we wrote, through the real CoreNLP models, the shipped coder
 * and the bundled gazetteer.
 */
class EventPlacesIT {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 10);
  private static EventExtractor coder;
  private static TextAnnotator annotator;
  private static EventPlaces places;

  @BeforeAll
  static void load() {
    coder = EventExtractor.standard();
    annotator = CoreNlp.annotator();
    places = EventPlaces.standard();
  }

  private static List<CodedEvent> code(String text) {
    AnnotatedText a = annotator.annotate(text, Optional.of(DAY));
    return places.locate(text, a, coder.code(text, a, DAY));
  }

  private static EventPlace only(String text) {
    List<CodedEvent> events = code(text);
    assertThat(events).as("events of %s", text).hasSize(1);
    return events.get(0).place().orElseThrow(() -> new AssertionError("no place: " + text));
  }

  @Test
  void aPlaceInTheEventsClause() {
    String text = "Maduro, speaking in Caracas on Friday, accused the United States of piracy.";
    EventPlace p = only(text);
    assertThat(p.name()).isEqualTo("Caracas");
    assertThat(p.country()).contains("VEN");
    assertThat(p.precision()).isEqualTo(EventPlace.Precision.CITY);
    assertThat(p.basis()).isEqualTo(EventPlace.Basis.CLAUSE);
    assertThat(p.span().of(text)).isEqualTo("Caracas");
  }

  @Test
  void anEventAtSeaIsAtSea() {
    EventPlace p =
        only("The United States attacked a Venezuelan vessel in the Caribbean Sea on Tuesday.");
    assertThat(p.precision()).isEqualTo(EventPlace.Precision.WATER);
    assertThat(p.country()).isEmpty();
    assertThat(p.basis()).isEqualTo(EventPlace.Basis.CLAUSE);
  }

  @Test
  void aSubjectsPlaceIsNotTheEvents() {
    // "in Syria" places the troops; the attack happened near Idlib
    EventPlace p = only("Russian troops in Syria attacked Turkish soldiers near Idlib.");
    assertThat(p.name()).isEqualTo("Idlib");
    assertThat(p.country()).contains("SYR");
  }

  @Test
  void anActorIsNotAPlace() {
    List<CodedEvent> events = code("Moscow criticized Washington.");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).place()).isEmpty();
  }

  @Test
  void withoutAPlaceInTheClauseTheDatelineIsTheFocus() {
    String text =
        "BOGOTA — Colombia accused Venezuela of harboring rebels. "
            + "The rebels attacked a village on Sunday.";
    List<CodedEvent> events = code(text);
    assertThat(events).isNotEmpty();
    EventPlace p = events.get(0).place().orElseThrow();
    assertThat(p.name()).isEqualTo("Bogotá");
    assertThat(p.basis()).isEqualTo(EventPlace.Basis.ARTICLE_FOCUS);
    assertThat(p.confidence()).isLessThan(0.6);
  }
}
