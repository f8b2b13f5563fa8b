package org.annals.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.resolve.merge.Mention;
import org.annals.store.ArticleStore;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.ResolveRows.MergeOverride;
import org.annals.store.ResolveRows.ResolvedMention;

/**
 * A user's corrections to merging: take a report out of an event ({@link #split}) or put it into
 * another ({@link #join}). Both are recorded as overrides, so they can be undone by the opposite
 * edit, and later automatic merging leaves them be. An event keeps its id whichever reports leave
 * it; a report split out of an event takes its own id as its new event's id, or, when an event
 * already has that id (it founded the event it leaves), an id derived from it.
 */
public final class MergeEdits {
  private final ArticleStore store;

  public MergeEdits(ArticleStore store) {
    this.store = store;
  }

  /** The outcome: the report's event before and after. */
  public record Outcome(String mentionId, String before, String after) {}

  /**
   * Makes a report an event of its own.
   *
   * @throws IllegalArgumentException when the report is not stored or not resolved, or is alone
   */
  public Outcome split(String mentionId) {
    ResolvedMention m = resolved(mentionId);
    String group = m.decision().mergedId();
    List<ResolvedMention> members = store.mentionsOf(group);
    if (members.size() < 2) {
      throw new IllegalArgumentException(
          mentionId + " is the only report of event " + group + "; there is nothing to split");
    }
    String newId = freeId(mentionId);
    List<MergeDecision> decisions = new ArrayList<>();
    decisions.add(
        m.decision().redecided(newId, "split", "split out of " + group + " by a user", true));
    if (m.decision().representative()) {
      electAmong(members, mentionId).ifPresent(decisions::add);
    }
    store.saveOverride(new MergeOverride(mentionId, "split", group), decisions);
    return new Outcome(mentionId, group, newId);
  }

  /**
   * Puts a report into an event.
   *
   * @throws IllegalArgumentException when either is not stored, or the report is in it already
   */
  public Outcome join(String mentionId, String eventId) {
    ResolvedMention m = resolved(mentionId);
    if (store.mentionsOf(eventId).isEmpty()) {
      throw new IllegalArgumentException(
          "there is no event " + eventId + "; 'annals events' lists them");
    }
    String before = m.decision().mergedId();
    if (before.equals(eventId)) {
      throw new IllegalArgumentException(mentionId + " is already a report of " + eventId);
    }
    List<MergeDecision> decisions = new ArrayList<>();
    decisions.add(
        m.decision().redecided(eventId, "joined", "joined to " + eventId + " by a user", false));
    if (m.decision().representative()) {
      electAmong(store.mentionsOf(before), mentionId).ifPresent(decisions::add);
    }
    store.saveOverride(new MergeOverride(mentionId, "join", eventId), decisions);
    return new Outcome(mentionId, before, eventId);
  }

  /** The report's own id when no event has it, else an id derived from it that none has. */
  private String freeId(String mentionId) {
    String id = mentionId;
    for (int i = 1; !store.mentionsOf(id).isEmpty(); i++) {
      id = "ev_" + sha(mentionId + "/split/" + i).substring(0, 16);
    }
    return id;
  }

  /** The best remaining report of an event (without {@code leaving}) as its representative. */
  private static Optional<MergeDecision> electAmong(List<ResolvedMention> members, String leaving) {
    ResolvedMention best = null;
    int bestRank = Integer.MAX_VALUE;
    for (ResolvedMention r : members) {
      if (r.event().id().equals(leaving)) {
        continue;
      }
      MergeDecision d = r.decision();
      Mention m =
          Resolution.mention(
              r.event(), d.copyGroup(), d.triggerLemma(), Set.copyOf(d.terms()), Set.of());
      if (Resolution.rank(m) < bestRank) {
        best = r;
        bestRank = Resolution.rank(m);
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(best.decision().representing(true));
  }

  private ResolvedMention resolved(String mentionId) {
    return store
        .resolvedMention(mentionId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "there is no resolved report "
                        + mentionId
                        + "; 'annals event ID' lists the reports (event_id) of an event"));
  }

  private static String sha(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
