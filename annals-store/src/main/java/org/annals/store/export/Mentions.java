package org.annals.store.export;

import org.annals.model.CharSpan;
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
    CharSpan sentence = s.event().evidence().sentence();
    CharSpan trigger = s.event().evidence().trigger();
    int t0 = trigger.start() - sentence.start();
    int t1 = trigger.end() - sentence.start();
    return t0 >= 0 && t1 <= s.sentence().length() && t0 <= t1 ? s.sentence().substring(t0, t1) : "";
  }
}
