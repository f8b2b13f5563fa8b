package org.annals.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a TimeML document a time-expression evaluation needs.
 *
 * @param source the file, as given
 * @param id the {@code DOCID}, or the file name when there is none
 * @param creationTime the {@code value} of the TIMEX3 with {@code
 *     functionInDocument="CREATION_TIME"}, e.g. {@code 1998-08-07} or {@code 1989-10-26T16:00}
 * @param text the content of {@code <TEXT>} with every tag removed and entities decoded
 * @param timexes the TIMEX3s inside {@code <TEXT>}, in text order
 */
public record TimeMlDocument(
    String source, String id, Optional<String> creationTime, String text, List<GoldTimex> timexes) {
  public TimeMlDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(creationTime, "creationTime");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
  }

  /** The day of the creation time, when it starts with a valid {@code yyyy-MM-dd}. */
  public Optional<LocalDate> creationDate() {
    return creationTime
        .filter(v -> v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}.*"))
        .flatMap(
            v -> {
              try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)));
              } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }
}
