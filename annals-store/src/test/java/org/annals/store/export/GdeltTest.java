package org.annals.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.annals.model.CharSpan;
import org.annals.model.CodedEvent;
import org.annals.model.DatePrecision;
import org.annals.model.EventActor;
import org.annals.model.EventDate;
import org.annals.model.EventEvidence;
import org.annals.model.EventFlags;
import org.annals.model.EventPlace;
import org.annals.model.EventType;
import org.annals.model.PloverType;
import org.annals.store.ExportRows.MentionRow;
import org.annals.store.ExportRows.RealEvent;
import org.annals.store.ResolveRows.EventGroup;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.StoredEvent;
import org.junit.jupiter.api.Test;

/** The GDELT 2.0 tables: column order, ids, dates, actors, places and mentions. */
class GdeltTest {
  /** GDELT 2.0 Event Codebook order; changing it breaks every GDELT loader. */
  private static final String EVENT_HEADER =
      "GlobalEventID Day MonthYear Year FractionDate"
          + " Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode"
          + " Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code"
          + " Actor1Type3Code"
          + " Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode"
          + " Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code"
          + " Actor2Type3Code"
          + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale"
          + " NumMentions NumSources NumArticles AvgTone"
          + " Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code"
          + " Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID"
          + " Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code"
          + " Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID"
          + " ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code"
          + " ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID"
          + " DATEADDED SOURCEURL";

  private static final String MENTION_HEADER =
      "GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName"
          + " MentionIdentifier SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset"
          + " InRawText Confidence MentionDocLen MentionDocTone MentionDocTranslationInfo Extras";

  private static final String ID = "ev_35c932d56cf65fb1";

  private static final Map<String, Places.Info> INFO =
      Map.of(
          "geonames:3646738",
          new Places.Info("VE", "Venezuela", "25", "Distrito Federal", "", "", "PPLC"),
          "geonames:4699066",
          new Places.Info("US", "United States", "TX", "Texas", "201", "", "PPLA2"),
          "country:VE",
          new Places.Info("VE", "Venezuela", "", "", "", "", "PCLI"),
          "admin1:VE.25",
          new Places.Info("VE", "Venezuela", "25", "Distrito Federal", "", "", "ADM1"));

  private static final Places PLACES = id -> Optional.ofNullable(INFO.get(id));

  @Test
  void theColumnsAreGdelts61And16InOrder() {
    assertThat(Gdelt.EVENT_COLUMNS).hasSize(61).containsExactly(EVENT_HEADER.split(" "));
    assertThat(Gdelt.MENTION_COLUMNS).hasSize(16).containsExactly(MENTION_HEADER.split(" "));
  }

