package org.annals.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's publication date and why we believe it.
 *
 * @param date the date, absent when nothing supports one
 * @param precision day, month or year; {@code UNKNOWN} when absent
 * @param evidence the text (or markup) the date was read from, quoted from the input
 * @param method how it was found, e.g. {@code meta:article:published_time}, {@code json-ld}, {@code
 *     declared}, {@code url}, {@code embed}, {@code caption}, {@code dateline}
 * @param inferred true when the date was inferred from evidence in the text rather than declared as
 *     the publication date (an inferred date is the latest dated evidence: the article was
 *     published on or soon after it)
 */
public record PublishedDate(
    Optional<LocalDate> date,
    DatePrecision precision,
    String evidence,
    String method,
    boolean inferred) {
  public static final PublishedDate UNKNOWN =
      new PublishedDate(Optional.empty(), DatePrecision.UNKNOWN, "", "none", false);

  public PublishedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(method, "method");
    if (date.isEmpty() != (precision == DatePrecision.UNKNOWN)) {
      throw new IllegalArgumentException(
          "precision must be UNKNOWN exactly when the date is absent, got date="
              + date
              + ", precision="
              + precision);
    }
  }

  public static PublishedDate declared(LocalDate date, String evidence, String method) {
    return new PublishedDate(Optional.of(date), DatePrecision.DAY, evidence, method, false);
  }

  public static PublishedDate inferred(
      LocalDate date, DatePrecision precision, String evidence, String method) {
    return new PublishedDate(Optional.of(date), precision, evidence, method, true);
  }

  public boolean isKnown() {
    return date.isPresent();
  }
}
