package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {
  static final String TML =
      """
      <?xml version="1.0" ?>
      <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <DOCID>TEST0001</DOCID>
      <DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18" temporalFunction="false" \
      functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
      <TITLE>Talks &amp; more talks on <TIMEX3 tid="t9" type="DATE" value="1998-08-07">Friday</TIMEX3></TITLE>
      <TEXT>
      Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> in Nairobi &amp; Dar \
      <TIMEX3 tid="t1" type="DATE" value="1998-08-07" temporalFunction="false" \
      functionInDocument="NONE">Friday</TIMEX3>.

      They talked for <TIMEX3 tid="t2" type="DURATION" value="PT3H"> three hours </TIMEX3> \
      and will meet <TIMEX3 tid="t3" type="DATE" value="FUTURE_REF">soon</TIMEX3>.
      <TIMEX3 tid="t4" type="DATE" value="1998"/>
      </TEXT>
      </TimeML>
      """;

  @Test
  void readsTheCreationTimeTheTextAndTheTimexSpans() {
    TimeMlDocument doc = TimeMlReader.parse("test.tml", TML);

    assertThat(doc.id()).isEqualTo("TEST0001");
    assertThat(doc.creationTime()).contains("1998-08-07T06:18");
    assertThat(doc.creationDate()).contains(LocalDate.of(1998, 8, 7));
    assertThat(doc.text())
        .isEqualTo(
            "\nMinisters met in Nairobi & Dar Friday.\n\n"
                + "They talked for  three hours  and will meet soon.\n\n");
    // only the TIMEX3s inside <TEXT>; the empty one is dropped
    assertThat(doc.timexes()).extracting(GoldTimex::id).containsExactly("t1", "t2", "t3");
    GoldTimex friday = doc.timexes().get(0);
    assertThat(friday.span().of(doc.text())).isEqualTo("Friday");
    assertThat(friday.type()).isEqualTo("DATE");
    assertThat(friday.value()).contains("1998-08-07");
    GoldTimex hours = doc.timexes().get(1);
    assertThat(hours.span().of(doc.text())).isEqualTo("three hours"); // white space trimmed
    assertThat(hours.value()).contains("PT3H");
    assertThat(doc.timexes().get(2).span()).isEqualTo(new CharSpan(85, 89));
  }

  @Test
  void aDocumentWithoutCreationTimeHasNoDate() {
    TimeMlDocument doc =
        TimeMlReader.parse(
            "x.tml",
            "<TimeML><TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\">Monday</TIMEX3></TEXT></TimeML>");

    assertThat(doc.creationTime()).isEmpty();
    assertThat(doc.creationDate()).isEmpty();
    assertThat(doc.id()).isEqualTo("x.tml");
    assertThat(doc.timexes().get(0).value()).isEqualTo(Optional.empty());
  }

  @Test
  void unreadableCreationTimesGiveNoDate() {
    TimeMlDocument doc =
        TimeMlReader.parse(
            "x.tml",
            "<TimeML><DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"1998-13-45\"/></DCT>"
                + "<TEXT>x</TEXT></TimeML>");

    assertThat(doc.creationTime()).contains("1998-13-45");
    assertThat(doc.creationDate()).isEmpty();
  }

  @Test
  void malformedXmlAndMissingTextSayWhere() {
    assertThatThrownBy(() -> TimeMlReader.parse("bad.tml", "<TimeML>\n<TEXT>a</TIMEX3>"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("not well-formed XML")
        .satisfies(e -> assertThat(((GoldFormatException) e).line()).isEqualTo(2));
    assertThatThrownBy(() -> TimeMlReader.parse("none.tml", "<TimeML><DOCID>x</DOCID></TimeML>"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("no <TEXT> element");
  }

  @Test
  void listsTmlFilesInPathOrderAndReadsThem(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("b/2.tml"), TML, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a/1.tml"), TML, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a/README.txt"), "not TimeML", StandardCharsets.UTF_8);

    assertThat(TimeMlReader.files(dir))
        .containsExactly(dir.resolve("a/1.tml"), dir.resolve("b/2.tml"));
    assertThat(TimeMlReader.files(dir.resolve("b/2.tml"))).containsExactly(dir.resolve("b/2.tml"));
    assertThat(TimeMlReader.read(dir.resolve("a/1.tml")).timexes()).hasSize(3);
  }
}
