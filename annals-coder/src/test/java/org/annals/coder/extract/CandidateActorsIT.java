package org.annals.coder.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.AnnotatedText;
import org.annals.model.CandidateActor;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.NlpConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Candidate actors on sentences we wrote, parsed by the real CoreNLP models and coded with the
 * shipped dictionaries. The people and organisations are invented, except Diego Molano and Nicolás
 * Maduro, whom the dictionary knows.
 */
class CandidateActorsIT {
  private static final LocalDate DATE = LocalDate.of(2022, 2, 10);
  private static CoreNlpAnnotator annotator;
  private static EventExtractor coder;

  @BeforeAll
  static void load() {
    annotator = CoreNlpAnnotator.shared(NlpConfig.from(Map.of()));
    coder = EventExtractor.standard();
  }

  private static Coding code(String text, boolean keepUnasserted) {
    AnnotatedText annotation = annotator.annotate(text, Optional.of(DATE));
    Coding coding = coder.codeWithCandidates(text, annotation, DATE, keepUnasserted);
    // the events are exactly what code() gives: candidates change nothing
    assertThat(coding.events())
        .as("events of: %s", text)
        .isEqualTo(coder.code(text, annotation, DATE, keepUnasserted));
    return coding;
  }

  private static List<CandidateActor> candidates(String text) {
    return code(text, false).candidates();
  }

  private static CandidateActor only(String text) {
    List<CandidateActor> found = candidates(text);
    assertThat(found).as("candidates of: %s", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void aTitleBeforeTheNameGivesCountryAndSectorAndTheGenericCode() {
    String text = "Colombian Defense Minister Tomas Arbelaez accused Venezuela of hoarding fuel.";
    CandidateActor c = only(text);
    assertThat(c.name()).isEqualTo("Tomas Arbelaez");
    assertThat(c.nerType()).isEqualTo("PERSON");
    assertThat(c.side()).isEqualTo(CandidateActor.Side.SOURCE);
    assertThat(c.country()).contains("COL");
    assertThat(c.sector()).contains("GOV");
    assertThat(c.likelyCode()).contains("COLGOV");
    assertThat(c.cue()).contains("Colombian Defense Minister");
    assertThat(c.eventCode()).isEqualTo("112");
    assertThat(c.counterpart()).contains("VEN");
    assertThat(c.codedAs()).as("the event was coded from the title").contains("COLGOV");
    assertThat(c.span().of(text)).isEqualTo("Tomas Arbelaez");
    assertThat(c.evidence().trigger().of(text)).isEqualTo("accused");
  }

  @Test
  void aDescriptionInAppositionAndALaterSurnameAreTheSamePerson() {
    String text =
        "Tomas Arbelaez, Colombia's defense minister, arrived in Bogota on Monday. Arbelaez met"
            + " Juan Perez, a spokesman for the Venezuelan army.";
    List<CandidateActor> found = candidates(text);
    assertThat(found)
        .extracting(CandidateActor::name, CandidateActor::text, CandidateActor::side)
        .contains(
            tuple("Tomas Arbelaez", "Arbelaez", CandidateActor.Side.SOURCE),
            tuple("Juan Perez", "Juan Perez", CandidateActor.Side.TARGET));
    CandidateActor arbelaez = found.get(0);
    assertThat(arbelaez.likelyCode()).contains("COLGOV");
    assertThat(arbelaez.cue()).contains("Colombia's defense minister");
    assertThat(arbelaez.codedAs()).as("no event: the target was unknown").isEmpty();
    CandidateActor perez =
        found.stream().filter(c -> c.name().equals("Juan Perez")).findFirst().orElseThrow();
    assertThat(perez.likelyCode()).contains("VENMIL");
    assertThat(perez.cue()).contains("a spokesman for the Venezuelan army");
  }

  @Test
  void anOrganisationsNameSaysItsCountryAndSector() {
    CandidateActor c =
        only("The Venezuelan Chamber of Commerce criticized the government of Colombia.");
    assertThat(c.name()).isEqualTo("Venezuelan Chamber of Commerce");
    assertThat(c.nerType()).isEqualTo("ORGANIZATION");
    assertThat(c.likelyCode()).contains("VENBUS");
    assertThat(c.counterpart()).contains("COLGOV");
    assertThat(c.codedAs()).isEmpty();

    List<CandidateActor> both = candidates("The Bank of Colombia sued the Workers' Party.");
    assertThat(both)
        .extracting(CandidateActor::name, CandidateActor::country, CandidateActor::sector)
        .containsExactly(
            tuple("Bank of Colombia", Optional.of("COL"), Optional.of("BUS")),
            tuple("Workers' Party", Optional.empty(), Optional.of("PTY")));
  }

  @Test
  void sectorWordsBeforeATitleAndIgosSayWhoThePersonServes() {
    List<CandidateActor> found =
        candidates("UN envoy Karl Lindqvist met rebel commander Ivan Duarte on Friday.");
    assertThat(found)
        .extracting(CandidateActor::name, CandidateActor::sector, CandidateActor::likelyCode)
        .containsExactly(
            tuple("Karl Lindqvist", Optional.of("IGO"), Optional.of("IGOUNO")),
            tuple("Ivan Duarte", Optional.of("REB"), Optional.of("REB")));
    CandidateActor gonzalez = only("Opposition leader Maria Gonzalez condemned Colombia.");
    assertThat(gonzalez.sector()).contains("OPP");
    assertThat(gonzalez.country()).isEmpty();
    assertThat(gonzalez.likelyCode()).as("no country: the opposition of where?").isEmpty();
  }

  @Test
  void anActorReadFromAnAppositionIsWhatTheNameWasCodedAs() {
    CandidateActor c = only("Juan Perez, Maduro's spokesman, criticized Colombia.");
    assertThat(c.name()).isEqualTo("Juan Perez");
    assertThat(c.likelyCode()).contains("VENGOV");
    assertThat(c.codedAs()).contains("VENGOV");
  }

  @Test
  void pronounsAndKnownPeopleGiveNoCandidates() {
    // "He" is Juan Perez, but a pronoun never makes a candidate (nor, today, an event)
    assertThat(candidates("Juan Perez arrived in Quito on Sunday. He criticized Cuba."))
        .extracting(CandidateActor::eventCode)
        .containsExactly("042");
    // Molano alone is Diego Molano, whom the dictionary knows
    assertThat(
            candidates(
                "Diego Molano visited Quito on Sunday. Molano criticized Cuba. Nicolas Maduro"
                    + " criticized Colombia."))
        .isEmpty();
  }

  @Test
  void candidatesFollowTheEventsRulesOnNegation() {
    String text = "Juan Perez did not criticize Cuba.";
    assertThat(code(text, false).candidates()).isEmpty();
    assertThat(code(text, true).candidates())
        .extracting(CandidateActor::name, CandidateActor::eventCode)
        .containsExactly(tuple("Juan Perez", "111"));
  }
}
