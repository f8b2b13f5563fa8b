package org.annals.coder.extract;

import java.util.List;
import org.annals.coder.dict.Sense;

/** Dictionary phrase found in a sentence: tokens [start, end), with every sense of that phrase. */
record Mention(int start, int end, List<Sense> senses) {
  Mention {
    senses = List.copyOf(senses);
  }

  boolean covers(int token) {
    return token >= start && token < end;
  }

  <T extends Sense> java.util.Optional<T> sense(Class<T> type) {
    for (Sense s : senses) {
      if (type.isInstance(s)) {
        return java.util.Optional.of(type.cast(s));
      }
    }
    return java.util.Optional.empty();
  }
}
