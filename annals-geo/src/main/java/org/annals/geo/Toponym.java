package org.annals.geo;

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

  /** A toponym without offsets (no "City, State" pattern is looked for). */
  public static Toponym of(String text) {
    return new Toponym(text, -1, -1);
  }
}
