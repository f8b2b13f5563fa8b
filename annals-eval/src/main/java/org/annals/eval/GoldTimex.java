package org.annals.eval;

import java.util.Objects;
import java.util.Optional;
import org.annals.model.CharSpan;

/**
 * A gold TIMEX3 in the text of a TimeML document.
 *
 * @param span offsets in {@link TimeMlDocument#text()}, without surrounding white space
 * @param id the {@code tid}
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 {@code value}, absent when the tag has none
 */
public record GoldTimex(CharSpan span, String id, String type, Optional<String> value) {
  public GoldTimex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
