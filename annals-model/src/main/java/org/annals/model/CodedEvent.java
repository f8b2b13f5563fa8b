package org.annals.model;

import java.util.Optional;

/**
 * One event coded from one sentence: who did what to whom, with the evidence. Compound actors give
 * one event per source × target pair.
 *
 * @param codebook codebook version, e.g. {@code cameo-1.1b3}
 * @param target empty for events CAMEO codes without a target (protests, force posture)
 * @param confidence 0..1: pattern reliability times how surely the actors were resolved
 * @param date when the event happened, as its own sentence says; {@link EventDate#unknown} when it
 *     does not
 * @param place where the event happened: a place its clause names, else the article's focus (marked
 *     as such); empty when the article names no place the gazetteer knows
 */
public record CodedEvent(
    String codebook,
    EventActor source,
    Optional<EventActor> target,
    EventType cameo,
    PloverType plover,
    EventFlags flags,
    double confidence,
    EventEvidence evidence,
    EventDate date,
    Optional<EventPlace> place) {
  public CodedEvent {
    java.util.Objects.requireNonNull(date, "date");
    java.util.Objects.requireNonNull(place, "place");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence is 0..1, got " + confidence);
    }
  }

  /** An event not yet placed. */
  public CodedEvent(
      String codebook,
      EventActor source,
      Optional<EventActor> target,
      EventType cameo,
      PloverType plover,
      EventFlags flags,
      double confidence,
      EventEvidence evidence,
      EventDate date) {
    this(
        codebook,
        source,
        target,
        cameo,
        plover,
        flags,
        confidence,
        evidence,
        date,
        Optional.empty());
  }

  /** This event with its place. */
  public CodedEvent withPlace(Optional<EventPlace> where) {
    return new CodedEvent(
        codebook, source, target, cameo, plover, flags, confidence, evidence, date, where);
  }
}
