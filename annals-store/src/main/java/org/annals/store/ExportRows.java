package org.annals.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.annals.store.ResolveRows.EventGroup;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.ResolveRows.ResolvedMention;

/** What exports read: real events with every mention, and what each mention's article adds. */
public final class ExportRows {
  private ExportRows() {}

  /**
   * A real event with all its mentions.
   *
   * @param group the event: its representative mention and counts over its mentions
   * @param mentions every mention, first report first (by publication date, then article and order
   *     in the article); never empty
   */
  public record RealEvent(EventGroup group, List<MentionRow> mentions) {
    public RealEvent {
      Objects.requireNonNull(group, "group");
      mentions = List.copyOf(mentions);
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("the real event " + group.id() + " has no mentions");
      }
    }

    /** The real event's id ({@code ev_…}: its first mention's id). */
    public String id() {
      return group.id();
    }

    /** The first report of the event. */
    public MentionRow first() {
      return mentions.get(0);
    }

    /** The mentions as the merge stage sees them. */
    public List<ResolvedMention> resolvedMentions() {
      return mentions.stream().map(MentionRow::resolved).toList();
    }
  }

  /**
   * One mention of a real event, with what exports need from its article.
   *
   * @param event the mention as coded
   * @param decision how it came to its real event
   * @param documentLength its article's clean text, in characters
   * @param inLeadParagraph whether its sentence is the article's first one or lies in the first
   *     paragraph (up to the clean text's first line break)
   * @param ingestedAt when its article was stored (UTC)
   */
  public record MentionRow(
      StoredEvent event,
      MergeDecision decision,
      int documentLength,
      boolean inLeadParagraph,
      LocalDateTime ingestedAt) {
    public MentionRow {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(ingestedAt, "ingestedAt");
    }

    public ResolvedMention resolved() {
      return new ResolvedMention(event, decision);
    }
  }
}
