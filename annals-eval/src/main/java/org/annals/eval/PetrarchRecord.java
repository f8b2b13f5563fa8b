package org.annals.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One PETRARCH validation record: a sentence, its date and category, and the events a coder should
 * find (none for a no-event record).
 *
 * @param error a record that tests error handling (PETRARCH's ERROR category); not scored
 * @param parse the record's Penn Treebank parse ({@code <Parse>}), or null when it has none
 * @param options the {@code <Config>} options in force at the record (each tag holds until a later
 *     one changes it), keyed by lower-case option name
 */
public record PetrarchRecord(
    String id,
    String category,
    LocalDate date,
    String text,
    List<Expected> expected,
    boolean noEvents,
    boolean error,
    String parse,
    Map<String, String> options) {
  public PetrarchRecord {
    options = Map.copyOf(options);
  }

  /** A record without {@code <Config>} options. */
  public PetrarchRecord(
      String id,
      String category,
      LocalDate date,
      String text,
      List<Expected> expected,
      boolean noEvents,
      boolean error,
      String parse) {
    this(id, category, date, text, expected, noEvents, error, parse, Map.of());
  }

  /** A record without a parse. */
  public PetrarchRecord(
      String id,
      String category,
      LocalDate date,
      String text,
      List<Expected> expected,
      boolean noEvents,
      boolean error) {
    this(id, category, date, text, expected, noEvents, error, null);
  }

  /** An expected event: CAMEO source and target actor codes and the event code. */
  public record Expected(String source, String target, String code) {
    public String root() {
      return code.length() >= 2 ? code.substring(0, 2) : code;
    }
  }
}
