package org.annals.search;

import java.util.Arrays;
import java.util.Locale;

/** What a search hit is: a stored article, a real (merged) event, or an actor. */
public enum DocType {
  ARTICLE,
  EVENT,
  ACTOR;

  /** The lower-case name used in the index, on the command line and in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type with this label ({@code article}, {@code event} or {@code actor}), in any case.
   *
   * @throws IllegalArgumentException naming the known types
   */
  public static DocType of(String label) {
    for (DocType t : values()) {
      if (t.label().equalsIgnoreCase(label.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown search type '"
            + label
            + "'; use one of "
            + Arrays.stream(values()).map(DocType::label).toList());
  }
}
