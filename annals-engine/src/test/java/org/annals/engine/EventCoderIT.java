package org.annals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.coder.extract.EventExtractor;
import org.annals.model.AnnotatedText;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event coder on sentences we wrote, parsed by the real CoreNLP models and coded with the
 * shipped dictionaries: one or more cases per CAMEO root and per syntactic construction. An
 * expectation is "SOURCE CODE TARGET": actor codes exactly, the CAMEO code as a prefix (a root such
 * as "19" accepts 190..196), "-" for no target.
 */
class EventCoderIT {
  private static final LocalDate Y2025 = LocalDate.of(2025, 10, 10);
  private static EventExtractor coder;
  private static TextAnnotator annotator;

  @BeforeAll
  static void load() {
    coder = EventExtractor.standard();
    annotator = CoreNlp.annotator();
  }

  /** A text, the date it is read on, the events it must give, and events it must not give. */
  record Case(
      String name, LocalDate date, String text, List<String> expected, List<String> absent) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case yes(String name, String text, String... expected) {
    return new Case(name, Y2025, text, List.of(expected), List.of());
  }

  static Case on(LocalDate date, String name, String text, String... expected) {
    return new Case(name, date, text, List.of(expected), List.of());
  }

  /** Neither these events nor any other: the text asserts no event. */
  static Case none(String name, String text) {
    return new Case(name, Y2025, text, List.of(), List.of("*"));
  }

  static Stream<Case> roots() {
    return Stream.of(
        yes(
            "01 statement: sympathy",
            "Cuba expressed sympathy to Venezuela after the floods.",
            "CUB 01 VEN"),
        yes(
            "02 appeal",
            "Venezuela appealed to the United Nations for humanitarian aid.",
            "VEN 02 IGOUNO"),
        yes("03 intent: offer", "Russia offered military aid to Venezuela.", "RUS 03 VEN"),
        yes(
            "04 consult: meet",
            "Lavrov met his Venezuelan counterpart in Moscow on Tuesday.",
            "RUSGOV 04 VENGOV"),
        on(
            LocalDate.of(2019, 9, 25),
            "04 consult: visit",
            "Maduro visited Moscow.",
            "VENGOV 042 RUSGOV"),
        yes(
            "05 agreement, reciprocal",
                "Russia and Venezuela signed a strategic partnership treaty.",
            "RUS 057 VEN", "VEN 057 RUS"),
        yes(
            "05 ratification with a partner",
            "The State Duma ratified the treaty with Venezuela.",
            "RUSLEG 057 VEN"),
        yes("05 praise", "The Kremlin praised Venezuela.", "RUSGOV 051 VEN"),
        yes(
            "06 military cooperation",
            "Russia conducted joint naval exercises with Venezuela.",
            "RUS 06 VEN"),
        yes("07 aid", "The United States sent humanitarian aid to Haiti.", "USA 07 HTI"),
        yes("08 withdraw", "Russia withdrew its troops from Syria.", "RUS 08 SYR"),
        yes("09 investigate", "The United Nations investigated Israel.", "IGOUNO 09 ISR"),
        yes("10 demand", "Venezuela demanded an apology from the United States.", "VEN 10 USA"),
        yes("11 accuse", "Maduro accused the United States of plotting a coup.", "VENGOV 112 USA"),
        yes("11 criticize", "China criticized Japan.", "CHN 111 JPN"),
        yes("12 reject", "Venezuela rejected Washington's proposal.", "VEN 12 USAGOV"),
        yes("13 threaten", "North Korea threatened to attack the United States.", "PRK 13 USA"),
        yes("13 warn", "Iran warned Israel.", "IRN 13 ISR"),
        yes("14 protest", "Venezuelan students protested in Caracas.", "VENEDU 14 -"),
        yes("15 force posture", "Russia mobilized thousands of troops.", "RUS 15 -"),
        yes("16 sanctions", "The United States imposed sanctions on Venezuela.", "USA 163 VEN"),
        yes(
            "17 arrest",
            "Venezuelan authorities arrested two American citizens.",
            "VENGOV 173 USACVL"),
        yes("18 abduct", "Hamas abducted Israeli soldiers.", "PSEREB 18 ISRMIL"),
        yes(
            "19 strike a boat",
            "The US military struck a drug-smuggling boat in the Caribbean.",
            "USAMIL 19 CRM"),
        yes("19 attack", "Russia attacked Ukraine.", "RUS 19 UKR"),
        yes("19 bomb", "Israeli warplanes bombed Gaza.", "ISRMIL 195 PSE"),
        yes(
            "20 chemical weapons",
            "Syrian forces used chemical weapons against civilians.",
            "SYRMIL 20 CVL"));
  }

