package org.annals.store.export;

import static org.annals.store.export.Column.Type.BOOLEAN;
import static org.annals.store.export.Column.Type.DATE;
import static org.annals.store.export.Column.Type.DOUBLE;
import static org.annals.store.export.Column.Type.INTEGER;
import static org.annals.store.export.Column.Type.VARCHAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.model.EventPlace;
import org.annals.store.ExportRows.MentionRow;
import org.annals.store.ExportRows.RealEvent;

/**
 * The flat tables of the {@code csv} and {@code parquet} exports: one row per real event (its
 * representative mention's fields, with counts over all its mentions) and one row per mention.
 * Column names follow the event record (docs/events.md) with {@code _} for nesting.
 */
public final class EventTable {
  private EventTable() {}

  /** One row per real event. */
  public static final List<Column<RealEvent>> EVENTS =
      List.of(
          col("id", VARCHAR, RealEvent::id),
          col("date_start", DATE, e -> coded(e).date().start().orElse(null)),
          col("date_end", DATE, e -> coded(e).date().end().orElse(null)),
          col("date_precision", VARCHAR, e -> coded(e).date().precision().label()),
          col("date_upper_bound", DATE, e -> upperBound(e).orElse(null)),
          col("source_code", VARCHAR, e -> coded(e).source().code()),
          col("source_name", VARCHAR, e -> coded(e).source().name()),
          col("source_country", VARCHAR, e -> coded(e).source().country().orElse(null)),
          col("source_sector", VARCHAR, e -> coded(e).source().sector().orElse(null)),
          col("target_code", VARCHAR, e -> target(e).map(EventActor::code).orElse(null)),
          col("target_name", VARCHAR, e -> target(e).map(EventActor::name).orElse(null)),
          col("target_country", VARCHAR, e -> target(e).flatMap(EventActor::country).orElse(null)),
          col("target_sector", VARCHAR, e -> target(e).flatMap(EventActor::sector).orElse(null)),
          col("cameo_code", VARCHAR, e -> coded(e).cameo().code()),
          col("cameo_name", VARCHAR, e -> coded(e).cameo().name()),
          col("cameo_root", VARCHAR, e -> coded(e).cameo().root()),
          col("goldstein", DOUBLE, e -> coded(e).cameo().goldstein()),
          col("quad_class", INTEGER, e -> coded(e).cameo().quadClass()),
          col("plover_event", VARCHAR, e -> emptyToNull(coded(e).plover().event())),
          col("plover_mode", VARCHAR, e -> emptyToNull(coded(e).plover().mode())),
          col(
              "plover_context",
              VARCHAR,
              e -> emptyToNull(String.join(";", coded(e).plover().context()))),
          col("place_name", VARCHAR, e -> place(e).map(EventPlace::name).orElse(null)),
          col("place_country", VARCHAR, e -> place(e).flatMap(EventPlace::country).orElse(null)),
          col("place_lat", DOUBLE, e -> place(e).map(p -> round(p.lat(), 4)).orElse(null)),
          col("place_lon", DOUBLE, e -> place(e).map(p -> round(p.lon(), 4)).orElse(null)),
          col(
              "place_precision",
              VARCHAR,
              e -> place(e).map(p -> p.precision().label()).orElse(null)),
          col("place_basis", VARCHAR, e -> place(e).map(p -> p.basis().label()).orElse(null)),
          col("place_id", VARCHAR, e -> place(e).map(EventPlace::id).orElse(null)),
          col("mentions", INTEGER, e -> e.group().mentions()),
          col("articles", INTEGER, e -> e.group().articles()),
          col("sources", INTEGER, e -> e.group().sources()),
          col("outlets", INTEGER, e -> e.group().outlets()),
          col("confidence", DOUBLE, e -> round(e.group().confidence(), 3)),
          col("reported_speech", BOOLEAN, e -> coded(e).flags().reportedSpeech()),
          col("negated", BOOLEAN, e -> coded(e).flags().negated()),
          col("hypothetical", BOOLEAN, e -> coded(e).flags().hypothetical()),
          col("story", VARCHAR, e -> e.group().storyId().orElse(null)),
          col("first_url", VARCHAR, e -> e.first().event().url()),
          col("sentence", VARCHAR, e -> e.group().representative().sentence()));

