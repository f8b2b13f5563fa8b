package org.annals.model;

/**
 * A named-entity mention.
 *
 * @param sentenceIndex the sentence it is in
 * @param span offsets in the clean text
 * @param text the mention as written
 * @param type coarse type: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}
 *     and, from the same tagger, numeric and temporal types
 */
public record EntityMention(int sentenceIndex, CharSpan span, String text, String type) {}
