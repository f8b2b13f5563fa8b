package org.annals.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.EventActor;
import org.annals.store.CandidateSummary;
import org.annals.store.ResolveRows;

/** What {@code annals actors} and {@code GET /api/v1/actors} report, shared by both. */
public final class ActorRecords {
  private ActorRecords() {}

  /**
   * An actor code with how many real events it is the source and the target of.
   *
   * @param name the name of its first occurrence
   */
  public record Activity(String code, String name, int asSource, int asTarget) {
    public int total() {
      return asSource + asTarget;
    }

    public Map<String, Object> record() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", code);
      m.put("name", name);
      m.put("source", asSource);
      m.put("target", asTarget);
      return m;
    }
  }

  /** The actor codes of these real events, most active first, then by code. */
  public static List<Activity> activity(List<ResolveRows.EventGroup> events) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (ResolveRows.EventGroup g : events) {
      EventActor s = g.representative().event().source();
      counts.computeIfAbsent(s.code(), k -> new int[2])[0]++;
      names.putIfAbsent(s.code(), s.name());
      g.representative()
          .event()
          .target()
          .ifPresent(
              t -> {
                counts.computeIfAbsent(t.code(), k -> new int[2])[1]++;
                names.putIfAbsent(t.code(), t.name());
              });
    }
    List<Activity> rows = new ArrayList<>();
    counts.forEach((code, n) -> rows.add(new Activity(code, names.get(code), n[0], n[1])));
    rows.sort(Comparator.comparingInt(Activity::total).reversed().thenComparing(Activity::code));
    return rows;
  }

  /** A candidate actor as {@code annals actors --candidates --format jsonl} prints it. */
  public static Map<String, Object> candidate(CandidateSummary c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("key", c.key());
    m.put("type", c.nerType());
    m.put("mentions", c.mentions());
    m.put("articles", c.articles());
    m.put("country", c.country().orElse(null));
    m.put("sector", c.sector().orElse(null));
    m.put("likely_code", c.likelyCode().orElse(null));
    m.put("cue", c.cue().orElse(null));
    m.put("first", c.first().map(LocalDate::toString).orElse(null));
    m.put("last", c.last().map(LocalDate::toString).orElse(null));
    m.put("event_codes", c.eventCodes());
    m.put("example", Map.of("article", c.exampleArticle(), "sentence", c.exampleSentence()));
    m.put("status", c.status().orElse("candidate"));
    m.put("code", c.code().orElse(null));
    return m;
  }
}
