package org.annals.model;

import java.util.Optional;

/**
 * A temporal expression normalized by the annotator.
 *
 * @param sentenceIndex the sentence it is in
 * @param span offsets in the clean text
 * @param text as written, e.g. {@code on Wednesday}
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, e.g. {@code 2025-10-22}, when it could be normalized
 * @param anchored whether relative expressions were resolved against a known publication date; when
 *     false, relative values are absent
 */
public record TimeExpression(
    int sentenceIndex,
    CharSpan span,
    String text,
    String type,
    Optional<String> value,
    boolean anchored) {}
