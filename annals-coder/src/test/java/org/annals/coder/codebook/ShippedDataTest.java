package org.annals.coder.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.VerbLexicon;
import org.annals.model.EventType;
import org.junit.jupiter.api.Test;

/** The shipped codebook, dictionaries and lexicon load, agree with each other and cover enough. */
class ShippedDataTest {
  private final Codebook codebook = Codebook.standard();

  @Test
  void codebookHasAllRootsWithQuadClassesAndGoldstein() {
    Set<String> roots = codebook.types().stream().map(EventType::root).collect(Collectors.toSet());
    assertThat(roots).hasSize(20);
    assertThat(codebook.types().size()).isGreaterThanOrEqualTo(280);
    for (EventType t : codebook.types()) {
      int root = Integer.parseInt(t.root());
      int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertThat(t.quadClass()).as(t.code()).isEqualTo(quad);
      assertThat(t.goldstein()).as(t.code()).isBetween(-10.0, 10.0);
      assertThat(t.name()).as(t.code()).isNotBlank();
    }
    assertThat(codebook.require("057").name()).containsIgnoringCase("agreement");
    assertThat(codebook.require("195").goldstein()).isLessThan(-5);
  }

  @Test
  void everyCodeHasAPloverReading() {
    for (EventType t : codebook.types()) {
      assertThat(codebook.plover(t.code()).event()).as(t.code()).isNotBlank();
    }
    assertThat(codebook.plover("190").event()).isEqualTo("ASSAULT");
    assertThat(codebook.plover("057").event()).isEqualTo("AGREE");
  }

  @Test
  void intentAndThreatCodesPointIntoRoots03And13() {
    assertThat(codebook.intentFor("042")).hasValueSatisfying(c -> assertThat(c).startsWith("03"));
    assertThat(codebook.threatFor("190")).hasValueSatisfying(c -> assertThat(c).startsWith("13"));
    assertThat(codebook.threatFor("195")).hasValueSatisfying(c -> assertThat(c).startsWith("138"));
  }

  @Test
  void lexiconCodesExistAndEveryRootHasPatterns() {
    VerbLexicon lex = VerbLexicon.standard();
    assertThat(lex.patternCount()).isGreaterThan(300);
    Set<String> roots = new java.util.TreeSet<>();
    for (String lemma : lex.lemmas()) {
      lex.patterns(lemma)
          .forEach(
              p -> {
                assertThat(codebook.contains(p.code())).as(p.text()).isTrue();
                roots.add(p.code().substring(0, 2));
              });
    }
    assertThat(roots).hasSize(20);
    assertThat(lex.is("report", "said")).isFalse(); // lemmas, not forms, are listed
    assertThat(lex.is("report", "say")).isTrue();
    assertThat(lex.is("negation", "not")).isTrue();
  }

  @Test
  void dictionaryCoversCountriesIgosAndDatedPeople() {
    ActorDictionary d = ActorDictionary.standard();
    assertThat(d.countryCount()).isGreaterThanOrEqualTo(190);
    for (String code :
        List.of("USA", "RUS", "VEN", "CHN", "IRN", "ISR", "UKR", "BRA", "COL", "CUB")) {
      assertThat(d.country(code)).as(code).isPresent();
    }
    assertThat(d.personCount()).isGreaterThanOrEqualTo(150);
    assertThat(d.holders("USA", List.of("head-of-state"), LocalDate.of(2022, 6, 1)))
        .extracting(p -> p.name())
        .containsExactly("Joe Biden");
    assertThat(d.holders("USA", List.of("head-of-state"), LocalDate.of(2025, 6, 1)))
        .extracting(p -> p.name())
        .containsExactly("Donald Trump");
    assertThat(d.holders("RUS", List.of("foreign-minister"), LocalDate.of(2025, 6, 1)))
        .extracting(p -> p.name())
        .containsExactly("Sergei Lavrov");
  }
}
