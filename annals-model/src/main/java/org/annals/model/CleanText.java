package org.annals.model;

import java.util.Objects;

/**
 * Text derived from a raw article, with the map from its offsets back to the raw text.
 *
 * <p>Paragraphs are separated by a single {@code '\n'}; there are no other line breaks.
 */
public record CleanText(String text, OffsetMap offsets) {
  public CleanText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    if (offsets.length() != text.length()) {
      throw new IllegalArgumentException(
          "offset map covers " + offsets.length() + " chars but text has " + text.length());
    }
  }

  public static CleanText identity(String text) {
    return new CleanText(text, OffsetMap.identity(text.length()));
  }

  public CharSpan toRaw(CharSpan clean) {
    return offsets.toSource(clean);
  }
}
