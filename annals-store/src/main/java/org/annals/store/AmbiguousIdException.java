package org.annals.store;

import java.util.List;

/** An id prefix matched more than one article; {@link #candidates()} lists (some of) them. */
public final class AmbiguousIdException extends StoreException {
  private final List<String> candidates;

  public AmbiguousIdException(String prefix, List<String> candidates, boolean more) {
    super(
        "id prefix '"
            + prefix
            + "' matches several articles: "
            + String.join(", ", candidates)
            + (more ? ", …" : "")
            + "; give more characters of the id");
    this.candidates = List.copyOf(candidates);
  }

  /** Matching ids, sorted; at most the first few. */
  public List<String> candidates() {
    return candidates;
  }
}
