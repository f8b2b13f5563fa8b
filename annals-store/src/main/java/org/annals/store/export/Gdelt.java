package org.annals.store.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.model.EventPlace;
import org.annals.store.ExportRows.MentionRow;
import org.annals.store.ExportRows.RealEvent;

/**
 * The {@code gdelt} export: real events as rows of the GDELT 2.0 Event table (61 tab-separated
 * columns, {@link #EVENT_COLUMNS}) and their mentions as rows of the GDELT 2.0 Mentions table (16
 * columns, {@link #MENTION_COLUMNS}), in GDELT's documented order, without a header row as GDELT
 * writes them. How our fields fill GDELT's, and where they cannot, is in the README ("Exports").
 * Immutable and thread-safe when its {@link Places} is.
 */
public final class Gdelt {
  /** The GDELT 2.0 Event table's columns, in order (GDELT 2.0 Event Codebook). */
  public static final List<String> EVENT_COLUMNS =
      List.of(
          "GlobalEventID",
          "Day",
          "MonthYear",
          "Year",
          "FractionDate",
          "Actor1Code",
          "Actor1Name",
          "Actor1CountryCode",
          "Actor1KnownGroupCode",
          "Actor1EthnicCode",
          "Actor1Religion1Code",
          "Actor1Religion2Code",
          "Actor1Type1Code",
          "Actor1Type2Code",
          "Actor1Type3Code",
          "Actor2Code",
          "Actor2Name",
          "Actor2CountryCode",
          "Actor2KnownGroupCode",
          "Actor2EthnicCode",
          "Actor2Religion1Code",
          "Actor2Religion2Code",
          "Actor2Type1Code",
          "Actor2Type2Code",
          "Actor2Type3Code",
          "IsRootEvent",
          "EventCode",
          "EventBaseCode",
          "EventRootCode",
          "QuadClass",
          "GoldsteinScale",
          "NumMentions",
          "NumSources",
          "NumArticles",
          "AvgTone",
          "Actor1Geo_Type",
          "Actor1Geo_FullName",
          "Actor1Geo_CountryCode",
          "Actor1Geo_ADM1Code",
          "Actor1Geo_ADM2Code",
          "Actor1Geo_Lat",
          "Actor1Geo_Long",
          "Actor1Geo_FeatureID",
          "Actor2Geo_Type",
          "Actor2Geo_FullName",
          "Actor2Geo_CountryCode",
          "Actor2Geo_ADM1Code",
          "Actor2Geo_ADM2Code",
          "Actor2Geo_Lat",
          "Actor2Geo_Long",
          "Actor2Geo_FeatureID",
          "ActionGeo_Type",
          "ActionGeo_FullName",
          "ActionGeo_CountryCode",
          "ActionGeo_ADM1Code",
          "ActionGeo_ADM2Code",
          "ActionGeo_Lat",
          "ActionGeo_Long",
          "ActionGeo_FeatureID",
          "DATEADDED",
          "SOURCEURL");

  /** The GDELT 2.0 Mentions table's columns, in order. */
  public static final List<String> MENTION_COLUMNS =
      List.of(
          "GLOBALEVENTID",
          "EventTimeDate",
          "MentionTimeDate",
          "MentionType",
          "MentionSourceName",
          "MentionIdentifier",
          "SentenceID",
          "Actor1CharOffset",
          "Actor2CharOffset",
          "ActionCharOffset",
          "InRawText",
          "Confidence",
          "MentionDocLen",
          "MentionDocTone",
          "MentionDocTranslationInfo",
          "Extras");

  /** The file names of {@code annals export --format gdelt --out DIR}. */
  public static final String EVENTS_FILE = "events.tsv";

  public static final String MENTIONS_FILE = "mentions.tsv";

  /** What {@code Day} (and the other date columns) hold for an event its sentences do not date. */
  public enum Undated {
    /** The earliest publication date of its reports: the latest day it can have happened on. */
    PUBLISHED,
    /** Nothing: {@code Day}, {@code MonthYear}, {@code Year} and {@code FractionDate} are empty. */
    EMPTY,
    /** The event and its mentions are left out. */
    SKIP
  }

