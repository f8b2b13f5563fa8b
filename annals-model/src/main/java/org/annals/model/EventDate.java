package org.annals.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened, as its own sentence says: an inclusive range of days with the unit the
 * sentence gave it in ("on Wednesday" a day, "last week" a week, "in May" a month, "three years
 * ago" a year), and the words that said so.
 *
 * <p>When the sentence gives no date for the event, {@code start}, {@code end} and {@code evidence}
 * are empty and {@code precision} is {@link DatePrecision#UNKNOWN}: the event happened at the
 * latest on {@code upperBound}, the publication date, which is never the event's date.
 *
 * @param start first day, inclusive
 * @param end last day, inclusive; equal to {@code start} for a single day
 * @param precision DAY, WEEK, MONTH or YEAR when known
 * @param evidence the time expression the date was read from
 * @param upperBound the publication date, when known
 */
public record EventDate(
    Optional<LocalDate> start,
    Optional<LocalDate> end,
    DatePrecision precision,
    Optional<Evidence> evidence,
    Optional<LocalDate> upperBound) {

  /**
   * The words a date was read from.
   *
   * @param text as written, e.g. {@code on Wednesday night (16)}
   * @param span offsets in the clean text
   */
  public record Evidence(String text, CharSpan span) {
    public Evidence {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
    }
  }

  public EventDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(upperBound, "upperBound");
    boolean known = precision != DatePrecision.UNKNOWN;
    if (known != start.isPresent() || known != end.isPresent() || known != evidence.isPresent()) {
      throw new IllegalArgumentException(
          "a known date has start, end and evidence, an unknown one none of them");
    }
    if (known && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException("date ends before it starts: " + start + ".." + end);
    }
  }

  /** No date in the event's sentence: only the publication date as an upper bound. */
  public static EventDate unknown(Optional<LocalDate> upperBound) {
    return new EventDate(
        Optional.empty(), Optional.empty(), DatePrecision.UNKNOWN, Optional.empty(), upperBound);
  }

  public static EventDate of(
      LocalDate start,
      LocalDate end,
      DatePrecision precision,
      Evidence evidence,
      Optional<LocalDate> upperBound) {
    return new EventDate(
        Optional.of(start), Optional.of(end), precision, Optional.of(evidence), upperBound);
  }

  public boolean known() {
    return precision != DatePrecision.UNKNOWN;
  }
}
