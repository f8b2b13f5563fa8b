package org.annals.model;

/**
 * One token of a sentence.
 *
 * @param index 0-based index within the sentence
 * @param span offsets in the clean text
 * @param word the token as written
 * @param lemma its lemma
 * @param pos Penn Treebank part-of-speech tag
 * @param ner coarse named-entity tag ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION},
 *     {@code MISC}, {@code DATE}, …) or {@code O}
 */
public record Token(int index, CharSpan span, String word, String lemma, String pos, String ner) {}