  @Test
  void theGlobalEventIdIsTheIdsSixtyFourBitsWithTheTopBitCleared() {
    assertThat(Gdelt.globalEventId(ID)).isEqualTo(0x35c932d56cf65fb1L);
    assertThat(Gdelt.globalEventId("ev_0000000000000001")).isEqualTo(1);
    assertThat(Gdelt.globalEventId("ev_8000000000000001")).isEqualTo(1);
    assertThat(Gdelt.globalEventId("ev_ffffffffffffffff")).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Gdelt.globalEventId("ev_35c932"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 hex digits");
    assertThatThrownBy(() -> Gdelt.globalEventId("st_35c932d56cf65fb1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fractionDateIsGdeltsThirtyDayMonths() {
    // values from GDELT's own files
    assertThat(Gdelt.fractionDate(LocalDate.of(2004, 11, 26))).isEqualTo("2004.8932");
    assertThat(Gdelt.fractionDate(LocalDate.of(2013, 11, 24))).isEqualTo("2013.8877");
    assertThat(Gdelt.fractionDate(LocalDate.of(2019, 1, 25))).isEqualTo("2019.0685");
  }

  @Test
  void knownGroupsComeFromCameoShapedIgoCodes() {
    assertThat(Gdelt.knownGroup(actor("IGOUNO", null, "IGO", "name"))).isEqualTo("UNO");
    assertThat(Gdelt.knownGroup(actor("IGOWSTNAT", null, "IGO", "name"))).isEqualTo("NAT");
    assertThat(Gdelt.knownGroup(actor("IGOALBA", null, "IGO", "name"))).isEmpty();
    assertThat(Gdelt.knownGroup(actor("ISI", null, null, "name"))).isEqualTo("ISI");
    assertThat(Gdelt.knownGroup(actor("VENGOV", "VEN", "GOV", "name"))).isEmpty();
    assertThat(Gdelt.knownGroup(actor("RUS", "RUS", null, "name"))).isEmpty();
  }

  @Test
  void anEventRowMapsOurFields() {
    EventPlace caracas =
        new EventPlace(
            "geonames:3646738",
            "Caracas",
            "Caracas",
            10.488,
            -66.8792,
            Optional.of("VEN"),
            EventPlace.Precision.CITY,
            EventPlace.Basis.CLAUSE,
            new CharSpan(40, 47),
            0.9);
    RealEvent e =
        event(
            "0251",
            Optional.of(actor("USA", "USA", null, "name")),
            EventDate.of(
                LocalDate.of(2025, 10, 22),
                LocalDate.of(2025, 10, 22),
                DatePrecision.DAY,
                new EventDate.Evidence("Wednesday", new CharSpan(50, 59)),
                Optional.of(LocalDate.of(2025, 10, 23))),
            Optional.of(caracas));
    List<String> row = new Gdelt(PLACES, Gdelt.Undated.PUBLISHED).eventRow(e).orElseThrow();
    assertThat(row).hasSize(61);
    assertThat(field(row, "GlobalEventID")).isEqualTo(Long.toString(0x35c932d56cf65fb1L));
    assertThat(field(row, "Day")).isEqualTo("20251022");
    assertThat(field(row, "MonthYear")).isEqualTo("202510");
    assertThat(field(row, "Year")).isEqualTo("2025");
    assertThat(field(row, "FractionDate")).isEqualTo("2025.8000");
    assertThat(field(row, "Actor1Code")).isEqualTo("VENGOV");
    assertThat(field(row, "Actor1Name")).isEqualTo("NICOLÁS MADURO");
    assertThat(field(row, "Actor1CountryCode")).isEqualTo("VEN");
    assertThat(field(row, "Actor1Type1Code")).isEqualTo("GOV");
    assertThat(field(row, "Actor1Type2Code")).isEmpty();
    assertThat(field(row, "Actor2Code")).isEqualTo("USA");
    assertThat(field(row, "Actor2Type1Code")).isEmpty();
    assertThat(field(row, "IsRootEvent")).isEqualTo("1");
    assertThat(field(row, "EventCode")).isEqualTo("0251");
    assertThat(field(row, "EventBaseCode")).isEqualTo("025");
    assertThat(field(row, "EventRootCode")).isEqualTo("02");
    assertThat(field(row, "QuadClass")).isEqualTo("1");
    assertThat(field(row, "GoldsteinScale")).isEqualTo("3.0");
    assertThat(field(row, "NumMentions")).isEqualTo("2");
    assertThat(field(row, "NumSources")).isEqualTo("1");
    assertThat(field(row, "NumArticles")).isEqualTo("2");
    assertThat(field(row, "AvgTone")).isEmpty();
    assertThat(field(row, "Actor1Geo_Type")).isEqualTo("0");
    assertThat(field(row, "Actor1Geo_Lat")).isEmpty();
    assertThat(field(row, "Actor2Geo_Type")).isEqualTo("0");
    assertThat(field(row, "ActionGeo_Type")).isEqualTo("4");
    assertThat(field(row, "ActionGeo_FullName")).isEqualTo("Caracas, Distrito Federal, Venezuela");
    assertThat(field(row, "ActionGeo_CountryCode")).isEqualTo("VE");
    assertThat(field(row, "ActionGeo_ADM1Code")).isEqualTo("VE25");
    assertThat(field(row, "ActionGeo_ADM2Code")).isEmpty();
    assertThat(field(row, "ActionGeo_Lat")).isEqualTo("10.488");
    assertThat(field(row, "ActionGeo_Long")).isEqualTo("-66.8792");
    assertThat(field(row, "ActionGeo_FeatureID")).isEqualTo("geonames:3646738");
    assertThat(field(row, "DATEADDED")).isEqualTo("20251021000000");
    assertThat(field(row, "SOURCEURL")).isEqualTo("https://www.example.com/news/1");
  }

  @Test
  void placesMapToGdeltsGeoTypes() {
    assertThat(geo(place("geonames:4699066", "Houston", "USA", EventPlace.Precision.CITY)))
        .containsExactly(
            "3",
            "Houston, Texas, United States",
            "US",
            "USTX",
            "TX201",
            "29.7633",
            "-95.3633",
            "geonames:4699066");
    assertThat(geo(place("country:VE", "Venezuela", "VEN", EventPlace.Precision.COUNTRY)))
        .containsExactly("1", "Venezuela", "VE", "VE", "", "29.7633", "-95.3633", "country:VE");
    assertThat(geo(place("admin1:VE.25", "Distrito Federal", "VEN", EventPlace.Precision.ADMIN1)))
        .startsWith("5", "Distrito Federal, Venezuela", "VE", "VE25", "");
    // seas and regions have no GDELT type: 0, but their point and name
    assertThat(geo(place("water:caribbean-sea", "Caribbean Sea", null, EventPlace.Precision.WATER)))
        .containsExactly(
            "0", "Caribbean Sea", "", "", "", "29.7633", "-95.3633", "water:caribbean-sea");
    // without a gazetteer: what the event stores
    List<String> bare =
        geoRow(
            new Gdelt(Places.NONE, Gdelt.Undated.PUBLISHED),
            place("geonames:4699066", "Houston", "USA", EventPlace.Precision.CITY));
    assertThat(bare).startsWith("3", "Houston", "", "", "");
  }

  @Test
  void undatedEventsFollowThePolicy() {
    RealEvent e =
        event(
            "190",
            Optional.empty(),
            EventDate.unknown(Optional.of(LocalDate.of(2025, 10, 23))),
            Optional.empty());
    assertThat(new Gdelt(PLACES, Gdelt.Undated.PUBLISHED).eventRow(e).orElseThrow().subList(1, 5))
        .containsExactly("20251021", "202510", "2025", "2025.7973");
    assertThat(new Gdelt(PLACES, Gdelt.Undated.EMPTY).eventRow(e).orElseThrow().subList(1, 5))
        .containsExactly("", "", "", "");
    assertThat(new Gdelt(PLACES, Gdelt.Undated.SKIP).eventRow(e)).isEmpty();
    List<String> row = new Gdelt(PLACES, Gdelt.Undated.PUBLISHED).eventRow(e).orElseThrow();
    assertThat(field(row, "Actor2Code")).isEmpty();
    assertThat(field(row, "ActionGeo_Type")).isEqualTo("0");
  }

  @Test
  void mentionRowsLinkBackToOurIds() {
    RealEvent e =
        event(
            "190",
            Optional.empty(),
            EventDate.unknown(Optional.of(LocalDate.of(2025, 10, 23))),
            Optional.empty());
    List<List<String>> rows = new Gdelt(PLACES, Gdelt.Undated.PUBLISHED).mentionRows(e);
    assertThat(rows).hasSize(2);
    List<String> web = rows.get(0);
    assertThat(web).hasSize(16);
    assertThat(mention(web, "GLOBALEVENTID")).isEqualTo(Long.toString(0x35c932d56cf65fb1L));
    assertThat(mention(web, "EventTimeDate")).isEqualTo("20251021000000");
    assertThat(mention(web, "MentionTimeDate")).isEqualTo("20251021000000");
    assertThat(mention(web, "MentionType")).isEqualTo("1");
    assertThat(mention(web, "MentionSourceName")).isEqualTo("example.com");
    assertThat(mention(web, "MentionIdentifier")).isEqualTo("https://www.example.com/news/1");
    assertThat(mention(web, "SentenceID")).isEqualTo("1");
    assertThat(mention(web, "Actor1CharOffset")).isEqualTo("0");
    assertThat(mention(web, "Actor2CharOffset")).isEqualTo("-1");
    assertThat(mention(web, "ActionCharOffset")).isEqualTo("15");
    assertThat(mention(web, "InRawText")).isEqualTo("1");
    assertThat(mention(web, "Confidence")).isEqualTo("85");
    assertThat(mention(web, "MentionDocLen")).isEqualTo("1200");
    assertThat(mention(web, "MentionDocTone")).isEmpty();
    assertThat(mention(web, "Extras"))
        .isEqualTo("mention=" + ID + ";event=" + ID + ";article=a_1;merge=founded");
    List<String> file = rows.get(1);
    // a local file is no web document: a citation, named by its outlet; its article has no date
    assertThat(mention(file, "MentionType")).isEqualTo("2");
    assertThat(mention(file, "MentionSourceName")).isEqualTo("Quay Courier");
    assertThat(mention(file, "MentionTimeDate")).isEqualTo("20251030120000");
    assertThat(mention(file, "SentenceID")).isEqualTo("4");
    assertThat(mention(file, "InRawText")).isEqualTo("0"); // "he": coreference
    assertThat(mention(file, "Extras")).endsWith(";article=a_2;merge=merged");
  }

  @Test
  void linesHaveNoStrayTabsOrBreaks() {
    assertThat(Gdelt.line(List.of("a\tb", "c\r\nd", ""))).isEqualTo("a b\tc d\t");
  }

  // ------------------------------------------------------------------ fixtures

  private static String field(List<String> row, String column) {
    return row.get(Gdelt.EVENT_COLUMNS.indexOf(column));
  }

  private static String mention(List<String> row, String column) {
    return row.get(Gdelt.MENTION_COLUMNS.indexOf(column));
  }

  private static List<String> geo(EventPlace p) {
    return geoRow(new Gdelt(PLACES, Gdelt.Undated.PUBLISHED), p);
  }

  private static List<String> geoRow(Gdelt gdelt, EventPlace p) {
    RealEvent e =
        event(
            "190",
            Optional.empty(),
            EventDate.unknown(Optional.of(LocalDate.of(2025, 10, 23))),
            Optional.of(p));
    List<String> row = gdelt.eventRow(e).orElseThrow();
    int from = Gdelt.EVENT_COLUMNS.indexOf("ActionGeo_Type");
    return row.subList(from, from + 8);
  }

  private static EventPlace place(String id, String name, String iso3, EventPlace.Precision p) {
    return new EventPlace(
        id,
        name,
        name,
        29.7633,
        -95.3633,
        Optional.ofNullable(iso3),
        p,
        EventPlace.Basis.CLAUSE,
        new CharSpan(0, 1),
        0.9);
  }

  static EventActor actor(String code, String country, String sector, String resolution) {
    return new EventActor(
        code,
        code.equals("VENGOV") ? "Nicolás Maduro" : code,
        code,
        Optional.ofNullable(country),
        Optional.ofNullable(sector),
        new CharSpan(0, 6),
        resolution,
        List.of());
  }

  /**
   * A real event of two mentions: the first from a web article (2025-10-21), the representative;
   * the second from a local file with no date, merged, its source a pronoun.
   */
  static RealEvent event(
      String code, Optional<EventActor> target, EventDate date, Optional<EventPlace> place) {
    CodedEvent first =
        new CodedEvent(
            "cameo-1.1b3",
            actor("VENGOV", "VEN", "GOV", "name"),
            target,
            new EventType(code, "name of " + code, 3.0, 1),
            new PloverType("REQUEST", "", List.of()),
            EventFlags.ASSERTED,
            0.85,
            new EventEvidence(0, new CharSpan(0, 80), new CharSpan(15, 22), code + " test"),
            date,
            place);
    CodedEvent second =
        new CodedEvent(
            "cameo-1.1b3",
            actor("VENGOV", "VEN", "GOV", "pronoun"),
            target,
            new EventType(code, "name of " + code, 3.0, 1),
            new PloverType("REQUEST", "", List.of()),
            EventFlags.ASSERTED,
            0.6,
            new EventEvidence(3, new CharSpan(300, 360), new CharSpan(303, 310), code + " test"),
            EventDate.unknown(Optional.empty()),
            Optional.empty());
    StoredEvent s1 =
        new StoredEvent(
            ID,
            "a_1",
            "https://www.example.com/news/1",
            Optional.of("Title"),
            Optional.of("Example Wire"),
            Optional.of(LocalDate.of(2025, 10, 21)),
            "x".repeat(80),
            first,
            new CharSpan(10, 90),
            new CharSpan(25, 32),
            "test-coder");
    StoredEvent s2 =
        new StoredEvent(
            "ev_0000000000000002",
            "a_2",
            "file:///news/2.txt",
            Optional.empty(),
            Optional.of("Quay Courier"),
            Optional.empty(),
            "y".repeat(60),
            second,
            new CharSpan(300, 360),
            new CharSpan(303, 310),
            "test-coder");
    EventGroup g = new EventGroup(ID, s1, 2, 2, 1, 2, 0.94, Optional.of("st_1"));
    return new RealEvent(
        g,
        List.of(
            new MentionRow(
                s1,
                decision(ID, Optional.empty(), "founded", true),
                1200,
                true,
                LocalDateTime.of(2025, 10, 30, 12, 0)),
            new MentionRow(
                s2,
                decision("ev_0000000000000002", Optional.of(ID), "merged", false),
                800,
                false,
                LocalDateTime.of(2025, 10, 30, 12, 0))));
  }

  private static MergeDecision decision(
      String mention, Optional<String> matched, String method, boolean representative) {
    return new MergeDecision(
        mention,
        ID,
        matched,
        matched.isPresent() ? OptionalDouble.of(0.8) : OptionalDouble.empty(),
        "evidence",
        method,
        representative,
        "a_1",
        "ask",
        List.of(),
        List.of());
  }
}
