package org.annals.eval.coref;

import java.util.Objects;
import org.annals.model.CharSpan;

/**
 * A mention as systems give and get it: a document id and a character span in that document's
 * {@link CorefDocument#text()}.
 */
public record MentionRef(String document, CharSpan span) {
  public MentionRef {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(span, "span");
  }

  /** {@code 1_10ecb[120,127)}, for messages. */
  public String describe() {
    return document + "[" + span.start() + "," + span.end() + ")";
  }
}
