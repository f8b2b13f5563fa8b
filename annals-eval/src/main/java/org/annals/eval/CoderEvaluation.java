package org.annals.eval;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores an event coder on PETRARCH validation records. An event is a (source, target, code)
 * triple. Three levels: {@code full} (actor codes and event code exactly), {@code root} (actor
 * codes exactly, the event code's two-digit root), {@code country} (the first three letters of each
 * actor code, and the root). For each: correct (expected events found), missed, and false positives
 * (coded events that match nothing expected, no-event records included).
 */
public final class CoderEvaluation {
  /** Codes one sentence read on a date into (source, target, code) triples. */
  @FunctionalInterface
  public interface Coder {
    List<PetrarchRecord.Expected> code(String text, LocalDate date);

    /**
     * Codes a whole record; by default its text and date. Coders that use more of the record (its
     * parse tree) override this.
     */
    default List<PetrarchRecord.Expected> code(PetrarchRecord record) {
      return code(record.text(), record.date());
    }
  }

  /** Counts at one matching level. */
  public static final class Tally {
    int expected;
    int correct;
    int coded;
    int falsePositives;

    void add(Tally t) {
      expected += t.expected;
      correct += t.correct;
      coded += t.coded;
      falsePositives += t.falsePositives;
    }

    double recall() {
      return expected == 0 ? 0 : (double) correct / expected;
    }

    double fpShare() {
      return coded == 0 ? 0 : (double) falsePositives / coded;
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("expected", expected);
      m.put("correct", correct);
      m.put("coded", coded);
      m.put("false_positives", falsePositives);
      m.put("correct_share", Report.round(recall()));
      m.put("false_positive_share", Report.round(fpShare()));
      return m;
    }
  }

  /** One record's outcome, for listing what went wrong. */
  public record Outcome(PetrarchRecord record, List<PetrarchRecord.Expected> coded) {}

  static final List<String> LEVELS = List.of("full", "root", "country");

  private CoderEvaluation() {}

  public static CoderReport run(
      String source,
      String coderName,
      List<PetrarchRecord> records,
      Coder coder,
      Progress progress) {
    long t0 = System.nanoTime();
    Map<String, Map<String, Tally>> byCategory = new TreeMap<>();
    List<Outcome> outcomes = new ArrayList<>();
    int done = 0;
    int errors = 0;
    int noEventRecords = 0;
    int noEventFalseAlarms = 0;
    for (PetrarchRecord r : records) {
      done++;
      if (r.error()) {
        errors++;
        progress.documentDone(done, records.size());
        continue;
      }
      List<PetrarchRecord.Expected> coded = new ArrayList<>(new LinkedHashSet<>(coder.code(r)));
      outcomes.add(new Outcome(r, coded));
      if (r.noEvents() && r.expected().isEmpty()) {
        noEventRecords++;
        if (!coded.isEmpty()) {
          noEventFalseAlarms++;
        }
      }
      Map<String, Tally> cat = byCategory.computeIfAbsent(r.category(), k -> newTallies());
      for (String level : LEVELS) {
        Tally t = cat.get(level);
        t.expected += r.expected().size();
        t.coded += coded.size();
        Set<Integer> used = new java.util.HashSet<>();
        for (PetrarchRecord.Expected e : r.expected()) {
          for (int i = 0; i < coded.size(); i++) {
            if (!used.contains(i) && matches(level, e, coded.get(i))) {
              used.add(i);
              t.correct++;
              break;
            }
          }
        }
        t.falsePositives += coded.size() - used.size();
      }
      progress.documentDone(done, records.size());
    }
    Map<String, Tally> total = newTallies();
    for (Map<String, Tally> cat : byCategory.values()) {
      for (String level : LEVELS) {
        total.get(level).add(cat.get(level));
      }
    }
    return new CoderReport(
        source,
        coderName,
        records.size(),
        errors,
        noEventRecords,
        noEventFalseAlarms,
        byCategory,
        total,
        outcomes,
        Duration.ofNanos(System.nanoTime() - t0));
  }

