package org.annals.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.CandidateActor;
import org.annals.model.CharSpan;
import org.annals.model.EventEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Promotion: a reviewed candidate becomes an entry that the dictionary loads as a user file. */
class PromotedActorTest {
  private static final ActorDictionary SHIPPED = ActorDictionary.standard();

  // "Colombian Defense Minister Tomas Arbelaez accused Venezuela of hoarding."
  private static CandidateActor candidate(String name, String nerType) {
    return new CandidateActor(
        name,
        name,
        nerType,
        Optional.of("COL"),
        Optional.of("GOV"),
        Optional.of("COLGOV"),
        Optional.of("Colombian Defense Minister"),
        CandidateActor.Side.SOURCE,
        "112",
        Optional.of("VEN"),
        Optional.of("COLGOV"),
        new CharSpan(27, 27 + name.length()),
        new EventEvidence(0, new CharSpan(0, 120), new CharSpan(42, 49), "112 accuse"));
  }

  @Test
  void aPersonBecomesAPersonEntryWithADatedRole() {
    PromotedActor p =
        PromotedActor.of(candidate("Tomas Arbelaez", "PERSON"), "COLGOV")
            .during(Optional.of(LocalDate.of(2021, 2, 3)), Optional.empty());
    assertThat(p.entry(SHIPPED))
        .isEqualTo(
            """
            # promoted candidate actor (PERSON; cue: Colombian Defense Minister)
            PERSON  Tomas Arbelaez
              role: COL GOV 2021-02-03..
            """);
  }

  @Test
  void theEntryLoadsAndCodesThePersonOnTheRolesDates() {
    String entry =
        PromotedActor.of(candidate("Tomas Arbelaez", "PERSON"), "COLMIL")
            .during(Optional.of(LocalDate.of(2021, 2, 3)), Optional.of(LocalDate.of(2022, 8, 7)))
            .withAliases(List.of("Tomás Arbeláez", "Arbelaez"))
            .entry(SHIPPED);
    ActorDictionary d = ActorDictionary.of("promoted.actors.txt", entry);
    PersonEntry p = d.people("Tomas Arbelaez").get(0);
    assertThat(p.roleOn(LocalDate.of(2022, 1, 1)))
        .hasValueSatisfying(
            r -> {
              assertThat(r.actor()).isEqualTo("COL");
              assertThat(r.sector()).isEqualTo("MIL");
            });
    assertThat(p.roleOn(LocalDate.of(2023, 1, 1))).isEmpty();
    assertThat(d.phrasesStartingWith("tomas")).hasSize(1); // accents fold: one phrase
    assertThat(d.phrasesStartingWith("arbelaez")).hasSize(1);
  }

  @Test
  void anUndatedRoleIsOpenOnBothSides() {
    String entry = PromotedActor.of(candidate("Tomas Arbelaez", "PERSON"), "COLOPP").entry(SHIPPED);
    assertThat(entry).contains("  role: COL OPP ..\n");
    PersonEntry p = ActorDictionary.of("promoted", entry).people("Tomas Arbelaez").get(0);
    assertThat(p.roleOn(LocalDate.of(1990, 1, 1))).isPresent();
  }

  @Test
  void anOrganisationBecomesAGroupWithCountryAndSector() {
    String entry =
        PromotedActor.of(candidate("Venezuelan Chamber of Commerce", "ORGANIZATION"), "VENBUS")
            .entry(SHIPPED);
    assertThat(entry)
        .endsWith(
            """
            GROUP VENBUS  Venezuelan Chamber of Commerce
              country: VEN
              sector: BUS
            """);
    ActorDictionary d = ActorDictionary.of("promoted", entry);
    assertThat(d.phrasesStartingWith("venezuelan").get(0).sense())
        .isEqualTo(
            new Sense.Group(
                "VENBUS",
                "Venezuelan Chamber of Commerce",
                Optional.of("VEN"),
                Optional.of("BUS")));
  }

  @Test
  void theDictionaryTellsTheIgoFromItsSector() {
    assertThat(PromotedActor.split("IGOWSTNAT", SHIPPED)).containsExactly("IGOWSTNAT", "");
    assertThat(PromotedActor.split("IGOUNOMIL", SHIPPED)).containsExactly("IGOUNO", "MIL");
    assertThat(PromotedActor.split("COLGOV", SHIPPED)).containsExactly("COL", "GOV");
    assertThat(PromotedActor.split("XYZGOV", SHIPPED)).containsExactly("XYZ", "GOV");
    String entry = PromotedActor.of(candidate("Tomas Arbelaez", "PERSON"), "IGOUNO").entry(SHIPPED);
    assertThat(entry).contains("  role: IGOUNO head ..\n");
  }

  @Test
  void aPersonNeedsASectorAfterACountry() {
    PromotedActor p = PromotedActor.of(candidate("Tomas Arbelaez", "PERSON"), "COL");
    assertThatThrownBy(() -> p.entry(SHIPPED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COLGOV");
  }

  @Test
  void rejectsWhatTheFileFormatCannotHold() {
    CandidateActor c = candidate("Tomas Arbelaez", "PERSON");
    assertThatThrownBy(() -> PromotedActor.of(c, "colgov"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'colgov'");
    assertThatThrownBy(() -> PromotedActor.of(c, "COLGOV").withAliases(List.of("A | B")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'|'");
    assertThatThrownBy(
            () ->
                PromotedActor.of(candidate("Banco Sur", "ORGANIZATION"), "VENBUS")
                    .during(Optional.of(LocalDate.of(2020, 1, 1)), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a person's role has dates");
    assertThatThrownBy(
            () ->
                PromotedActor.of(c, "COLGOV")
                    .during(
                        Optional.of(LocalDate.of(2022, 1, 1)),
                        Optional.of(LocalDate.of(2021, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void promotionIsAppendingToAUserFileTheDictionaryLoads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.actors.txt");
    Files.writeString(file, "# my actors\n", StandardCharsets.UTF_8);
    for (PromotedActor p :
        List.of(
            PromotedActor.of(candidate("Tomas Arbelaez", "PERSON"), "COLGOV"),
            PromotedActor.of(candidate("Banco Sur", "ORGANIZATION"), "VENBUS"))) {
      Files.writeString(file, p.entry(SHIPPED), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
    ActorDictionary d = ActorDictionary.withFiles(List.of(file));
    assertThat(d.people("Tomas Arbelaez")).hasSize(1);
    assertThat(d.phrasesStartingWith("banco"))
        .anySatisfy(ph -> assertThat(ph.sense()).isInstanceOf(Sense.Group.class));
    assertThat(d.personCount()).isEqualTo(SHIPPED.personCount() + 1);
  }

  @Test
  void sectorsListTheWordsThatMarkAnOrganisationsName() {
    ActorDictionary d =
        ActorDictionary.of(
            "test",
            """
            SECTOR BUS  companies | banks
              in-names: Bank | Chamber of Commerce | Inc.
            SECTOR LEG  parliament
              in-names: Chamber of Deputies
            """);
    assertThat(d.nameWordsStartingWith("chamber"))
        .extracting(ActorDictionary.NameWord::sector)
        .containsExactlyInAnyOrder("BUS", "LEG");
    assertThat(d.nameWordsStartingWith("inc.")).hasSize(1);
    assertThat(d.phrasesStartingWith("bank")).isEmpty(); // a name word is not a sector noun
  }
}
