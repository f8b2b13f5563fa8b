package org.annals.coder.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.annals.coder.dict.DictionaryException;
import org.annals.coder.dict.PersonEntry;
import org.annals.coder.dict.Phrase;
import org.annals.coder.dict.Role;
import org.annals.coder.dict.Sense;
import org.annals.coder.dict.VerbPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PETRARCH-format fixtures (written here, not copied) translated into Annals dictionaries. */
class PetrarchDictionariesTest {

  static final String ACTORS =
      """
      <!-- a small test actor file
           spanning two lines -->
      FREEDONIA_  [FRD]   # a country
      +FREEDONIAN
      +FREEDONIA_CITY
      SYLVANIA [SYL]
      +THE_SY
      SYLVANIAN_LIBERATION_FRONT [SYLREBSLF]
      GREEN_PARTY [---]
      RUFUS_T._FIREFLY_  ; CountryInfo.txt
      +FIREFLY
      \t[FRDELI 19200101-331117]
      \t[FRDGOV 331117-351231]
      \t[FRDELI]
      TRENTINO
      \t[SYL < 19330601]
      \t[SYLGOV >330601]
      ODD_ACTOR [ABC/DEF]
      """;

  static final String AGENTS =
      """
      !PERSON! = MAN, MEN, WOMAN, WOMEN
      SOLDIER [~MIL]
      POLICE {} [~COP]
      ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
      PARTY [~PTY]
      CONGRESS!PERSON! [~LEG]
      RELIEF_AGENCY [NGO~]
      NO_CODE_HERE
      """;

  static final String VERBS =
      """
      <!-- synsets -->
      &TREATY
      +TREATY
      +ACCORD
      +PEACE_AGREEMENT
      &AID_
      +AID
      +ASSISTANCE

      --- SIGN  [057] ---
      SIGN
      INK
      - * &TREATY  [057]
      - * {TRADE DEAL} (WITH +)  [0311]
      - &TREATY *  [057]     # words before the verb: skipped
      - * WITH %  [031]      # compound: skipped

      --- SEND  [---] ---
      SEND {SENDS SENT SENDING}
      - * &AID (TO +)  [0233]
      - * + (TO)  [042:043]
      - * TROOPS  [---]      # null code: skipped
      - * WEAPONS  [999]     # not a CAMEO code: skipped
      - * OUT FEELERS  [031]

      --- CARRY_OUT [---] ---
      +CARRY_OUT {+CARRIED_OUT +CARRIES_OUT}
      WIRE_+TAP
      - * RAID (AGAINST +) [190]
      - * STRIKE (ON) +  [195]

      ~ a (a b ATTACK) SAY = a b 015
      """;

  static final String DISCARDS =
      """
      # story-level discards start with '+'
      BASEBALL
      +WORLD CUP   # the whole story
      CRICKET_MATCH
      """;

  private static PetrarchDictionaries all() {
    return PetrarchDictionaries.translation()
        .verbs("test.verbs.txt", VERBS)
        .actors("test.actors.txt", ACTORS)
        .agents("test.agents.txt", AGENTS)
        .discards("test.discards.txt", DISCARDS)
        .build();
  }

  private static List<Sense> senses(PetrarchDictionaries d, String phrase) {
    List<String> tokens = List.of(phrase.split(" "));
    return d.actors().phrasesStartingWith(tokens.get(0)).stream()
        .filter(p -> p.tokens().equals(tokens))
        .map(Phrase::sense)
        .toList();
  }

  @Test
  void countriesMergeSynonymsUnderOneCode() {
    PetrarchDictionaries d = all();
    assertThat(d.actors().country("FRD")).isPresent();
    assertThat(senses(d, "freedonian")).contains(new Sense.Country("FRD", Sense.Form.NAME));
    assertThat(senses(d, "freedonia city")).contains(new Sense.Country("FRD", Sense.Form.NAME));
    assertThat(d.actorText()).contains("COUNTRY FRD  freedonia | freedonian | freedonia city");
    // short acronyms keep their capitals, also after "the", so that "sy" does not match
    assertThat(d.actorText()).contains("COUNTRY SYL  sylvania | the SY");
    assertThat(d.actors().phrasesStartingWith("sy")).isNotEmpty().allMatch(Phrase::caseSensitive);
  }

  @Test
  void longerCodesBecomeGroupsThatAgentsComposeWith() {
    PetrarchDictionaries d = all();
    assertThat(senses(d, "sylvanian liberation front"))
        .containsExactly(
            new Sense.Group(
                "SYLREBSLF",
                "sylvanian liberation front",
                Optional.of("SYLREBSLF"),
                Optional.empty()));
  }

