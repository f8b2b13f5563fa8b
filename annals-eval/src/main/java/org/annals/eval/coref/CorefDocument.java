package org.annals.eval.coref;

import java.util.Objects;

/**
 * A document as a {@link CorefSystem} gets it: an id and the text that mention spans refer to. For
 * ECB+ the id is the file name ({@code 1_10ecb}) and the text has one sentence per line, tokens
 * separated by single spaces. The topic number in the id is gold information: a system must not use
 * it.
 */
public record CorefDocument(String id, String text) {
  public CorefDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
