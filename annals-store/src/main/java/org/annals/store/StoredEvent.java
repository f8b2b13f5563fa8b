package org.annals.store;

import java.time.LocalDate;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.CodedEvent;

/**
 * An event as stored, with what its evidence needs from its article.
 *
 * @param sentenceRaw the sentence's span in the raw text
 * @param triggerRaw the trigger's span in the raw text
 * @param coder which coder and dictionaries produced it
 */
public record StoredEvent(
    String id,
    String articleId,
    String url,
    Optional<String> title,
    Optional<String> outlet,
    Optional<LocalDate> published,
    String sentence,
    CodedEvent event,
    CharSpan sentenceRaw,
    CharSpan triggerRaw,
    String coder) {

  /** The trigger's words, cut from the sentence; empty if the spans disagree. */
  public String triggerText() {
    int t0 = event.evidence().trigger().start() - event.evidence().sentence().start();
    int t1 = event.evidence().trigger().end() - event.evidence().sentence().start();
    return t0 >= 0 && t1 <= sentence.length() && t0 <= t1 ? sentence.substring(t0, t1) : "";
  }
}
