package org.annals.model;

/**
 * What the sentence says about the event's reality. Events that are negated or hypothetical are not
 * coded by default; they are kept (flagged) only when asked for.
 *
 * @param reportedSpeech the event is in a clause somebody said, not stated by the article itself
 * @param negated the sentence denies it ("did not attack")
 * @param hypothetical planned, possible, conditional or asked about ("could attack", "if …")
 */
public record EventFlags(boolean reportedSpeech, boolean negated, boolean hypothetical) {
  public static final EventFlags ASSERTED = new EventFlags(false, false, false);

  public boolean asserted() {
    return !negated && !hypothetical;
  }
}
