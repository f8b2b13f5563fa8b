package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** What the RESOLVE stage reads from and writes to the store. */
public final class ResolveRows {
  private ResolveRows() {}

  /** How a mention came to its event. */
  public static final Set<String> METHODS =
      Set.of("founded", "merged", "unasserted", "split", "joined", "superseded");

  /**
   * Which real event a mention reports, and why.
   *
   * @param mentionId the coded event's id
   * @param mergedId the real event's id (its first mention's id)
   * @param matchedId the member it matched best; empty when it founded the event
   * @param score that match's score
   * @param evidence the comparison explained, or why it founded an event
   * @param method {@code founded}, {@code merged}, {@code unasserted} (negated or hypothetical:
   *     never merged), {@code split} or {@code joined} (a user's decision), {@code superseded} (its
   *     article has a newer version: it no longer counts)
   * @param representative whether this mention now gives the event's fields in listings
   * @param copyGroup its article's near-duplicate group
   * @param triggerLemma its trigger's lemma
   * @param terms its sentence's content terms
   * @param numbers its sentence's numbers
   */
  public record MergeDecision(
      String mentionId,
      String mergedId,
      Optional<String> matchedId,
      OptionalDouble score,
      String evidence,
      String method,
      boolean representative,
      String copyGroup,
      String triggerLemma,
      List<String> terms,
      List<String> numbers) {
    public MergeDecision {
      if (!METHODS.contains(method)) {
        throw new IllegalArgumentException(
            "merge method must be one of " + METHODS + ", got " + method);
      }
      terms = List.copyOf(terms);
      numbers = List.copyOf(numbers);
    }

    /** This decision with the mention as its event's representative, or not. */
    public MergeDecision representing(boolean representative) {
      return new MergeDecision(
          mentionId,
          mergedId,
          matchedId,
          score,
          evidence,
          method,
          representative,
          copyGroup,
          triggerLemma,
          terms,
          numbers);
    }

    /**
     * The same mention decided again: another event, method and evidence, no match or score (a
     * user's edit, or a newer version of its article); its merge features are kept.
     */
    public MergeDecision redecided(
        String mergedId, String method, String evidence, boolean representative) {
      return new MergeDecision(
          mentionId,
          mergedId,
          Optional.empty(),
          OptionalDouble.empty(),
          evidence,
          method,
          representative,
          copyGroup,
          triggerLemma,
          terms,
          numbers);
    }
  }

  /** A mention already resolved, with what merging compares. */
  public record ResolvedMention(StoredEvent event, MergeDecision decision) {}

  /**
   * An article's resolve-stage features.
   *
   * @param minhash its MinHash signature, as bytes
   * @param copyOf the earlier article it nearly duplicates
   * @param copyGroup the first article of its near-duplicate set (its own id when none)
   * @param storyId its story
   * @param terms term → occurrences, for story clustering
   * @param labels term → display form
   */
  public record ArticleFeatures(
      String articleId,
      byte[] minhash,
      Optional<String> copyOf,
      OptionalDouble copySimilarity,
      String copyGroup,
      Optional<String> storyId,
      OptionalDouble storySimilarity,
      Map<String, Integer> terms,
      Map<String, String> labels) {
    public ArticleFeatures {
      Objects.requireNonNull(articleId, "articleId");
      minhash = minhash.clone();
      terms = Map.copyOf(terms);
      labels = Map.copyOf(labels);
    }

    @Override
    public byte[] minhash() {
      return minhash.clone();
    }
  }

  /**
   * A story as stored.
   *
   * @param centroid term → weight
   * @param labels term → display form
   * @param articles how many articles
   */
  public record StoryRow(
      String id,
      String title,
      Map<String, Double> centroid,
      Map<String, String> labels,
      int articles,
      Optional<LocalDate> first,
      Optional<LocalDate> last) {
    public StoryRow {
      centroid = Map.copyOf(centroid);
      labels = Map.copyOf(labels);
    }
  }

  /** A user's decision about a mention: {@code split} out of an event, or {@code join} one. */
  public record MergeOverride(String mentionId, String kind, String mergedId) {
    public MergeOverride {
      if (!kind.equals("split") && !kind.equals("join")) {
        throw new IllegalArgumentException("an override is split or join, got " + kind);
      }
    }
  }

  /**
   * A real event: its representative mention, and counts over all its mentions.
   *
   * @param id the real event's id
   * @param representative the mention that gives its fields
   * @param mentions how many mentions (reports, repeats in one article included)
   * @param articles in how many articles
   * @param sources in how many independent sources (near-duplicate articles are one)
   * @param outlets how many distinct outlets
   * @param confidence 1 − ∏(1 − c) over its sources, c being a source's most confident mention
   * @param storyId the story of the representative's article
   */
  public record EventGroup(
      String id,
      StoredEvent representative,
      int mentions,
      int articles,
      int sources,
      int outlets,
      double confidence,
      Optional<String> storyId) {}

  /**
   * What the RESOLVE stage reads of one article: its text, the annotation its story terms and merge
   * terms come from (sentences and entity mentions; no time expressions), and its events.
   */
  public record ArticleInput(
      String id,
      int version,
      Optional<LocalDate> published,
      Optional<String> outlet,
      String cleanText,
      org.annals.model.AnnotatedText annotation,
      List<StoredEvent> events) {
    public ArticleInput {
      Objects.requireNonNull(id, "id");
      events = List.copyOf(events);
    }
  }

  /**
   * A resolved article that shares a MinHash band with a new one.
   *
   * @param band the band's index
   * @param hash the band's hash
   */
  public record BandHit(
      int band,
      long hash,
      String articleId,
      byte[] minhash,
      String copyGroup,
      Optional<String> storyId) {
    public BandHit {
      minhash = minhash.clone();
    }

    @Override
    public byte[] minhash() {
      return minhash.clone();
    }
  }

  /**
   * Where a new mention looks for reports to merge with: dated (or published, when undated) within
   * {@code from}–{@code to}, with this source key and, when given, this target key or none.
   */
  public record MentionWindow(
      LocalDate from, LocalDate to, String sourceKey, Optional<String> targetKey) {}

  /** What the RESOLVE stage found for one article, as one unit of a batch. */
  public record Resolved(
      ArticleFeatures features,
      long[] bands,
      Optional<StoryRow> story,
      List<MergeDecision> decisions) {
    public Resolved {
      bands = bands.clone();
      decisions = List.copyOf(decisions);
    }

    @Override
    public long[] bands() {
      return bands.clone();
    }
  }
}