  @Test
  void datedActorsBecomePeopleWhoseRolesCodeAsThePetrarchCode() {
    PetrarchDictionaries d = all();
    List<PersonEntry> firefly = d.actors().people("rufus t. firefly");
    assertThat(firefly).hasSize(1);
    PersonEntry p = firefly.get(0);
    assertThat(codeOn(p, LocalDate.of(1925, 1, 1))).isEqualTo("FRDELI");
    assertThat(codeOn(p, LocalDate.of(1934, 1, 1))).isEqualTo("FRDGOV");
    // the default code [FRDELI] fills the times no restriction covers
    assertThat(codeOn(p, LocalDate.of(1940, 1, 1))).isEqualTo("FRDELI");
    assertThat(codeOn(p, LocalDate.of(1900, 1, 1))).isEqualTo("FRDELI");
    assertThat(senses(d, "firefly")).hasSize(1);

    PersonEntry trentino = d.actors().people("trentino").get(0);
    assertThat(codeOn(trentino, LocalDate.of(1933, 6, 1))).isEqualTo("SYL"); // '<' is inclusive
    assertThat(codeOn(trentino, LocalDate.of(1950, 1, 1))).isEqualTo("SYLGOV"); // YYMMDD: 19YY
  }

  private static String codeOn(PersonEntry p, LocalDate date) {
    Role r = p.roleOn(date).orElseThrow();
    return r.actor() + r.sector();
  }

  @Test
  void nullAndUnexpressibleActorCodesAreSkippedAndCounted() {
    PetrarchDictionaries d = all();
    assertThat(senses(d, "green party")).isEmpty();
    assertThat(senses(d, "odd actor")).isEmpty();
    assertThat(d.report())
        .contains("actors: 7 read, 5 translated, 2 skipped")
        .contains("skipped 1: null code (---)")
        .contains(
            "skipped 1: code Annals cannot express  e.g. test.actors.txt:18 odd actor [ABC/DEF]");
  }

  @Test
  void agentsBecomeSectorsWithPlurals() {
    PetrarchDictionaries d = all();
    assertThat(senses(d, "soldier")).contains(new Sense.Sector("MIL", false));
    assertThat(senses(d, "soldiers")).contains(new Sense.Sector("MIL", false));
    assertThat(senses(d, "police")).contains(new Sense.Sector("COP", false));
    assertThat(senses(d, "polices")).isEmpty(); // {} : no plural
    assertThat(senses(d, "attorneys general")).contains(new Sense.Sector("GOV", false));
    assertThat(senses(d, "parties")).contains(new Sense.Sector("PTY", false));
    assertThat(senses(d, "congresswomen")).contains(new Sense.Sector("LEG", false));
    assertThat(senses(d, "relief agencies")).contains(new Sense.Sector("NGO", false));
    assertThat(d.report())
        .contains("agents: 7 read, 6 translated, 1 skipped")
        .contains("skipped 1: no [CODE]")
        .contains("approximated 1: prefix agent (CODE~) composed as a suffix");
  }

  @Test
  void synsetsBecomeWordClasses() {
    PetrarchDictionaries d = all();
    assertThat(d.verbText()).contains("@TREATY = treaty | accord | agreement");
    assertThat(d.verbText()).contains("@AID = aid | assistance");
    VerbPattern sign = only(d.verbs().patterns("sign"), "057", 1);
    assertThat(sign.groups().get(0).get(0).slot()).isEqualTo("obj");
    assertThat(sign.groups().get(0).get(0).words()).contains("treaty", "accord", "agreement");
  }

  @Test
  void verbBlocksGiveIsolatedVerbsAndPatternsForEveryVerb() {
    PetrarchDictionaries d = all();
    // the block code for the isolated verb, for each verb of the block
    assertThat(only(d.verbs().patterns("sign"), "057", 0)).isNotNull();
    assertThat(only(d.verbs().patterns("ink"), "057", 0)).isNotNull();
    // {TRADE DEAL} (WITH +): the head of the object, the target after 'with'
    VerbPattern trade = only(d.verbs().patterns("ink"), "0311", 2);
    assertThat(constraints(trade)).containsExactly("obj=deal", "with=+");
    // a null block code gives no isolated pattern
    assertThat(d.verbs().patterns("send")).noneMatch(p -> p.groups().isEmpty());
    VerbPattern aid = only(d.verbs().patterns("send"), "0233", 2);
    assertThat(constraints(aid)).containsExactly("obj=aid|assistance", "to=+");
    // '+' right after the verb: the object is the target; (TO) alone: anything after 'to'
    VerbPattern visit = only(d.verbs().patterns("send"), "042", 2);
    assertThat(constraints(visit)).containsExactly("obj=+", "to=*");
    // a particle right after '*' makes a particle verb
    VerbPattern feelers =
        d.verbs().patterns("send").stream()
            .filter(p -> p.particle().isPresent())
            .findFirst()
            .orElseThrow();
    assertThat(feelers.particle()).contains("out");
    assertThat(feelers.code()).isEqualTo("031");
    assertThat(constraints(feelers)).containsExactly("obj=feeler|feelers");
    // particle verbs from +CARRY_OUT; WIRE_+TAP (words before the verb) is skipped
    VerbPattern raid = only(d.verbs().patterns("carry"), "190", 2);
    assertThat(raid.particle()).contains("out");
    assertThat(constraints(raid)).containsExactly("obj=raid", "against=+");
    // "(ON) +": the target after the preposition
    assertThat(constraints(only(d.verbs().patterns("carry"), "195", 2)))
        .containsExactly("obj=strike", "on=+");
    assertThat(d.verbs().patterns("tap")).isEmpty();
  }

