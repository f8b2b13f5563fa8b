package org.annals.ingest.read;

import java.util.List;

/**
 * Bytes decoded to text.
 *
 * @param text the decoded text (a leading byte-order mark removed)
 * @param charset canonical name of the charset used
 * @param warnings repairs made, e.g. invalid UTF-8 decoded with another charset
 */
public record DecodedText(String text, String charset, List<String> warnings) {
  public DecodedText {
    warnings = List.copyOf(warnings);
  }
}
