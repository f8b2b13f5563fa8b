package org.annals.eval;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores of {@link TimeEvaluation}.
 *
 * @param documentsWithoutDate documents annotated without a publication date (no readable creation
 *     time)
 * @param strict exact extent match, type ignored
 * @param relaxed overlapping extents, paired one to one
 * @param strictValueF1 TempEval-3 value F1: exact extent and the gold value, over all types
 * @param relaxedValueF1 value F1 on overlapping (relaxed) pairs: the headline figure
 * @param valueByType value accuracy on relaxed pairs, by gold type (DATE, TIME)
 * @param strictValue value accuracy on the relaxed pairs whose extents are equal
 * @param typeAccuracy TIMEX3 type accuracy on relaxed pairs
 * @param failures documents the annotator failed on (scored as finding nothing), with why
 */
public record TimeReport(
    String gold,
    int documents,
    int documentsInGold,
    int documentsWithoutDate,
    int characters,
    Counts strict,
    Counts relaxed,
    Counts strictValueF1,
    Counts relaxedValueF1,
    Map<String, Ratio> valueByType,
    Ratio strictValue,
    Ratio typeAccuracy,
    List<String> failures,
    Duration load,
    Duration annotate,
    List<String> mistakes)
    implements Report {
  public TimeReport {
    valueByType = new TreeMap<>(valueByType);
    failures = List.copyOf(failures);
    mistakes = List.copyOf(mistakes);
  }

  /**
   * The expressions that do not score in the relaxed value F1, one a line, tab-separated: {@code
   * wrong} (paired, other value), {@code missed} (gold not paired), {@code spurious} (prediction
   * not paired); then the document id, its creation date, the gold and predicted text and values,
   * and the sentence around them.
   */
  public String mistakesListing() {
    StringBuilder sb = new StringBuilder();
    mistakes.forEach(m -> sb.append(m).append('\n'));
    return sb.toString();
  }

  /** Value accuracy over all relaxed DATE and TIME pairs. */
  public Ratio value() {
    return valueByType.values().stream().reduce(Ratio.NONE, Ratio::plus);
  }

  @Override
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("Time expressions on ").append(gold).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "  %d of %d documents, %d gold TIMEX3, %d predicted; anchored on the document creation"
                + " time (%d documents without one)%n%n",
            documents,
            documentsInGold,
            strict.gold(),
            strict.predicted(),
            documentsWithoutDate));
    TextTable extents =
        new TextTable("extent match", "precision", "recall", "f1", "tp", "fp", "fn");
    row(extents, "strict", strict);
    row(extents, "relaxed", relaxed);
    sb.append(extents.render("  ")).append('\n');
    TextTable valueMatch =
        new TextTable("extent + value", "precision", "recall", "f1", "tp", "fp", "fn");
    row(valueMatch, "strict", strictValueF1);
    row(valueMatch, "relaxed", relaxedValueF1);
    sb.append(valueMatch.render("  ")).append('\n');
    TextTable values = new TextTable("attribute", "accuracy", "(correct/pairs)");
    valueByType.forEach((type, r) -> values.row("value " + type, fixed(r), count(r)));
    values.row("value DATE+TIME", fixed(value()), count(value()));
    values.row("value, equal extents", fixed(strictValue), count(strictValue));
    values.row("type", fixed(typeAccuracy), count(typeAccuracy));
    sb.append(values.render("  ")).append('\n');
    if (!failures.isEmpty()) {
      sb.append("  annotation failed on ")
          .append(failures.size())
          .append(" documents (scored as finding nothing):\n");
      failures.stream().limit(10).forEach(f -> sb.append("    ").append(f).append('\n'));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "  time: load %s s, annotate %s s%n",
            Report.seconds(load),
            Report.seconds(annotate)));
    sb.append(String.format(Locale.ROOT, "value F1=%.3f%n", relaxedValueF1.f1()));
    return sb.toString();
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("evaluation", "time");
    m.put("gold", gold);
    m.put("documents", documents);
    m.put("documents_in_gold", documentsInGold);
    m.put("documents_without_date", documentsWithoutDate);
    m.put("characters", characters);
    m.put("strict", strict.toMap());
    m.put("relaxed", relaxed.toMap());
    Map<String, Object> valueF1 = new LinkedHashMap<>();
    valueF1.put("strict", strictValueF1.toMap());
    valueF1.put("relaxed", relaxedValueF1.toMap());
    m.put("value_f1", valueF1);
    SortedMap<String, Object> byType = new TreeMap<>();
    valueByType.forEach((type, r) -> byType.put(type, r.toMap()));
    Map<String, Object> value = new LinkedHashMap<>(value().toMap());
    value.put("by_type", byType);
    value.put("equal_extents", strictValue.toMap());
    m.put("value_accuracy", value);
    m.put("type_accuracy", typeAccuracy.toMap());
    m.put("failures", failures);
    Map<String, Object> seconds = new LinkedHashMap<>();
    seconds.put("load", Report.secondsValue(load));
    seconds.put("annotate", Report.secondsValue(annotate));
    m.put("seconds", seconds);
    return m;
  }

  private static void row(TextTable t, String label, Counts c) {
    t.row(
        label,
        Report.fixed(c.precision()),
        Report.fixed(c.recall()),
        Report.fixed(c.f1()),
        c.truePositives(),
        c.falsePositives(),
        c.falseNegatives());
  }

  private static String fixed(Ratio r) {
    return r.total() == 0 ? "-" : Report.fixed(r.value());
  }

  private static String count(Ratio r) {
    return r.hits() + "/" + r.total();
  }
}
