package org.annals.coder.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts for one kind of entry: how many were read, translated, approximated and skipped. */
final class Tally {
  private static final int EXAMPLES = 3;

  private final String kind;
  private int read;
  private int translated;
  private final Map<String, Integer> approximated = new LinkedHashMap<>();
  private final Map<String, Integer> skipped = new LinkedHashMap<>();
  private final Map<String, List<String>> examples = new LinkedHashMap<>();

  Tally(String kind) {
    this.kind = kind;
  }

  void read() {
    read++;
  }

  void translated() {
    translated++;
  }

  void skip(String reason, String example) {
    skipped.merge(reason, 1, Integer::sum);
    example("skipped: " + reason, example);
  }

  void approximate(String how, String example) {
    approximated.merge(how, 1, Integer::sum);
    example("approximated: " + how, example);
  }

  private void example(String key, String example) {
    List<String> list = examples.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.size() < EXAMPLES) {
      list.add(example);
    }
  }

  int readCount() {
    return read;
  }

  int translatedCount() {
    return translated;
  }

  int skippedCount() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  int skipped(String reason) {
    return skipped.getOrDefault(reason, 0);
  }

  int approximated(String how) {
    return approximated.getOrDefault(how, 0);
  }

  void appendTo(StringBuilder b) {
    b.append(
        String.format(
            Locale.ROOT,
            "%s: %d read, %d translated, %d skipped%n",
            kind,
            read,
            translated,
            skippedCount()));
    for (Map.Entry<String, Integer> e : skipped.entrySet()) {
      b.append(String.format(Locale.ROOT, "  skipped %d: %s", e.getValue(), e.getKey()));
      appendExamples(b, "skipped: " + e.getKey());
    }
    for (Map.Entry<String, Integer> e : approximated.entrySet()) {
      b.append(String.format(Locale.ROOT, "  approximated %d: %s", e.getValue(), e.getKey()));
      appendExamples(b, "approximated: " + e.getKey());
    }
  }

  private void appendExamples(StringBuilder b, String key) {
    List<String> ex = examples.getOrDefault(key, List.of());
    if (!ex.isEmpty()) {
      b.append("  e.g. ").append(String.join("; ", ex));
    }
    b.append(System.lineSeparator());
  }
}
