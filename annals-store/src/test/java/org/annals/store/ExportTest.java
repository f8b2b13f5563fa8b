package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.annals.model.CharSpan;
import org.annals.model.CodedEvent;
import org.annals.model.DatePrecision;
import org.annals.model.EventDate;
import org.annals.model.EventFlags;
import org.annals.model.EventIds;
import org.annals.model.EventPlace;
import org.annals.model.PublishedDate;
import org.annals.store.ExportRows.RealEvent;
import org.annals.store.ResolveRows.ArticleFeatures;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.export.Csv;
import org.annals.store.export.EventTable;
import org.annals.store.export.Gdelt;
import org.annals.store.export.ParquetExport;
import org.annals.store.export.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports over a real store: two articles report one event (merged), the first also another; the
 * real events come back with all their mentions, and Parquet and CSV files read back with DuckDB.
 */
class ExportTest {
  @TempDir Path tmp;
  Path data;
  String attackId;
  String dealId;
  String attackAgainId;

  static final EventPlace CARACAS =
      new EventPlace(
          "geonames:3646738",
          "Caracas",
          "Caracas",
          10.488,
          -66.8792,
          Optional.of("VEN"),
          EventPlace.Precision.CITY,
          EventPlace.Basis.CLAUSE,
          new CharSpan(22, 29),
          0.9);

  @BeforeEach
  void store() {
    data = tmp.resolve("data");
    ArticleRecord a =
        Fixtures.article(
            "https://www.a.example/news/1",
            "Alice attacked Bob in Caracas, \"they said\".",
            "Second paragraph.");
    ArticleRecord b =
        Fixtures.article(
            "https://b.example/2",
            PublishedDate.declared(LocalDate.of(2024, 3, 6), "2024-03-06", "declared"),
            "Alice attacked Bob again.");
    LocalDate monday = LocalDate.of(2024, 3, 4);
    CodedEvent attack =
        EventStoreTest.event(
                a,
                "RUSMIL",
                "190",
                "UKR",
                -10,
                EventFlags.ASSERTED,
                EventDate.of(
                    monday,
                    monday,
                    DatePrecision.DAY,
                    new EventDate.Evidence("Monday", new CharSpan(0, 5)),
                    Optional.of(LocalDate.of(2024, 3, 5))))
            .withPlace(Optional.of(CARACAS));
    CodedEvent deal = EventStoreTest.event(a, "USAGOV", "057", "VENGOV", 8, EventFlags.ASSERTED);
    CodedEvent attackAgain =
        EventStoreTest.event(b, "RUSMIL", "190", "UKR", -10, EventFlags.ASSERTED);
    String aid = a.article().id().value();
    String bid = b.article().id().value();
    attackId = EventIds.of(aid, attack);
    dealId = EventIds.of(aid, deal);
    attackAgainId = EventIds.of(bid, attackAgain);
    try (ArticleStore store = ArticleStore.open(data)) {
      store.storeBatch(
          store.beginRun(List.of()),
          List.of(
              new ArticleRecord(a.article(), a.annotation(), List.of(attack, deal), "c"),
              new ArticleRecord(b.article(), b.annotation(), List.of(attackAgain), "c")),
          List.of());
      store.saveResolution(
          features(aid),
          new long[0],
          Optional.empty(),
          List.of(
              decision(attackId, attackId, Optional.empty(), "founded", true, aid),
              decision(dealId, dealId, Optional.empty(), "founded", true, aid)));
      store.saveResolution(
          features(bid),
          new long[0],
          Optional.empty(),
          List.of(decision(attackAgainId, attackId, Optional.of(attackId), "merged", false, bid)));
    }
  }

  private static ArticleFeatures features(String articleId) {
    return new ArticleFeatures(
        articleId,
        new byte[] {1, 2},
        Optional.empty(),
        OptionalDouble.empty(),
        articleId,
        Optional.empty(),
        OptionalDouble.empty(),
        Map.of(),
        Map.of());
  }

  private static MergeDecision decision(
      String mention,
      String merged,
      Optional<String> matched,
      String method,
      boolean representative,
      String copyGroup) {
    return new MergeDecision(
        mention,
        merged,
        matched,
        matched.isPresent() ? OptionalDouble.of(0.8) : OptionalDouble.empty(),
        matched.isPresent() ? "dyad 1.00, code 1.00" : "first report",
        method,
        representative,
        copyGroup,
        "attack",
        List.of("attack"),
        List.of());
  }

  private List<RealEvent> realEvents() {
    List<RealEvent> out = new ArrayList<>();
    try (ArticleStore store = ArticleStore.open(data)) {
      long n = store.forEachRealEvent(EventQuery.all(), 0, Optional.empty(), out::add);
      assertThat(n).isEqualTo(out.size());
    }
    return out;
  }

  @Test
  void realEventsComeWithAllTheirMentionsFirstReportFirst() {
    List<RealEvent> events = realEvents();
    assertThat(events).extracting(RealEvent::id).containsExactlyInAnyOrder(attackId, dealId);
    RealEvent attack = events.stream().filter(e -> e.id().equals(attackId)).findFirst().get();
    assertThat(attack.group().mentions()).isEqualTo(2);
    assertThat(attack.group().articles()).isEqualTo(2);
    assertThat(attack.mentions())
        .extracting(m -> m.event().id())
        .containsExactly(attackId, attackAgainId);
    assertThat(attack.first().inLeadParagraph()).isTrue();
    assertThat(attack.first().documentLength())
        .isEqualTo("Alice attacked Bob in Caracas, \"they said\".\nSecond paragraph.".length());
    assertThat(attack.mentions().get(1).decision().method()).isEqualTo("merged");
    assertThat(EventTable.upperBound(attack)).contains(LocalDate.of(2024, 3, 5));

    // the same filters and order as the listing: by the representative's actors
    List<String> listed = realEvents().stream().map(RealEvent::id).toList();
    List<RealEvent> usa = new ArrayList<>();
    try (ArticleStore store = ArticleStore.open(data)) {
      store.forEachRealEvent(
          new EventQuery(
              Optional.of("USA"),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              false,
              1,
              0),
          0,
          Optional.empty(),
          usa::add);
      assertThat(store.eventGroups(EventQuery.all(), 0, Optional.empty()))
          .extracting(ResolveRows.EventGroup::id)
          .containsExactlyElementsOf(listed);
    }
    assertThat(usa).extracting(RealEvent::id).containsExactly(dealId);
  }

