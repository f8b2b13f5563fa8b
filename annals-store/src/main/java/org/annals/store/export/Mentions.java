package org.annals.store.export;

import org.annals.store.ExportRows.MentionRow;
import org.annals.store.StoredEvent;

/** Small readings of a mention shared by the formats. */
final class Mentions {
  private Mentions() {}

  /** The trigger's words, cut from the sentence; empty if the spans disagree. */
  static String trigger(MentionRow m) {
    return trigger(m.event());
  }

  static String trigger(StoredEvent s) {
    return s.triggerText();
  }
}
