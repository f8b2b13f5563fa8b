package org.annals.coder.extract;

import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.EventActor;
import org.annals.model.Token;

/**
 * An actor resolved from the words of a sentence: tokens [start, end) of sentence {@code sentence}.
 */
record Resolved(
    String code,
    String name,
    Optional<String> country,
    Optional<String> sector,
    int sentence,
    int start,
    int end,
    String resolution,
    boolean person,
    Optional<Character> gender,
    double certainty) {

  EventActor toActor(List<Token> tokens, String cleanText) {
    CharSpan span =
        new CharSpan(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
    return new EventActor(
        code, name, span.of(cleanText), country, sector, span, resolution, List.of());
  }

  Resolved at(int sentence, int start, int end, String resolution, double certainty) {
    return new Resolved(
        code, name, country, sector, sentence, start, end, resolution, person, gender, certainty);
  }
}