  /** One row per mention (report) of a real event. */
  public static final List<Column<MentionRow>> MENTIONS =
      List.of(
          mcol("event_id", VARCHAR, m -> m.decision().mergedId()),
          mcol("mention_id", VARCHAR, m -> m.event().id()),
          mcol("article_id", VARCHAR, m -> m.event().articleId()),
          mcol("url", VARCHAR, m -> m.event().url()),
          mcol("outlet", VARCHAR, m -> m.event().outlet().orElse(null)),
          mcol("published", DATE, m -> m.event().published().orElse(null)),
          mcol("title", VARCHAR, m -> m.event().title().orElse(null)),
          mcol("sentence_index", INTEGER, m -> m.event().event().evidence().sentenceIndex()),
          mcol("sentence", VARCHAR, m -> m.event().sentence()),
          mcol("char_start", INTEGER, m -> m.event().event().evidence().sentence().start()),
          mcol("char_end", INTEGER, m -> m.event().event().evidence().sentence().end()),
          mcol("raw_start", INTEGER, m -> m.event().sentenceRaw().start()),
          mcol("raw_end", INTEGER, m -> m.event().sentenceRaw().end()),
          mcol("trigger", VARCHAR, Mentions::trigger),
          mcol("trigger_char_start", INTEGER, m -> m.event().event().evidence().trigger().start()),
          mcol("trigger_char_end", INTEGER, m -> m.event().event().evidence().trigger().end()),
          mcol("trigger_raw_start", INTEGER, m -> m.event().triggerRaw().start()),
          mcol("trigger_raw_end", INTEGER, m -> m.event().triggerRaw().end()),
          mcol("source_code", VARCHAR, m -> m.event().event().source().code()),
          mcol("cameo_code", VARCHAR, m -> m.event().event().cameo().code()),
          mcol(
              "target_code",
              VARCHAR,
              m -> m.event().event().target().map(EventActor::code).orElse(null)),
          mcol("date_start", DATE, m -> m.event().event().date().start().orElse(null)),
          mcol("date_end", DATE, m -> m.event().event().date().end().orElse(null)),
          mcol("date_precision", VARCHAR, m -> m.event().event().date().precision().label()),
          mcol("confidence", DOUBLE, m -> round(m.event().event().confidence(), 3)),
          mcol("merge_method", VARCHAR, m -> m.decision().method()),
          mcol("merge_matched", VARCHAR, m -> m.decision().matchedId().orElse(null)),
          mcol(
              "merge_score",
              DOUBLE,
              m ->
                  m.decision().score().isPresent()
                      ? round(m.decision().score().getAsDouble(), 3)
                      : null),
          mcol("merge_evidence", VARCHAR, m -> m.decision().evidence()),
          mcol("copy_group", VARCHAR, m -> m.decision().copyGroup()),
          mcol("representative", BOOLEAN, m -> m.decision().representative()),
          mcol("pattern", VARCHAR, m -> m.event().event().evidence().pattern()));

  /** The column names of a table, in order. */
  public static <T> List<String> names(List<Column<T>> columns) {
    return columns.stream().map(Column::name).toList();
  }

  /** The values of one row, in column order. */
  public static <T> Object[] values(List<Column<T>> columns, T row) {
    Object[] out = new Object[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = columns.get(i).of(row);
    }
    return out;
  }

  /**
   * The latest day the event can have happened on: the earliest publication date of its reports
   * (empty when none of its articles has one).
   */
  public static Optional<LocalDate> upperBound(RealEvent e) {
    return e.mentions().stream()
        .map(m -> m.event().published())
        .flatMap(Optional::stream)
        .min(LocalDate::compareTo);
  }

  static CodedEvent coded(RealEvent e) {
    return e.group().representative().event();
  }

  private static Optional<EventActor> target(RealEvent e) {
    return coded(e).target();
  }

  private static Optional<EventPlace> place(RealEvent e) {
    return coded(e).place();
  }

  static Double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static Column<RealEvent> col(
      String name, Column.Type type, Function<RealEvent, Object> value) {
    return new Column<>(name, type, value);
  }

  private static Column<MentionRow> mcol(
      String name, Column.Type type, Function<MentionRow, Object> value) {
    return new Column<>(name, type, value);
  }
}
