package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large JSON Lines input for memory runs: each article mixes paragraphs of a few real
 * articles (seeded, so a run can be repeated), with its own URL, date and closing line, so no two
 * have the same content and de-duplication skips none.
 */
final class SyntheticCorpus {
  private SyntheticCorpus() {}

  /** A real article to draw from: its title and its paragraphs. */
  record Base(String title, List<String> paragraphs) {}

  static Base base(String title, String cleanText) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : cleanText.split("\n")) {
      if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    return new Base(title, paragraphs);
  }

  /** Writes {@code count} articles to {@code out}; returns their total text length in chars. */
  static long write(List<Base> bases, int count, long seed, Path out) throws IOException {
    if (bases.isEmpty()) {
      throw new IllegalArgumentException("no base articles to build synthetic ones from");
    }
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(seed);
    LocalDate first = LocalDate.of(2024, 1, 1);
    long chars = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        Base lead = bases.get(random.nextInt(bases.size()));
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int k = 0; k < parts; k++) {
          Base b = k == 0 ? lead : bases.get(random.nextInt(bases.size()));
          int from = k == 0 ? 0 : random.nextInt(Math.max(1, b.paragraphs().size()));
          int n = Math.min(b.paragraphs().size() - from, 2 + random.nextInt(5));
          for (String p : b.paragraphs().subList(from, from + Math.max(0, n))) {
            text.append(p).append('\n');
          }
        }
        text.append("This is synthetic report ").append(i).append(" of the memory benchmark.\n");
        ObjectNode o = json.createObjectNode();
        o.put("url", "https://synthetic.example/bench/" + i);
        o.put("title", lead.title());
        o.put("published", first.plusDays(i % 700).toString());
        o.put("outlet", "synthetic");
        o.put("text", text.toString());
        w.write(json.writeValueAsString(o));
        w.write('\n');
        chars += text.length();
      }
    }
    return chars;
  }
}