  @Test
  void parquetFilesReadBackWithTheirRowsAndTypes() throws Exception {
    Path out = tmp.resolve("it's out");
    Files.createDirectories(out);
    ParquetExport.Written w;
    try (ParquetExport parquet = ParquetExport.open()) {
      for (RealEvent e : realEvents()) {
        parquet.add(e);
      }
      w = parquet.writeTo(out);
    }
    assertThat(w.eventRows()).isEqualTo(2);
    assertThat(w.mentionRows()).isEqualTo(3);
    assertThat(out.resolve("events.parquet")).isRegularFile();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      String events = quoted(out.resolve("events.parquet"));
      String mentions = quoted(out.resolve("mentions.parquet"));
      assertThat(single(db, "SELECT count(*) FROM " + events)).isEqualTo("2");
      assertThat(single(db, "SELECT count(*) FROM " + mentions)).isEqualTo("3");
      Map<String, String> types = types(db, events);
      assertThat(types.keySet()).containsExactlyElementsOf(EventTable.names(EventTable.EVENTS));
      assertThat(types)
          .containsEntry("id", "VARCHAR")
          .containsEntry("date_start", "DATE")
          .containsEntry("goldstein", "DOUBLE")
          .containsEntry("quad_class", "INTEGER")
          .containsEntry("mentions", "INTEGER")
          .containsEntry("negated", "BOOLEAN");
      assertThat(types(db, mentions))
          .containsEntry("published", "DATE")
          .containsEntry("char_start", "INTEGER")
          .containsEntry("merge_score", "DOUBLE");
      assertThat(
              single(
                  db,
                  "SELECT date_start || ' ' || place_name || ' ' || mentions || ' ' || sentence"
                      + " FROM "
                      + events
                      + " WHERE id = '"
                      + attackId
                      + "'"))
          .isEqualTo("2024-03-04 Caracas 2 Alice attacked Bob in Caracas, \"they said\".");
      assertThat(
              single(
                  db, "SELECT date_start IS NULL FROM " + events + " WHERE id = '" + dealId + "'"))
          .isEqualTo("true");
      assertThat(
              single(
                  db,
                  "SELECT string_agg(merge_method, ',' ORDER BY published) FROM "
                      + mentions
                      + " WHERE event_id = '"
                      + attackId
                      + "'"))
          .isEqualTo("founded,merged");
    }
  }

  @Test
  void csvReadsBackWithDuckDbsParser() throws Exception {
    Path file = tmp.resolve("events.csv");
    StringWriter text = new StringWriter();
    Csv csv = new Csv(text, EventTable.EVENTS.size());
    csv.row(EventTable.names(EventTable.EVENTS));
    for (RealEvent e : realEvents()) {
      csv.row(EventTable.EVENTS, e);
    }
    Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      String from = "read_csv(" + quoted(file) + ", header = true, quote = '\"', escape = '\"')";
      assertThat(single(db, "SELECT count(*) FROM " + from)).isEqualTo("2");
      assertThat(single(db, "SELECT sentence FROM " + from + " WHERE id = '" + attackId + "'"))
          .isEqualTo("Alice attacked Bob in Caracas, \"they said\".");
    }
  }

  @Test
  void gdeltRowsHaveGdeltsShape() {
    Gdelt gdelt = new Gdelt(Places.NONE, Gdelt.Undated.PUBLISHED);
    for (RealEvent e : realEvents()) {
      List<String> row = gdelt.eventRow(e).orElseThrow();
      assertThat(row).hasSize(61);
      assertThat(row.get(0)).isEqualTo(Long.toString(Gdelt.globalEventId(e.id())));
      for (List<String> m : gdelt.mentionRows(e)) {
        assertThat(m).hasSize(16);
        assertThat(m.get(0)).isEqualTo(row.get(0));
        assertThat(m.get(1)).isEqualTo(row.get(59)); // EventTimeDate = DATEADDED
      }
    }
    RealEvent deal = realEvents().stream().filter(e -> e.id().equals(dealId)).findFirst().get();
    // undated: by default the publication date; or left out
    assertThat(gdelt.eventRow(deal).orElseThrow().get(1)).isEqualTo("20240305");
    assertThat(new Gdelt(Places.NONE, Gdelt.Undated.SKIP).eventRow(deal)).isEmpty();
    assertThat(new Gdelt(Places.NONE, Gdelt.Undated.EMPTY).eventRow(deal).orElseThrow().get(1))
        .isEmpty();
  }

  private static String quoted(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static String single(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertThat(r.next()).as(sql).isTrue();
      return r.getString(1);
    }
  }

  private static Map<String, String> types(Connection db, String from) throws SQLException {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + from)) {
      while (r.next()) {
        out.put(r.getString("column_name"), r.getString("column_type"));
      }
    }
    return out;
  }
}