  static Stream<Case> syntax() {
    return Stream.of(
        yes("passive with agent", "Caracas was criticized by Washington.", "USAGOV 111 VENGOV"),
        yes(
            "coordinated subjects",
            "Russia and China condemned Israel.",
            "RUS 111 ISR",
            "CHN 111 ISR"),
        yes(
            "coordinated objects",
            "The United States sanctioned Venezuela and Cuba.",
            "USA 16 VEN",
            "USA 16 CUB"),
        yes(
            "sector composed with a country",
            "Venezuelan troops attacked Colombian soldiers.",
            "VENMIL 19 COLMIL"),
        yes("IGO", "NATO criticized Russia.", "IGOWSTNAT 111 RUS"),
        yes(
            "an air strike is aerial, not plain force",
            "The United States launched an air strike against Venezuela.",
            "USA 195 VEN"),
        yes(
            "force named by a noun, victims in a passive",
            "Three Syrian soldiers were killed in a Turkish air strike on Monday.",
            "TUR 195 SYRMIL"),
        yes(
            "force named by a noun, as the subject; a struck capital is its country",
            "A Russian missile strike on Kyiv killed five people.",
            "RUS 195 UKR"),
        yes(
            "force named by a noun: a barrage is artillery",
            "Two Lebanese civilians died in an Israeli artillery barrage.",
            "ISR 194 LBNCVL"),
        yes(
            "a subject noun of force names the kind of force",
            "Israeli shelling killed two Lebanese civilians.",
            "ISR 194 LBNCVL"),
        yes(
            "a cooperative passive with no agent: the parties 'between' act together",
            "The military cooperation agreement between Russia and Venezuela was signed on"
                + " Wednesday.",
            "RUS 057 VEN",
            "VEN 057 RUS"),
        none(
            "a hostile passive with no agent names no source",
            "The border between Colombia and Venezuela was closed on Monday."),
        yes(
            "sector nouns with no country take the sentence's one country",
            "Police arrested dozens of protesters in Caracas on Monday.",
            "VENCOP 173 VENCVL"),
        none("troops with no country stay unplaced", "Soldiers killed five civilians in Ukraine."),
        none(
            "force named by a noun, denied",
            "Ankara denied that Syrian soldiers were killed in a Turkish air strike."),
        yes(
            "sector with 'from' a country",
            "Soldiers from Colombia attacked Venezuela.",
            "COLMIL 19 VEN"),
        yes(
            "target deep in the object",
            "Cuba welcomed the resumption of diplomatic ties with Chile.",
            "CUB 0 CHL"),
        yes(
            "treaty partner via 'between'",
            "The Russian Parliament ratified the treaty between Moscow and Caracas.",
            "RUSLEG 057 VENGOV"),
        yes("owner of the object", "Brazil criticized Trump's threats.", "BRA 111 USAGOV"),
        yes(
            "reported speech keeps the asserted event",
            "Officials said Israel struck Lebanon on Tuesday.",
            "ISR 19 LBN"),
        yes(
            "intent under pledge",
            "Russia pledged to send humanitarian aid to Venezuela.",
            "RUS 03 VEN"),
        yes("future becomes a threat", "The United States will strike Venezuela.", "USA 13 VEN"),
        on(
            LocalDate.of(2019, 9, 25),
            "pronoun",
            "Maduro arrived in Moscow on Monday. He met Putin on Tuesday.",
            "VENGOV 04 RUSGOV"),
        on(
            LocalDate.of(2019, 9, 25),
            "the two leaders: the pair named before",
            "Maduro met Putin in Moscow on Wednesday. The two leaders signed a strategic"
                + " partnership treaty.",
            "VENGOV 057 RUSGOV",
            "RUSGOV 057 VENGOV"),
        yes(
            "both countries",
            "Cuba welcomed a delegation from Venezuela. Both countries signed a trade agreement.",
            "CUB 057 VEN",
            "VEN 057 CUB"),
        yes(
            "the two sides, across a sentence",
            "Russia sent envoys to Ukraine on Monday. The two sides signed a prisoner exchange"
                + " agreement.",
            "RUS 057 UKR",
            "UKR 057 RUS"),
        yes(
            "a clause the parser hangs on a name is still asserted",
            "After lengthy talks on Monday between the Cuban government and a Chinese delegation"
                + " led by Vice Premier Ding Xuexiang, the two sides signed a series of trade"
                + " agreements.",
            "CUBGOV 057 CHNGOV",
            "CHNGOV 057 CUBGOV"),
        yes(
            "force against a thing, no target actor",
            "US forces struck a boat in the Caribbean on Tuesday.",
            "USAMIL 19 -"),
        yes("seizing a ship, no target actor", "Iran seized a tanker in the Gulf.", "IRN 17 -"),
        yes(
            "two of something else is no pair of actors",
            "Russia attacked Ukraine. The two days of talks ended without a deal.",
            "RUS 19 UKR"),
        yes(
            "title with country",
            "Venezuela's president criticized the United States.",
            "VENGOV 111 USA"),
        on(
            LocalDate.of(2022, 3, 1),
            "former president",
            "Former President Trump criticized Biden.",
            "USAELI 111 USAGOV"),
        yes("same person, in office", "President Trump criticized Venezuela.", "USAGOV 111 VEN"),
        // the role held on the event's own date (December 2016), not on the article's
        on(
            LocalDate.of(2017, 3, 1),
            "role on the event's date",
            "Obama criticized Venezuela in December.",
            "USAGOV 111 VEN"),
        on(
            LocalDate.of(2017, 3, 1),
            "role on the article's date",
            "Obama criticized Venezuela.",
            "USAELI 111 VEN"),
        yes("alias", "The Bolivarian leader denounced Washington.", "VENGOV 111 USAGOV"),
        none("negation", "Russia did not attack Ukraine."),
        none("denial", "Russia denied that it had attacked Ukraine."),
        none("modal", "China could invade Taiwan."),
        none("conditional", "If Iran attacks Israel, the region will suffer."),
        yes(
            "names coordinated inside a title phrase",
            "Presidents Lula of Brazil and Petro of Colombia criticized Venezuela.",
            "BRAGOV 111 VEN",
            "COLGOV 111 VEN"),
        yes(
            "one sector of several countries",
            "The ambassadors of Brazil, Chile and Peru met Maduro.",
            "BRAGOV 04 VENGOV",
            "CHLGOV 04 VENGOV",
            "PERGOV 04 VENGOV"),
        new Case(
            "a place is not a second country",
            Y2025,
            "Russian troops in Syria attacked Turkey.",
            List.of("RUSMIL 19 TUR"),
            List.of("SYRMIL 19 TUR")),
        new Case(
            "a person's attack is verbal",
            Y2025,
            "Lula attacked the United States.",
            List.of("BRAGOV 111 USA"),
            List.of("BRAGOV 19 USA")),
        new Case(
            "another person with a listed surname",
            Y2025,
            "Senator Michael Maduro criticized Colombia.",
            List.of(),
            List.of("VENGOV 11 COL")),
        yes(
            "another country's institution",
            "Nigeria's Senate criticized Ghana.",
            "NGALEG 111 GHA"),
        none(
            "demanded, not done",
            "The assembly adopted a resolution demanding that Russia stop using force against Ukraine."),
        none("shared negation", "Russia did not attack or invade Ukraine."),
        none(
            "condition around a relative clause",
            "Peace is impossible unless the group that attacked Israel is disarmed."),
        none("question", "Will Russia attack Ukraine?"),
        none("plan", "Russia plans to deploy troops to Venezuela."),
        none("sport", "Brazil beat Argentina in the World Cup qualifier."),
        none("history lesson", "In 2008, Russia attacked Georgia."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roots")
  void codesEachCameoRoot(Case c) {
    check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntax")
  void handlesSyntacticCases(Case c) {
    check(c);
  }

  @Test
  void evidencePointsAtTheTriggerAndTheActorsWords() {
    String text = "Tensions rose. The United States imposed new sanctions on Venezuela on Friday.";
    List<CodedEvent> events = code(text, Y2025);
    assertThat(events).hasSize(1);
    CodedEvent e = events.get(0);
    assertThat(e.evidence().sentenceIndex()).isEqualTo(1);
    assertThat(e.evidence().trigger().of(text)).isEqualTo("imposed");
    assertThat(e.evidence().sentence().of(text)).startsWith("The United States imposed");
    assertThat(e.source().span().of(text)).contains("United States");
    assertThat(e.target().orElseThrow().span().of(text)).isEqualTo("Venezuela");
    assertThat(e.evidence().pattern()).contains("impose");
    assertThat(e.confidence()).isBetween(0.5, 1.0);
    assertThat(e.codebook()).isEqualTo("cameo-1.1b3");
    assertThat(e.plover().event()).isEqualTo("SANCTION");
  }

  @Test
  void unassertedEventsAreKeptFlaggedWhenAskedFor() {
    String text = "Russia did not attack Ukraine. China could invade Taiwan.";
    List<CodedEvent> events =
        coder.code(text, annotator.annotate(text, Optional.of(Y2025)), Y2025, true);
    assertThat(events).anySatisfy(e -> assertThat(e.flags().negated()).isTrue());
    assertThat(events).anySatisfy(e -> assertThat(e.flags().hypothetical()).isTrue());
    assertThat(events).noneSatisfy(e -> assertThat(e.flags().asserted()).isTrue());
  }

  private static void check(Case c) {
    List<CodedEvent> events = code(c.text(), c.date());
    List<String> got = new ArrayList<>();
    for (CodedEvent e : events) {
      got.add(
          e.source().code()
              + " "
              + e.cameo().code()
              + " "
              + e.target().map(EventActor::code).orElse("-"));
    }
    for (String want : c.expected()) {
      String[] w = want.split(" ");
      assertThat(got)
          .as("%s: want %s in %s", c.text(), want, got)
          .anySatisfy(
              g -> {
                String[] p = g.split(" ");
                assertThat(p[0]).isEqualTo(w[0]);
                assertThat(p[1]).startsWith(w[1]);
                assertThat(p[2]).isEqualTo(w[2]);
              });
    }
    if (c.absent().contains("*")) {
      assertThat(got).as("%s: want no events", c.text()).isEmpty();
    }
    for (String unwanted : c.absent()) {
      if (!unwanted.equals("*")) {
        assertThat(got)
            .as("%s: must not give %s", c.text(), unwanted)
            .noneSatisfy(
                g -> assertThat(g.replaceAll(" (\\d{2})\\d* ", " $1 ")).isEqualTo(unwanted));
      }
    }
  }

  private static List<CodedEvent> code(String text, LocalDate date) {
    AnnotatedText annotation = annotator.annotate(text, Optional.of(date));
    return coder.code(text, annotation, date);
  }
}
