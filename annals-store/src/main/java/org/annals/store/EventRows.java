package org.annals.store;

import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.CleanArticle;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.model.EventDate;
import org.annals.model.EventIds;
import org.annals.model.EventPlace;

/** The {@code events} table's columns and how a coded event fills them. */
final class EventRows {
  static final List<String> COLUMNS =
      List.of(
          "id",
          "article_id",
          "idx",
          "codebook",
          "coder",
          "cameo_code",
          "cameo_name",
          "cameo_root",
          "goldstein",
          "quad_class",
          "plover_event",
          "plover_mode",
          "plover_context",
          "source_code",
          "source_name",
          "source_text",
          "source_country",
          "source_sector",
          "source_resolution",
          "source_char_start",
          "source_char_end",
          "target_code",
          "target_name",
          "target_text",
          "target_country",
          "target_sector",
          "target_resolution",
          "target_char_start",
          "target_char_end",
          "reported_speech",
          "negated",
          "hypothetical",
          "confidence",
          "sentence_idx",
          "sentence_char_start",
          "sentence_char_end",
          "sentence_raw_start",
          "sentence_raw_end",
          "trigger_char_start",
          "trigger_char_end",
          "trigger_raw_start",
          "trigger_raw_end",
          "pattern",
          "date_start",
          "date_end",
          "date_precision",
          "date_evidence",
          "date_evidence_char_start",
          "date_evidence_char_end",
          "place_id",
          "place_name",
          "place_text",
          "place_lat",
          "place_lon",
          "place_country",
          "place_precision",
          "place_basis",
          "place_char_start",
          "place_char_end",
          "place_confidence");

  private EventRows() {}

  /** Buffers the article's events; maps every span to raw first so a bad span adds no rows. */
  static void buffer(RowInserter rows, CleanArticle a, List<CodedEvent> events, String coder) {
    String articleId = a.id().value();
    List<Object[]> pending = new java.util.ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      CodedEvent e = events.get(i);
      CharSpan sentenceRaw = a.clean().toRaw(e.evidence().sentence());
      CharSpan triggerRaw = a.clean().toRaw(e.evidence().trigger());
      EventActor s = e.source();
      Optional<EventActor> t = e.target();
      pending.add(
          new Object[] {
            EventIds.of(articleId, e),
            articleId,
            i,
            e.codebook(),
            coder,
            e.cameo().code(),
            e.cameo().name(),
            e.cameo().root(),
            e.cameo().goldstein(),
            e.cameo().quadClass(),
            e.plover().event(),
            e.plover().mode(),
            Json.strings(e.plover().context()),
            s.code(),
            s.name(),
            s.text(),
            s.country().orElse(null),
            s.sector().orElse(null),
            s.resolution(),
            s.span().start(),
            s.span().end(),
            t.map(EventActor::code).orElse(null),
            t.map(EventActor::name).orElse(null),
            t.map(EventActor::text).orElse(null),
            t.flatMap(EventActor::country).orElse(null),
            t.flatMap(EventActor::sector).orElse(null),
            t.map(EventActor::resolution).orElse(null),
            t.map(x -> x.span().start()).orElse(null),
            t.map(x -> x.span().end()).orElse(null),
            e.flags().reportedSpeech(),
            e.flags().negated(),
            e.flags().hypothetical(),
            e.confidence(),
            e.evidence().sentenceIndex(),
            e.evidence().sentence().start(),
            e.evidence().sentence().end(),
            sentenceRaw.start(),
            sentenceRaw.end(),
            e.evidence().trigger().start(),
            e.evidence().trigger().end(),
            triggerRaw.start(),
            triggerRaw.end(),
            e.evidence().pattern(),
            e.date().start().orElse(null),
            e.date().end().orElse(null),
            e.date().precision().label(),
            e.date().evidence().map(EventDate.Evidence::text).orElse(null),
            e.date().evidence().map(x -> x.span().start()).orElse(null),
            e.date().evidence().map(x -> x.span().end()).orElse(null),
            e.place().map(EventPlace::id).orElse(null),
            e.place().map(EventPlace::name).orElse(null),
            e.place().map(EventPlace::text).orElse(null),
            e.place().map(EventPlace::lat).orElse(null),
            e.place().map(EventPlace::lon).orElse(null),
            e.place().flatMap(EventPlace::country).orElse(null),
            e.place().map(x -> x.precision().label()).orElse(null),
            e.place().map(x -> x.basis().label()).orElse(null),
            e.place().map(x -> x.span().start()).orElse(null),
            e.place().map(x -> x.span().end()).orElse(null),
            e.place().map(EventPlace::confidence).orElse(null)
          });
    }
    for (Object[] row : pending) {
      rows.add(row);
    }
  }
}
