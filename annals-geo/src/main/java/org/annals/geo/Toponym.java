package org.annals.geo;

import java.util.Locale;
import java.util.Set;
import org.annals.model.EntityMention;

/**
 * A place name in a document: its text and character offsets (end exclusive) in the document's
 * text, e.g. an NER LOCATION or GPE mention.
 */
public record Toponym(String text, int start, int end) {
  public Toponym {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty toponym");
    }
  }

  /** NER types that name places (CoreNLP's coarse and fine types, OntoNotes' GPE and FAC). */
  public static final Set<String> PLACE_TYPES =
      Set.of("LOCATION", "GPE", "LOC", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "FAC");

  /** Whether an NER mention names a place (its type is one of {@link #PLACE_TYPES}). */
  public static boolean isPlace(EntityMention m) {
    return PLACE_TYPES.contains(m.type().toUpperCase(Locale.ROOT));
  }

  /** The toponym of an NER mention (offsets in the clean text). */
  public static Toponym of(EntityMention m) {
    return new Toponym(m.text(), m.span().start(), m.span().end());
  }

  /** A toponym without offsets (no "City, State" pattern is looked for). */
  public static Toponym of(String text) {
    return new Toponym(text, -1, -1);
  }
}
