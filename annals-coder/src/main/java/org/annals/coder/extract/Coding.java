package org.annals.coder.extract;

import java.util.List;
import org.annals.model.CandidateActor;
import org.annals.model.CodedEvent;

/**
 * What coding one article gives: its events and the candidate actors acting in them, both in
 * reading order.
 *
 * @param events the coded events, as {@link EventExtractor#code} returns them
 * @param candidates the named people and organisations the dictionary does not know, one per side
 *     of an event they act in; a name acting in several events appears once per event
 */
public record Coding(List<CodedEvent> events, List<CandidateActor> candidates) {
  public Coding {
    events = List.copyOf(events);
    candidates = List.copyOf(candidates);
  }
}
