package org.annals.eval;

import java.util.Comparator;
import java.util.Objects;

/**
 * A typed half-open range {@code [start, end)} in one document of a gold set or a prediction. The
 * unit (tokens or characters) is the caller's; gold and prediction must use the same.
 *
 * @param document index of the document in the evaluated set
 * @param type e.g. {@code PER} or, for time expressions, the TIMEX3 type
 */
public record LabeledSpan(int document, int start, int end, String type) {
  /** Document, then start, then end, then type. */
  public static final Comparator<LabeledSpan> ORDER =
      Comparator.comparingInt(LabeledSpan::document)
          .thenComparingInt(LabeledSpan::start)
          .thenComparingInt(LabeledSpan::end)
          .thenComparing(LabeledSpan::type);

  public LabeledSpan {
    Objects.requireNonNull(type, "type");
    if (document < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "span needs document >= 0 and 0 <= start < end, got document="
              + document
              + ", start="
              + start
              + ", end="
              + end);
    }
  }

  public int length() {
    return end - start;
  }

  /** Whether both are in the same document and share at least one unit. */
  public boolean overlaps(LabeledSpan other) {
    return document == other.document && start < other.end && other.start < end;
  }

  /** Same document, start and end; the type may differ. */
  public boolean sameExtent(LabeledSpan other) {
    return document == other.document && start == other.start && end == other.end;
  }

  /** Units shared with {@code other}; 0 when they do not overlap. */
  public int overlap(LabeledSpan other) {
    return overlaps(other) ? Math.min(end, other.end) - Math.max(start, other.start) : 0;
  }
}
