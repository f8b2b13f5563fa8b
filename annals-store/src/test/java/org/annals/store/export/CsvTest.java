package org.annals.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180: quote only what needs quoting, double the quotes, end records with CRLF. */
class CsvTest {
  @Test
  void fieldsAreQuotedOnlyWhenTheyMustBe() {
    assertThat(Csv.field("plain")).isEqualTo("plain");
    assertThat(Csv.field("")).isEmpty();
    assertThat(Csv.field(null)).isEmpty();
    assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(Csv.field("he said \"no\"")).isEqualTo("\"he said \"\"no\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    assertThat(Csv.field(" spaced ")).isEqualTo(" spaced ");
    assertThat(Csv.field("tab\there")).isEqualTo("tab\there");
    assertThat(Csv.field("\"")).isEqualTo("\"\"\"\"");
  }

  @Test
  void recordsEndWithCrLfAndHaveTheirWidth() throws Exception {
    StringWriter out = new StringWriter();
    Csv csv = new Csv(out, 3);
    csv.row(List.of("id", "sentence", "n"));
    csv.row(Arrays.asList("ev_1", "Russia, they said, \"attacked\".", null));
    assertThat(out.toString())
        .isEqualTo("id,sentence,n\r\nev_1,\"Russia, they said, \"\"attacked\"\".\",\r\n");
    assertThat(csv.rows()).isEqualTo(2);
    assertThatThrownBy(() -> csv.row(List.of("too", "few")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 fields per row, got 2");
  }

  @Test
  void valuesRenderPlainly() {
    assertThat(Column.text(null)).isEmpty();
    assertThat(Column.text(8.0)).isEqualTo("8.0");
    assertThat(Column.text(-66.8792)).isEqualTo("-66.8792");
    assertThat(Column.text(0.0001)).isEqualTo("0.00010");
    assertThat(Column.text(LocalDate.of(2025, 10, 22))).isEqualTo("2025-10-22");
    assertThat(Column.text(true)).isEqualTo("true");
    assertThat(Column.text(3)).isEqualTo("3");
  }

  @Test
  void aColumnRefusesAValueOfAnotherType() {
    Column<String> c = new Column<>("n", Column.Type.INTEGER, s -> s);
    assertThatThrownBy(() -> c.of("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("column n is INTEGER but got a String");
    assertThatThrownBy(() -> new Column<String>("Bad Name", Column.Type.VARCHAR, s -> s))
        .hasMessageContaining("Bad Name");
  }

  @Test
  void tableColumnsAreUniqueAndCarryTheBriefsFields() {
    List<String> events = EventTable.names(EventTable.EVENTS);
    assertThat(events).doesNotHaveDuplicates();
    assertThat(events)
        .startsWith("id", "date_start", "date_end", "date_precision")
        .contains(
            "source_code",
            "source_name",
            "source_country",
            "source_sector",
            "target_code",
            "cameo_code",
            "cameo_name",
            "cameo_root",
            "goldstein",
            "quad_class",
            "plover_event",
            "plover_mode",
            "place_name",
            "place_lat",
            "place_lon",
            "place_precision",
            "place_basis",
            "mentions",
            "articles",
            "sources",
            "confidence",
            "story",
            "first_url",
            "sentence");
    assertThat(EventTable.names(EventTable.MENTIONS))
        .doesNotHaveDuplicates()
        .startsWith("event_id", "mention_id", "article_id", "url", "outlet", "published");
  }
}
