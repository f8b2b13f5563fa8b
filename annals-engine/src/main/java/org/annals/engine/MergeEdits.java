package org.annals.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.annals.store.ArticleStore;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.ResolveRows.MergeOverride;
import org.annals.store.ResolveRows.ResolvedMention;

/**
 * A user's corrections to merging: take a report out of an event ({@link #split}) or put it into
 * another ({@link #join}). Both are recorded as overrides, so they can be undone by the opposite
 * edit, and later automatic merging leaves them be.
 */
public final class MergeEdits {
  private final ArticleStore store;

  public MergeEdits(ArticleStore store) {
    this.store = store;
  }

  /** The outcome: the mention's event before and after. */
  public record Outcome(String mentionId, String before, String after) {}

  /**
   * Makes a mention an event of its own. When the mention founded its event, the event's other
   * mentions take the id of the earliest of them.
   *
   * @throws IllegalArgumentException when the mention is not stored or not resolved, or is alone
   */
  public Outcome split(String mentionId) {
    ResolvedMention m = resolved(mentionId);
    String group = m.decision().mergedId();
    List<ResolvedMention> members = store.mentionsOf(group);
    if (members.size() < 2) {
      throw new IllegalArgumentException(
          mentionId + " is the only report of event " + group + "; there is nothing to split");
    }
    List<MergeDecision> decisions = new ArrayList<>();
    decisions.add(
        with(m.decision(), mentionId, "split", "split out of " + group + " by a user", true));
    if (group.equals(mentionId)) {
      List<ResolvedMention> rest =
          members.stream().filter(x -> !x.event().id().equals(mentionId)).toList();
      String newId = rest.get(0).event().id();
      boolean anyRepresentative = rest.stream().anyMatch(x -> x.decision().representative());
      for (ResolvedMention x : rest) {
        MergeDecision d = x.decision();
        boolean rep = d.representative() || (!anyRepresentative && x == rest.get(0));
        decisions.add(
            new MergeDecision(
                d.mentionId(),
                newId,
                d.matchedId().filter(id -> !id.equals(mentionId)),
                d.score(),
                d.evidence(),
                x == rest.get(0) && d.method().equals("merged") ? "founded" : d.method(),
                rep,
                d.copyGroup(),
                d.triggerLemma(),
                d.terms(),
                d.numbers()));
      }
    } else if (m.decision().representative()) {
      decisions.add(founderRepresents(group));
    }
    store.saveOverride(new MergeOverride(mentionId, "split", group), decisions);
    return new Outcome(mentionId, group, mentionId);
  }

  /**
   * Puts a mention into an event.
   *
   * @throws IllegalArgumentException when either is not stored, or the mention is in it already
   */
  public Outcome join(String mentionId, String eventId) {
    ResolvedMention m = resolved(mentionId);
    List<ResolvedMention> target = store.mentionsOf(eventId);
    if (target.isEmpty()) {
      throw new IllegalArgumentException(
          "there is no event " + eventId + "; 'annals events' lists them");
    }
    String before = m.decision().mergedId();
    if (before.equals(eventId)) {
      throw new IllegalArgumentException(mentionId + " is already a report of " + eventId);
    }
    List<MergeDecision> decisions = new ArrayList<>();
    decisions.add(
        with(m.decision(), eventId, "joined", "joined to " + eventId + " by a user", false));
    if (before.equals(mentionId)) {
      // it founded an event: its other reports stay together under the next earliest one
      List<ResolvedMention> rest =
          store.mentionsOf(before).stream().filter(x -> !x.event().id().equals(mentionId)).toList();
      for (ResolvedMention x : rest) {
        MergeDecision d = x.decision();
        decisions.add(
            new MergeDecision(
                d.mentionId(),
                rest.get(0).event().id(),
                d.matchedId().filter(id -> !id.equals(mentionId)),
                d.score(),
                d.evidence(),
                d.method(),
                x == rest.get(0) || d.representative(),
                d.copyGroup(),
                d.triggerLemma(),
                d.terms(),
                d.numbers()));
      }
    } else if (m.decision().representative()) {
      decisions.add(founderRepresents(before));
    }
    store.saveOverride(new MergeOverride(mentionId, "join", eventId), decisions);
    return new Outcome(mentionId, before, eventId);
  }

  /** The founder's decision again, now as the event's representative. */
  private MergeDecision founderRepresents(String group) {
    MergeDecision f = resolved(group).decision();
    return new MergeDecision(
        f.mentionId(),
        f.mergedId(),
        f.matchedId(),
        f.score(),
        f.evidence(),
        f.method(),
        true,
        f.copyGroup(),
        f.triggerLemma(),
        f.terms(),
        f.numbers());
  }

  private ResolvedMention resolved(String mentionId) {
    Optional<ResolvedMention> found = store.resolvedMention(mentionId);
    return found.orElseThrow(
        () ->
            new IllegalArgumentException(
                "there is no resolved report "
                    + mentionId
                    + "; 'annals event ID' lists the reports (event_id) of an event"));
  }

  private static MergeDecision with(
      MergeDecision d, String mergedId, String method, String evidence, boolean representative) {
    return new MergeDecision(
        d.mentionId(),
        mergedId,
        Optional.empty(),
        OptionalDouble.empty(),
        evidence,
        method,
        representative,
        d.copyGroup(),
        d.triggerLemma(),
        d.terms(),
        d.numbers());
  }
}