  static boolean matches(String level, PetrarchRecord.Expected want, PetrarchRecord.Expected got) {
    return switch (level) {
      case "full" ->
          want.source().equals(got.source())
              && want.target().equals(got.target())
              && want.code().equals(got.code());
      case "root" ->
          want.source().equals(got.source())
              && want.target().equals(got.target())
              && want.root().equals(got.root());
      default ->
          prefix(want.source()).equals(prefix(got.source()))
              && prefix(want.target()).equals(prefix(got.target()))
              && want.root().equals(got.root());
    };
  }

  private static String prefix(String code) {
    return code.length() > 3 ? code.substring(0, 3) : code;
  }

  private static Map<String, Tally> newTallies() {
    Map<String, Tally> m = new LinkedHashMap<>();
    for (String level : LEVELS) {
      m.put(level, new Tally());
    }
    return m;
  }

  /** The report: per category and in total, at each level, and the records coded wrongly. */
  public record CoderReport(
      String source,
      String coder,
      int records,
      int errorRecords,
      int noEventRecords,
      int noEventFalseAlarms,
      Map<String, Map<String, Tally>> byCategory,
      Map<String, Tally> total,
      List<Outcome> outcomes,
      Duration elapsed)
      implements Report {
    @Override
    public String table() {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "Event coding on %s (%d records, %d error records not scored)%n",
              source,
              records,
              errorRecords));
      sb.append("coder: ").append(coder).append('\n');
      sb.append(
          String.format(
              Locale.ROOT,
              "%-12s %-8s %8s %8s %8s %8s %9s %9s%n",
              "category",
              "level",
              "expected",
              "correct",
              "coded",
              "false+",
              "correct%",
              "false+%"));
      for (Map.Entry<String, Map<String, Tally>> e : byCategory.entrySet()) {
        row(sb, e.getKey(), "full", e.getValue().get("full"));
      }
      for (String level : LEVELS) {
        row(sb, "ALL", level, total.get(level));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "no-event records: %d, of which %d got events%n",
              noEventRecords,
              noEventFalseAlarms));
      Tally full = total.get("full");
      sb.append(
          String.format(
              Locale.ROOT,
              "correct=%.3f false_positives=%.3f (full codes; %d of %d expected, %d of %d coded wrong) in %s s%n",
              full.recall(),
              full.fpShare(),
              full.correct,
              full.expected,
              full.falsePositives,
              full.coded,
              Report.seconds(elapsed)));
      return sb.toString();
    }

    private static void row(StringBuilder sb, String cat, String level, Tally t) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-12s %-8s %8d %8d %8d %8d %8.1f%% %8.1f%%%n",
              cat,
              level,
              t.expected,
              t.correct,
              t.coded,
              t.falsePositives,
              100 * t.recall(),
              100 * t.fpShare()));
    }

    /** The records whose coding differs from the expectation, for looking into. */
    public String mistakes() {
      StringBuilder sb = new StringBuilder();
      for (Outcome o : outcomes) {
        Set<String> want = new java.util.TreeSet<>();
        o.record()
            .expected()
            .forEach(e -> want.add(e.source() + " " + e.code() + " " + e.target()));
        Set<String> got = new java.util.TreeSet<>();
        o.coded().forEach(e -> got.add(e.source() + " " + e.code() + " " + e.target()));
        if (!want.equals(got)) {
          sb.append(o.record().id())
              .append(" [")
              .append(o.record().category())
              .append("] want ")
              .append(want)
              .append(" got ")
              .append(got)
              .append("\n  ")
              .append(o.record().text())
              .append('\n');
        }
      }
      return sb.toString();
    }

    @Override
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", source);
      m.put("coder", coder);
      m.put("records", records);
      m.put("error_records", errorRecords);
      m.put("no_event_records", noEventRecords);
      m.put("no_event_false_alarms", noEventFalseAlarms);
      Map<String, Object> tot = new LinkedHashMap<>();
      total.forEach((k, v) -> tot.put(k, v.toMap()));
      m.put("total", tot);
      Map<String, Object> cats = new LinkedHashMap<>();
      byCategory.forEach(
          (c, levels) -> {
            Map<String, Object> lv = new LinkedHashMap<>();
            levels.forEach((k, v) -> lv.put(k, v.toMap()));
            cats.put(c, lv);
          });
      m.put("categories", cats);
      m.put("seconds", Report.secondsValue(elapsed));
      return m;
    }
  }
}