  @Test
  void untranslatablePatternsAreSkippedAndCounted() {
    PetrarchDictionaries d = all();
    // a code CAMEO lacks is kept and listed, so the evaluation can code with it
    assertThat(d.verbs().patterns("send")).anyMatch(p -> p.code().equals("999"));
    assertThat(d.extraCodes()).contains("999");
    assertThat(d.report())
        .contains("patterns: 12 read, 8 translated, 4 skipped")
        .contains("skipped 1: words before the verb")
        .contains("skipped 1: '%' compound or '^' skip")
        .contains("skipped 1: null code (---)")
        .contains("code not in the CAMEO codebook, kept (see extraCodes)  e.g. test.verbs.txt:23")
        .contains("skipped 1: transformation (~) lines")
        .contains("approximated 1: complex code (A:B): the first part is used")
        .contains("verbs: 5 read, 4 translated, 1 skipped")
        .contains("words before the verb (pre-compound verbs)  e.g. test.verbs.txt:28 WIRE_+TAP");
  }

  @Test
  void discardsGiveWordsToTheDirectiveAndKeepPhrases() {
    PetrarchDictionaries d = all();
    assertThat(d.verbs().is("discard", "baseball")).isTrue();
    assertThat(d.discardPhrases()).containsExactly("world cup", "cricket match");
    assertThat(d.storyDiscards()).containsExactly("world cup");
  }

  @Test
  void loadsAFolderByFileNames(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Test.verbs.txt"), VERBS);
    Files.writeString(dir.resolve("Test.actors.txt"), ACTORS);
    Files.writeString(dir.resolve("Test.agents.txt"), AGENTS);
    Files.writeString(dir.resolve("Test.discards.txt"), DISCARDS);
    Files.writeString(dir.resolve("README.txt"), "not a dictionary [ ");
    PetrarchDictionaries d = PetrarchDictionaries.load(dir);
    assertThat(d.verbs().patterns("sign")).isNotEmpty();
    assertThat(d.actors().country("FRD")).isPresent();
    assertThat(d.verbs().is("discard", "baseball")).isTrue();
    assertThat(d.report()).contains("Test.verbs.txt").doesNotContain("README");
  }

  @Test
  void aMalformedLineIsReportedWithItsFileAndLine() {
    assertThatThrownBy(
            () ->
                PetrarchDictionaries.translation()
                    .actors("bad.actors.txt", "# header\n+SYNONYM_WITHOUT_ACTOR\nFOO [FOO]\n")
                    .build())
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("bad.actors.txt:2")
        .hasMessageContaining("needs an actor above it");
    assertThatThrownBy(
            () ->
                PetrarchDictionaries.translation()
                    .verbs("bad.verbs.txt", "&SET\n+WORD\n\n- * WORD [010]\n")
                    .build())
        .isInstanceOf(DictionaryException.class)
        .hasMessageStartingWith("bad.verbs.txt:4: ")
        .hasMessageContaining("block");
    assertThatThrownBy(
            () -> PetrarchDictionaries.translation().actors("bad.actors.txt", "FOO [FOO\n").build())
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("bad.actors.txt:1")
        .hasMessageContaining("without ']'");
  }

  private static VerbPattern only(List<VerbPattern> patterns, String code, int constraints) {
    List<VerbPattern> found =
        patterns.stream()
            .filter(p -> p.code().equals(code) && p.groups().size() == constraints)
            .toList();
    assertThat(found)
        .as("patterns %s with %d constraints in %s", code, constraints, patterns)
        .hasSize(1);
    return found.get(0);
  }

  private static List<String> constraints(VerbPattern p) {
    return p.groups().stream()
        .map(
            g -> {
              VerbPattern.Constraint c = g.get(0);
              String v =
                  c.target()
                      ? "+"
                      : c.any()
                          ? "*"
                          : c.words().stream().sorted().collect(Collectors.joining("|"));
              return c.slot() + "=" + v;
            })
        .toList();
  }
}
