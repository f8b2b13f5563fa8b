package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading PETRARCH records (fixtures we wrote in their format) and scoring a coder on them. */
class CoderEvaluationTest {
  static final String RECORDS =
      """
      <Validation>
      <!-- a comment with <Sentence id="fake"> inside is ignored -->
      <Sentence category="ONE" date="20080806" id="A_1" evaluate="true"/>
      <EventCoding eventcode="057" sourcecode="RUS" targetcode="VEN" />
      <EventCoding eventcode="057" sourcecode="VEN" targetcode="RUS" />
      <Text>
      Russia and Venezuela signed
      a treaty &amp; more.
      </Text>
      <Parse>1 Russia ...</Parse>
      </Sentence>
      <Sentence category="ONE" date="121108" id="A_2">
      <EventCoding noevents = "True"/>
      <Text>Nothing happened.</Text>
      </Sentence>
      <Sentence date="19950101" id="E_1" category="ERR" sentence="true">
      <EventCoding error="some error"/>
      <Text>Broken.</Text>
      </Sentence>
      </Validation>
      """;

  @Test
  void readsRecordsInBothDialects() {
    List<PetrarchRecord> r = PetrarchRecordReader.parse("t.xml", RECORDS);
    assertThat(r).hasSize(3);
    assertThat(r.get(0).text()).isEqualTo("Russia and Venezuela signed a treaty & more.");
    assertThat(r.get(0).expected())
        .containsExactly(
            new PetrarchRecord.Expected("RUS", "VEN", "057"),
            new PetrarchRecord.Expected("VEN", "RUS", "057"));
    assertThat(r.get(0).date()).isEqualTo(LocalDate.of(2008, 8, 6));
    assertThat(r.get(1).noEvents()).isTrue();
    assertThat(r.get(1).date()).isEqualTo(LocalDate.of(2012, 11, 8));
    assertThat(r.get(2).error()).isTrue();
  }

  @Test
  void configOptionsHoldUntilChanged() {
    String xml =
        """
        <Sentence date="19950101" id="C_1"><Text>One.</Text></Sentence>
        <Config option="require_dyad" value="False"></Config>
        <Sentence date="19950101" id="C_2"><Text>Two.</Text></Sentence>
        <Sentence date="19950101" id="C_3"><Text>Three.</Text></Sentence>
        <Config option="require_dyad" value="TRUE"></Config>
        <Sentence date="19950101" id="C_4"><Text>Four.</Text></Sentence>
        """;
    List<PetrarchRecord> r = PetrarchRecordReader.parse("t.xml", xml);
    assertThat(r.get(0).options()).isEmpty();
    assertThat(r.subList(1, 4))
        .extracting(x -> x.options().get("require_dyad"))
        .containsExactly("False", "False", "TRUE");
  }

  @Test
  void keepsTheParseWhenARecordHasOne() {
    List<PetrarchRecord> r = PetrarchRecordReader.parse("t.xml", RECORDS);
    assertThat(r.get(0).parse()).isEqualTo("1 Russia ...");
    assertThat(r.get(1).parse()).isNull();
  }

  @Test
  void aCoderCanReadTheWholeRecord() {
    List<PetrarchRecord> records = PetrarchRecordReader.parse("t.xml", RECORDS);
    CoderEvaluation.Coder byParse =
        new CoderEvaluation.Coder() {
          @Override
          public List<PetrarchRecord.Expected> code(String text, LocalDate date) {
            throw new AssertionError("the record method should be called");
          }

          @Override
          public List<PetrarchRecord.Expected> code(PetrarchRecord record) {
            return record.parse() == null
                ? List.of()
                : List.of(new PetrarchRecord.Expected("RUS", "VEN", "057"));
          }
        };
    CoderEvaluation.CoderReport report =
        CoderEvaluation.run("t.xml", "test", records, byParse, Progress.NONE);
    assertThat(report.total().get("full").correct).isEqualTo(1);
    assertThat(report.total().get("full").falsePositives).isZero();
  }

  @Test
  void badRecordsSayWhere() {
    assertThatThrownBy(
            () ->
                PetrarchRecordReader.parse(
                    "t.xml", "<Sentence id=\"X\" date=\"20080101\">\n<Foo/>"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("X has no <Text>");
    assertThatThrownBy(() -> PetrarchRecordReader.parse("t.xml", "<Validation/>"))
        .hasMessageContaining("no <Sentence> records");
  }

  @Test
  void scoresCorrectMissedAndFalsePositivesAtEachLevel() {
    List<PetrarchRecord> records = PetrarchRecordReader.parse("t.xml", RECORDS);
    CoderEvaluation.CoderReport report =
        CoderEvaluation.run(
            "t.xml",
            "test",
            records,
            (text, date) ->
                text.startsWith("Russia")
                    ? List.of(
                        new PetrarchRecord.Expected("RUS", "VEN", "057"),
                        new PetrarchRecord.Expected("VENGOV", "RUS", "051"))
                    : List.of(new PetrarchRecord.Expected("USA", "CHN", "190")),
            Progress.NONE);
    CoderEvaluation.Tally full = report.total().get("full");
    assertThat(full.expected).isEqualTo(2);
    assertThat(full.correct).isEqualTo(1);
    assertThat(full.coded).isEqualTo(3);
    assertThat(full.falsePositives).isEqualTo(2);
    assertThat(report.total().get("country").correct).isEqualTo(2); // VENGOV ~ VEN, 05 ~ 05
    assertThat(report.errorRecords()).isEqualTo(1);
    assertThat(report.noEventFalseAlarms()).isEqualTo(1);
    assertThat(report.table()).contains("correct=0.500 false_positives=0.667");
    assertThat(report.mistakes()).contains("A_1").contains("A_2");
    @SuppressWarnings("unchecked")
    Map<String, Object> total = (Map<String, Object>) report.toMap().get("total");
    assertThat(total).containsKeys("full", "root", "country");
  }
}
