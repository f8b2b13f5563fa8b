package org.annals.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.engine.EventRecords;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.model.EventPlace;
import org.annals.store.ExportRows.MentionRow;
import org.annals.store.ExportRows.RealEvent;
import org.annals.store.StoredEvent;
import org.annals.store.export.EventTable;
import org.annals.store.export.Places;

/**
 * {@code annals export --format plover}: one JSON object per real event with the fields of the
 * PLOVER specification ("JSON Data Fields": id, date, enddate, source, recipient, event, mode,
 * context, event_loc, event_text, quad_code, event_scale, link, text_info, cite_info, coder,
 * coded_date), followed by our own ({@code date_precision}, {@code cameo}, {@code flags}, {@code
 * confidence}, {@code counts}, {@code mentions}, {@code story}), as the README's "Exports" lists.
 */
final class PloverRecords {
  private PloverRecords() {}

  /** The PLOVER record of a real event, or empty when it has no PLOVER event type. */
  static Optional<Map<String, Object>> record(RealEvent e, Places places) {
    StoredEvent rep = e.group().representative();
    CodedEvent c = rep.event();
    if (c.plover().event().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> ours = EventsCommand.groupRecord(e.group(), e.resolvedMentions());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", e.id());
    r.put("date", c.date().start().map(LocalDate::toString).orElse(null));
    r.put("enddate", c.date().end().map(LocalDate::toString).orElse(null));
    r.put("source", List.of(actor(c.source())));
    r.put("recipient", c.target().map(t -> List.of(actor(t))).orElse(List.of()));
    r.put("event", List.of(c.plover().event()));
    r.put("mode", c.plover().mode().isEmpty() ? List.of() : List.of(c.plover().mode()));
    r.put("context", c.plover().context());
    r.put("event_loc", c.place().map(p -> location(p, places)).orElse(null));
    r.put("event_text", List.of(trigger(rep)));
    r.put("quad_code", c.cameo().quadClass());
    r.put("event_scale", c.cameo().goldstein());
    r.put("link", e.group().storyId().orElse(null));
    Map<String, Object> text = new LinkedHashMap<>();
    text.put("sequence", c.evidence().sentenceIndex());
    text.put("start", c.evidence().sentence().start());
    text.put("end", c.evidence().sentence().end());
    r.put("text_info", text);
    MentionRow first = e.first();
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("url", first.event().url());
    cite.put("title", first.event().title().orElse(null));
    cite.put("publication", first.event().outlet().orElse(null));
    cite.put("language", "en");
    cite.put("coder", rep.coder());
    cite.put("codebook", c.codebook() + " with the Annals CAMEO-to-PLOVER crosswalk");
    cite.put("version", EventRecords.PIPELINE);
    r.put("cite_info", cite);
    r.put("coder", EventRecords.PIPELINE);
    r.put("coded_date", representative(e).ingestedAt().toLocalDate().toString());
    // ours
    @SuppressWarnings("unchecked")
    Map<String, Object> date = (Map<String, Object>) ours.get("date");
    r.put("date_precision", date.get("precision"));
    r.put("date_evidence", date.get("evidence"));
    r.put("date_upper_bound", EventTable.upperBound(e).map(LocalDate::toString).orElse(null));
    r.put("cameo", ours.get("cameo"));
    r.put("flags", ours.get("flags"));
    r.put("confidence", ours.get("confidence"));
    r.put("counts", ours.get("counts"));
    r.put("mentions", ours.get("mentions"));
    r.put("story", ours.get("story"));
    return Optional.of(r);
  }

  private static MentionRow representative(RealEvent e) {
    return e.mentions().stream()
        .filter(m -> m.event().id().equals(e.group().representative().id()))
        .findFirst()
        .orElse(e.first());
  }

  /** A PLOVER actor object: code (country or the code's first three letters), sector, text. */
  static Map<String, Object> actor(EventActor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.country().orElse(a.code().substring(0, Math.min(3, a.code().length()))));
    m.put("sector", a.sector().orElse(null));
    m.put("actor_text", a.text());
    m.put("identifier_id", a.code());
    m.put("identifier_text", a.name());
    m.put("resolution", a.resolution());
    m.put("char_start", a.span().start());
    m.put("char_end", a.span().end());
    return m;
  }

  /** A PLOVER location object: GeoNames' field names, then ours. */
  static Map<String, Object> location(EventPlace p, Places places) {
    Optional<Places.Info> info = places.find(p.id());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("geonameid", p.id().startsWith("geonames:") ? Long.parseLong(p.id().substring(9)) : null);
    m.put("name", p.name());
    m.put("latitude", Math.round(p.lat() * 10000) / 10000.0);
    m.put("longitude", Math.round(p.lon() * 10000) / 10000.0);
    m.put(
        "feature code", info.map(Places.Info::featureCode).filter(s -> !s.isEmpty()).orElse(null));
    m.put(
        "country code", info.map(Places.Info::countryIso2).filter(s -> !s.isEmpty()).orElse(null));
    m.put("cc3", p.country().orElse(null));
    m.put("admin1 code", info.map(Places.Info::admin1Code).filter(s -> !s.isEmpty()).orElse(null));
    m.put("precision", p.precision().label());
    m.put("basis", p.basis().label());
    m.put("id", p.id());
    m.put("text", p.text());
    m.put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
    return m;
  }

  private static String trigger(StoredEvent s) {
    return s.triggerText();
  }

  /** The keys a PLOVER record starts with, in order (the PLOVER specification's). */
  static final List<String> PLOVER_FIELDS =
      List.of(
          "id",
          "date",
          "enddate",
          "source",
          "recipient",
          "event",
          "mode",
          "context",
          "event_loc",
          "event_text",
          "quad_code",
          "event_scale",
          "link",
          "text_info",
          "cite_info",
          "coder",
          "coded_date");
}
