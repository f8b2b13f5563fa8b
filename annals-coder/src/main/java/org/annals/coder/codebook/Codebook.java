package org.annals.coder.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.coder.dict.DictionaryException;
import org.annals.model.EventType;
import org.annals.model.PloverType;

/**
 * The CAMEO 1.1b3 codebook: every event code with its name, Goldstein weight and QuadClass, the
 * CAMEO→PLOVER crosswalk, and the "express intent" (03x) and "threaten" (13x) code that matches a
 * cooperative or conflictual action. Loaded once from the TSV files under {@code codebook/}.
 */
public final class Codebook {
  public static final String VERSION = "cameo-1.1b3";
  private static final String BASE = "/org/annals/coder/codebook/";

  private static volatile Codebook standard;

  private final Map<String, EventType> codes;
  private final Map<String, PloverType> plover;
  private final Map<String, String> intent;
  private final Map<String, String> threat;

  private Codebook(
      Map<String, EventType> codes,
      Map<String, PloverType> plover,
      Map<String, String> intent,
      Map<String, String> threat) {
    this.codes = Collections.unmodifiableMap(codes);
    this.plover = Collections.unmodifiableMap(plover);
    this.intent = Collections.unmodifiableMap(intent);
    this.threat = Collections.unmodifiableMap(threat);
  }

  /** The codebook shipped with Annals, loaded on first use. */
  public static Codebook standard() {
    Codebook c = standard;
    if (c == null) {
      synchronized (Codebook.class) {
        c = standard;
        if (c == null) {
          c = load();
          standard = c;
        }
      }
    }
    return c;
  }

  private static Codebook load() {
    Map<String, EventType> codes = new LinkedHashMap<>();
    for (Row row : rows("cameo-1.1b3.tsv", 4)) {
      String code = row.cell(0);
      double goldstein;
      int quad;
      try {
        goldstein = Double.parseDouble(row.cell(2));
        quad = Integer.parseInt(row.cell(3));
      } catch (NumberFormatException e) {
        throw row.error("goldstein and quad_class must be numbers");
      }
      try {
        if (codes.put(code, new EventType(code, row.cell(1), goldstein, quad)) != null) {
          throw row.error("code " + code + " is listed twice");
        }
      } catch (IllegalArgumentException e) {
        if (e instanceof DictionaryException d) {
          throw d;
        }
        throw row.error(e.getMessage());
      }
    }
    Map<String, PloverType> plover = new LinkedHashMap<>();
    for (Row row : rows("cameo-plover.tsv", 4)) {
      String code = known(codes, row, row.cell(0));
      List<String> context =
          row.cell(3).isBlank()
              ? List.of()
              : Arrays.stream(row.cell(3).split(",")).map(String::trim).toList();
      plover.put(code, new PloverType(row.cell(1), row.cell(2), context));
    }
    Map<String, String> intent = new LinkedHashMap<>();
    Map<String, String> threat = new LinkedHashMap<>();
    for (Row row : rows("cameo-intent.tsv", 3)) {
      String code = known(codes, row, row.cell(0));
      if (!row.cell(1).isBlank()) {
        intent.put(code, known(codes, row, row.cell(1)));
      }
      if (!row.cell(2).isBlank()) {
        threat.put(code, known(codes, row, row.cell(2)));
      }
    }
    return new Codebook(codes, plover, intent, threat);
  }

  private static String known(Map<String, EventType> codes, Row row, String code) {
    if (!codes.containsKey(code)) {
      throw row.error("code " + code + " is not in the CAMEO codebook");
    }
    return code;
  }

  /**
   * This codebook plus codes it lacks, for dictionaries written against another codebook
   * (PETRARCH's validation dictionaries use some WEIS codes). The extra codes get a name saying so,
   * Goldstein 0 and the QuadClass of their root when the root is a CAMEO root.
   */
  public Codebook withExtraCodes(java.util.Collection<String> extra) {
    Map<String, EventType> all = new LinkedHashMap<>(codes);
    for (String c : extra) {
      if (!all.containsKey(c) && c.matches("\\d{2,4}")) {
        int root = Integer.parseInt(c.substring(0, 2));
        int quad = root >= 1 && root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : root <= 20 ? 4 : 1;
        all.put(c, new EventType(c, "not in " + VERSION + " (from a user dictionary)", 0.0, quad));
      }
    }
    return new Codebook(all, plover, intent, threat);
  }

  /** The event type for a code, if the codebook has it. */
  public Optional<EventType> type(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The event type for a code the caller knows exists. */
  public EventType require(String code) {
    EventType t = codes.get(code);
    if (t == null) {
      throw new IllegalArgumentException("CAMEO code " + code + " is not in " + VERSION);
    }
    return t;
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  /** The PLOVER reading of a code (falls back to its parent code, then empty). */
  public PloverType plover(String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      PloverType p = plover.get(c);
      if (p != null) {
        return p;
      }
    }
    return new PloverType("", "", List.of());
  }

  /** The "express intent to …" code for a cooperative action (060 → 031), if any. */
  public Optional<String> intentFor(String code) {
    return lookupUp(intent, code);
  }

  /** The "threaten to …" code for a conflictual action (190 → 138), if any. */
  public Optional<String> threatFor(String code) {
    return lookupUp(threat, code);
  }

  private static Optional<String> lookupUp(Map<String, String> map, String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      String v = map.get(c);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** All codes, in codebook order. */
  public List<EventType> types() {
    return List.copyOf(codes.values());
  }

  private record Row(String file, int line, String[] cells) {
    String cell(int i) {
      return i < cells.length ? cells[i].trim() : "";
    }

    DictionaryException error(String message) {
      return new DictionaryException(file, line, message);
    }
  }

  private static List<Row> rows(String file, int columns) {
    InputStream in = Codebook.class.getResourceAsStream(BASE + file);
    if (in == null) {
      throw new IllegalStateException("codebook resource " + BASE + file + " is missing");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 || line.isBlank()) {
          continue; // header
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < columns - 1) {
          throw new DictionaryException(
              file, n, "expected " + columns + " tab-separated columns, found " + cells.length);
        }
        rows.add(new Row(file, n, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows;
  }
}
