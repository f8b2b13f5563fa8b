package org.annals.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.model.EventDate;
import org.annals.model.EventPlace;
import org.annals.store.ResolveRows;
import org.annals.store.StoredEvent;

/**
 * The canonical event record (docs/events.md): the JSON object {@code annals code} prints and the
 * REST API serves, built as ordered maps so every front end renders the same fields.
 */
public final class EventRecords {
  /** Written into every record's {@code pipeline} field. */
  public static final String PIPELINE = "annals 0.1.0";

  private EventRecords() {}

  /**
   * Where one mention of an event comes from.
   *
   * @param url the input's URL, or its file path when it has none
   * @param sentenceRaw the sentence's span in the raw input
   * @param triggerRaw the trigger's span in the raw input
   */
  public record Mention(
      String articleId,
      String url,
      Optional<String> outlet,
      Optional<LocalDate> published,
      String sentence,
      CharSpan sentenceRaw,
      String trigger,
      CharSpan triggerRaw) {}

  public static Map<String, Object> record(String id, CodedEvent e, String coder, Mention m) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("codebook", e.codebook());
    r.put("pipeline", PIPELINE);
    r.put("coder", coder);
    r.put("source", actor(e.source()));
    r.put("target", e.target().map(EventRecords::actor).orElse(null));
    Map<String, Object> cameo = new LinkedHashMap<>();
    cameo.put("code", e.cameo().code());
    cameo.put("name", e.cameo().name());
    cameo.put("root", e.cameo().root());
    cameo.put("goldstein", e.cameo().goldstein());
    cameo.put("quad_class", e.cameo().quadClass());
    r.put("cameo", cameo);
    Map<String, Object> plover = new LinkedHashMap<>();
    plover.put("event", e.plover().event());
    plover.put("mode", e.plover().mode());
    plover.put("context", e.plover().context());
    r.put("plover", plover);
    r.put("date", date(e.date(), m.published()));
    r.put("location", e.place().map(EventRecords::location).orElse(null));
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("reported_speech", e.flags().reportedSpeech());
    flags.put("negated", e.flags().negated());
    flags.put("hypothetical", e.flags().hypothetical());
    r.put("flags", flags);
    r.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    Map<String, Object> mention = mention(e, m);
    List<Object> mentions = new ArrayList<>();
    mentions.add(mention);
    r.put("mentions", mentions);
    r.put("story", null);
    return r;
  }

  /** A stored mention (one coded report) as a record with its one mention. */
  public static Map<String, Object> record(StoredEvent s) {
    CodedEvent e = s.event();
    String trigger = s.triggerText();
    return record(
        s.id(),
        e,
        s.coder(),
        new Mention(
            s.articleId(),
            s.url(),
            s.outlet(),
            s.published(),
            s.sentence(),
            s.sentenceRaw(),
            trigger,
            s.triggerRaw()));
  }

  /**
   * A real event as one record: its representative mention's fields, with every mention (each with
   * how it was merged), counts and the story. {@code annals events --format jsonl}, {@code annals
   * event --format json} and {@code GET /api/v1/events} all render this.
   */
  public static Map<String, Object> groupRecord(
      ResolveRows.EventGroup g, List<ResolveRows.ResolvedMention> members) {
    Map<String, Object> r = record(g.representative());
    r.put("id", g.id());
    r.put("confidence", Math.round(g.confidence() * 1000) / 1000.0);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("mentions", g.mentions());
    counts.put("articles", g.articles());
    counts.put("sources", g.sources());
    counts.put("outlets", g.outlets());
    r.put("counts", counts);
    // the event happened at the latest when its first report was published
    members.stream()
        .map(m -> m.event().published())
        .flatMap(Optional::stream)
        .min(java.util.Comparator.naturalOrder())
        .ifPresent(
            first -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> date = (Map<String, Object>) r.get("date");
              date.put("upper_bound", first.toString());
            });
    List<Object> list = new ArrayList<>();
    for (ResolveRows.ResolvedMention m : members) {
      @SuppressWarnings("unchecked")
      List<Object> one = (List<Object>) record(m.event()).get("mentions");
      @SuppressWarnings("unchecked")
      Map<String, Object> mention = (Map<String, Object>) one.get(0);
      mention.put("event_id", m.event().id());
      mention.put("code", m.event().event().cameo().code());
      mention.put(
          "dyad",
          m.event().event().source().code()
              + "->"
              + m.event().event().target().map(EventActor::code).orElse("-"));
      Map<String, Object> merge = new LinkedHashMap<>();
      merge.put("method", m.decision().method());
      merge.put("matched", m.decision().matchedId().orElse(null));
      merge.put(
          "score",
          m.decision().score().isPresent()
              ? Math.round(m.decision().score().getAsDouble() * 1000) / 1000.0
              : null);
      merge.put("evidence", m.decision().evidence());
      merge.put("copy_group", m.decision().copyGroup());
      mention.put("merge", merge);
      list.add(mention);
    }
    r.put("mentions", list);
    r.put("story", g.storyId().orElse(null));
    return r;
  }

  /** One element of {@code mentions}: the article, the sentence and the trigger, with offsets. */
  public static Map<String, Object> mention(CodedEvent e, Mention m) {
    Map<String, Object> mention = new LinkedHashMap<>();
    mention.put("article", m.articleId());
    mention.put("url", m.url());
    mention.put("outlet", m.outlet().orElse(null));
    mention.put("published", m.published().map(LocalDate::toString).orElse(null));
    mention.put("sentence", m.sentence());
    mention.put("sentence_index", e.evidence().sentenceIndex());
    mention.put("char_start", e.evidence().sentence().start());
    mention.put("char_end", e.evidence().sentence().end());
    mention.put("raw_start", m.sentenceRaw().start());
    mention.put("raw_end", m.sentenceRaw().end());
    Map<String, Object> trigger = new LinkedHashMap<>();
    trigger.put("text", m.trigger());
    trigger.put("char_start", e.evidence().trigger().start());
    trigger.put("char_end", e.evidence().trigger().end());
    trigger.put("raw_start", m.triggerRaw().start());
    trigger.put("raw_end", m.triggerRaw().end());
    mention.put("trigger", trigger);
    mention.put("pattern", e.evidence().pattern());
    return mention;
  }

  /**
   * The {@code location} field: where the event happened, why ({@code basis}: {@code clause} or
   * {@code article_focus}) and the words that said so.
   */
  public static Map<String, Object> location(EventPlace p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("text", p.text());
    m.put("country", p.country().orElse(null));
    m.put("lat", Math.round(p.lat() * 10000) / 10000.0);
    m.put("lon", Math.round(p.lon() * 10000) / 10000.0);
    m.put("precision", p.precision().label());
    m.put("basis", p.basis().label());
    m.put("id", p.id());
    m.put(
        "geonames_id", p.id().startsWith("geonames:") ? Long.parseLong(p.id().substring(9)) : null);
    m.put("char_start", p.span().start());
    m.put("char_end", p.span().end());
    m.put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
    return m;
  }

  /**
   * The {@code date} field: the event's own days, or (precision {@code unknown}) only the
   * publication date as an upper bound.
   */
  public static Map<String, Object> date(EventDate d, Optional<LocalDate> published) {
    Map<String, Object> date = new LinkedHashMap<>();
    date.put("start", d.start().map(LocalDate::toString).orElse(null));
    date.put("end", d.end().map(LocalDate::toString).orElse(null));
    date.put("precision", d.precision().label());
    date.put(
        "evidence",
        d.evidence()
            .map(
                ev -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("text", ev.text());
                  x.put("char_start", ev.span().start());
                  x.put("char_end", ev.span().end());
                  return (Object) x;
                })
            .orElse(null));
    date.put(
        "upper_bound", d.upperBound().or(() -> published).map(LocalDate::toString).orElse(null));
    return date;
  }

  private static Map<String, Object> actor(EventActor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("name", a.name());
    m.put("text", a.text());
    m.put("country", a.country().orElse(null));
    m.put("sector", a.sector().orElse(null));
    m.put("resolution", a.resolution());
    m.put("char_start", a.span().start());
    m.put("char_end", a.span().end());
    m.put("members", a.members());
    return m;
  }
}