  private static final Pattern EVENT_ID = Pattern.compile("ev_[0-9a-f]{16}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  /** Actor resolutions that read an earlier sentence (coreference): not in the raw text. */
  private static final Set<String> COREFERENCE = Set.of("pronoun", "alias", "pair");

  private static final Pattern IGO = Pattern.compile("IGO(?:[A-Z]{3})?([A-Z]{3})");

  private final Places places;
  private final Undated undated;

  public Gdelt(Places places, Undated undated) {
    this.places = Objects.requireNonNull(places, "places");
    this.undated = Objects.requireNonNull(undated, "undated");
  }

  /**
   * The GDELT {@code GlobalEventID} of a real event: the 16 hex digits of its {@code ev_} id (64
   * bits of SHA-256, see {@link org.annals.model.EventIds}) read as a number, with the top bit
   * cleared so that it fits a signed 64-bit integer (BIGINT, INT64) as GDELT's loaders read it.
   * Stable: the same event always gets the same number.
   *
   * @throws IllegalArgumentException if the id is not {@code ev_} and 16 lower-case hex digits
   */
  public static long globalEventId(String eventId) {
    if (!EVENT_ID.matcher(eventId).matches()) {
      throw new IllegalArgumentException(
          "an event id is ev_ and 16 hex digits (ev_5c0f…), got '" + eventId + "'");
    }
    return Long.parseUnsignedLong(eventId.substring(3), 16) & Long.MAX_VALUE;
  }

  /**
   * GDELT's {@code FractionDate}: the year plus ((month − 1) × 30 + day) / 365, to four decimals,
   * as GDELT computes it (20041126 → 2004.8932).
   */
  public static String fractionDate(LocalDate d) {
    double f = d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", f);
  }

  /** The Event table row of a real event; empty if it is undated and undated events are skipped. */
  public Optional<List<String>> eventRow(RealEvent e) {
    CodedEvent c = e.group().representative().event();
    Optional<LocalDate> day = c.date().start();
    if (day.isEmpty()) {
      switch (undated) {
        case PUBLISHED -> day = EventTable.upperBound(e);
        case SKIP -> {
          return Optional.empty();
        }
        case EMPTY -> {}
      }
    }
    List<String> row = new ArrayList<>(EVENT_COLUMNS.size());
    row.add(Long.toString(globalEventId(e.id())));
    row.add(day.map(DAY::format).orElse(""));
    row.add(day.map(d -> DAY.format(d).substring(0, 6)).orElse(""));
    row.add(day.map(d -> Integer.toString(d.getYear())).orElse(""));
    row.add(day.map(Gdelt::fractionDate).orElse(""));
    actor(row, Optional.of(c.source()));
    actor(row, c.target());
    row.add(e.first().inLeadParagraph() ? "1" : "0");
    String code = c.cameo().code();
    row.add(code);
    row.add(code.length() > 3 ? code.substring(0, 3) : code);
    row.add(c.cameo().root());
    row.add(Integer.toString(c.cameo().quadClass()));
    row.add(Column.text(c.cameo().goldstein()));
    row.add(Integer.toString(e.group().mentions()));
    row.add(Integer.toString(e.group().sources()));
    row.add(Integer.toString(e.group().articles()));
    row.add(""); // AvgTone: we compute no tone
    geo(row, Optional.empty()); // Actor1Geo: actors are not placed
    geo(row, Optional.empty()); // Actor2Geo
    geo(row, c.place());
    row.add(dateAdded(e));
    row.add(e.first().event().url());
    if (row.size() != EVENT_COLUMNS.size()) {
      throw new IllegalStateException(
          "a GDELT event row has " + EVENT_COLUMNS.size() + " columns, built " + row.size());
    }
    return Optional.of(row);
  }

  /** The Mentions table rows of a real event, first report first. */
  public List<List<String>> mentionRows(RealEvent e) {
    String id = Long.toString(globalEventId(e.id()));
    String added = dateAdded(e);
    List<List<String>> rows = new ArrayList<>();
    for (MentionRow m : e.mentions()) {
      CodedEvent c = m.event().event();
      String url = m.event().url();
      Optional<String> host = webHost(url);
      boolean inRaw =
          !COREFERENCE.contains(c.source().resolution())
              && c.target().map(t -> !COREFERENCE.contains(t.resolution())).orElse(true);
      List<String> row =
          List.of(
              id,
              added,
              stamp(m.event().published(), m.ingestedAt()),
              host.isPresent() ? "1" : "2",
              host.or(() -> m.event().outlet()).orElse(""),
              url,
              Integer.toString(c.evidence().sentenceIndex() + 1),
              Integer.toString(c.source().span().start()),
              c.target().map(t -> Integer.toString(t.span().start())).orElse("-1"),
              Integer.toString(c.evidence().trigger().start()),
              inRaw ? "1" : "0",
              Long.toString(Math.round(c.confidence() * 100)),
              Integer.toString(m.documentLength()),
              "",
              "",
              "mention="
                  + m.event().id()
                  + ";event="
                  + e.id()
                  + ";article="
                  + m.event().articleId()
                  + ";merge="
                  + m.decision().method());
      rows.add(row);
    }
    return rows;
  }

  /** A row as one line of tab-separated fields; tabs and line breaks in fields become spaces. */
  public static String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append('\t');
      }
      sb.append(fields.get(i).replaceAll("[\\t\\r\\n]+", " "));
    }
    return sb.toString();
  }

  /**
   * {@code DATEADDED}: when the event first appeared in the news, as far as we know: the earliest
   * publication date of its reports (at 00:00:00), else the earliest time one of its articles was
   * ingested (UTC).
   */
  private static String dateAdded(RealEvent e) {
    Optional<LocalDate> published = EventTable.upperBound(e);
    LocalDateTime ingested =
        e.mentions().stream()
            .map(MentionRow::ingestedAt)
            .min(LocalDateTime::compareTo)
            .orElseThrow();
    return stamp(published, ingested);
  }

  private static String stamp(Optional<LocalDate> published, LocalDateTime ingested) {
    return published.map(d -> DAY.format(d) + "000000").orElseGet(() -> STAMP.format(ingested));
  }

  /** The host of an http(s) URL, without a leading {@code www.}. */
  static Optional<String> webHost(String url) {
    try {
      URI u = new URI(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        return Optional.empty();
      }
      String host = u.getHost().toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The 10 actor columns: code, name, country, known group, ethnic, 2 religions, 3 types. */
  private static void actor(List<String> row, Optional<EventActor> actor) {
    if (actor.isEmpty()) {
      for (int i = 0; i < 10; i++) {
        row.add("");
      }
      return;
    }
    EventActor a = actor.get();
    row.add(a.code());
    row.add(a.name().toUpperCase(Locale.ROOT));
    row.add(a.country().orElse(""));
    row.add(knownGroup(a));
    row.add(""); // ethnic: not coded
    row.add(""); // religion 1
    row.add(""); // religion 2
    String sector = a.sector().orElse("");
    for (int i = 0; i < 3; i++) {
      row.add(sector.length() >= 3 * (i + 1) ? sector.substring(3 * i, 3 * i + 3) : "");
    }
  }

  /**
   * The known group of an actor: the last three letters of a CAMEO-shaped IGO code ({@code IGO}, an
   * optional region, three letters: IGOUNO → UNO, IGOWSTNAT → NAT), or the code of a group with no
   * country when it has three letters; otherwise none.
   */
  static String knownGroup(EventActor a) {
    var igo = IGO.matcher(a.code());
    if (igo.matches()) {
      return igo.group(1);
    }
    if (a.country().isEmpty() && a.code().length() == 3 && !a.code().startsWith("IGO")) {
      return a.code();
    }
    return "";
  }

  /** The 8 geo columns: type, full name, country, ADM1, ADM2, lat, long, feature id. */
  private void geo(List<String> row, Optional<EventPlace> place) {
    if (place.isEmpty()) {
      row.add("0");
      for (int i = 0; i < 7; i++) {
        row.add("");
      }
      return;
    }
    EventPlace p = place.get();
    Optional<Places.Info> info = places.find(p.id());
    String iso2 = info.map(Places.Info::countryIso2).orElse("");
    String countryName = info.map(Places.Info::countryName).orElse("");
    String adm1 = info.map(Places.Info::admin1Code).orElse("");
    String adm1Name = info.map(Places.Info::admin1Name).orElse("");
    String adm2 = info.map(Places.Info::admin2Code).orElse("");
    boolean us = iso2.equals("US") || p.country().filter("USA"::equals).isPresent();
    int type =
        switch (p.precision()) {
          case COUNTRY -> 1;
          case ADMIN1, ADMIN2 -> us ? 2 : 5;
          case CITY -> us ? 3 : 4;
          case REGION, WATER -> 0;
        };
    row.add(Integer.toString(type));
    row.add(
        switch (p.precision()) {
          case COUNTRY -> countryName.isEmpty() ? p.name() : countryName;
          case ADMIN1 -> joined(p.name(), countryName);
          case ADMIN2, CITY -> joined(p.name(), adm1Name, countryName);
          case REGION, WATER -> p.name();
        });
    row.add(iso2);
    row.add(
        switch (p.precision()) {
          case REGION, WATER -> "";
          case COUNTRY -> iso2;
          default -> adm1.isEmpty() ? iso2 : iso2 + adm1;
        });
    row.add(us && !adm1.isEmpty() && !adm2.isEmpty() ? adm1 + adm2 : "");
    row.add(Column.text(EventTable.round(p.lat(), 4)));
    row.add(Column.text(EventTable.round(p.lon(), 4)));
    row.add(p.id());
  }

  private static String joined(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String s : parts) {
      if (!s.isEmpty() && (kept.isEmpty() || !kept.get(kept.size() - 1).equals(s))) {
        kept.add(s);
      }
    }
    return String.join(", ", kept);
  }
}
