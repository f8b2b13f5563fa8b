package org.annals.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.model.EventPlace;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.resolve.Terms;
import org.annals.resolve.dedup.MinHash;
import org.annals.resolve.merge.EventMerger;
import org.annals.resolve.merge.Mention;
import org.annals.resolve.merge.MergeScore;
import org.annals.resolve.story.StoryClusterer;
import org.annals.resolve.story.StoryDocs;
import org.annals.store.ArticleStore;
import org.annals.store.ResolveRows.ArticleFeatures;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.ResolveRows.MergeOverride;
import org.annals.store.ResolveRows.ResolvedMention;
import org.annals.store.ResolveRows.StoryRow;
import org.annals.store.StoredArticle;
import org.annals.store.StoredEvent;

/**
 * The RESOLVE stage over a store: for every article it has not seen, finds the earlier article it
 * nearly copies, puts it in a story, and merges each of its events with the reports of the same
 * real event already stored. Incremental and idempotent: an article is resolved once, stories and
 * events keep their ids, and a user's split or join is respected from then on. Each article is
 * committed with its decisions, so an interrupted run loses nothing and the next run goes on.
 */
public final class Resolution {
  /** Estimated Jaccard similarity of shingles from which an article is a copy of another. */
  public static final double COPY_SIMILARITY = 0.5;

  /** Days around a mention's date (or publication) in which it looks for reports to merge with. */
  static final int WINDOW_DAYS = 30;

  private final ArticleStore store;
  private final MinHash minHash = MinHash.standard();
  private final EventMerger merger;
  private final StoryClusterer clusterer;

  public Resolution(ArticleStore store) {
    this(store, EventMerger.standard(), StoryClusterer.standard());
  }

  public Resolution(ArticleStore store, EventMerger merger, StoryClusterer clusterer) {
    this.store = store;
    this.merger = merger;
    this.clusterer = clusterer;
  }

  /**
   * What a run did.
   *
   * @param articles articles resolved
   * @param copies of which near-duplicates of an earlier article
   * @param mentions events resolved
   * @param merged of which merged into an earlier report's event
   * @param newStories stories started
   * @param failures articles that could not be resolved, each with why; they stay unresolved and
   *     the next run (an ingest, or {@code annals resolve}) tries them again
   * @param elapsed how long the run took
   */
  public record Report(
      int articles,
      int copies,
      int mentions,
      int merged,
      int newStories,
      List<String> failures,
      java.time.Duration elapsed) {
    public Report {
      failures = List.copyOf(failures);
    }
  }

  /** What resolving one article did. */
  private static final class Counts {
    int copy;
    int mentions;
    int merged;
    int newStory;
  }

  /** Resolves every article the store has not resolved yet. */
  public Report run() {
    long started = System.nanoTime();
    List<String> ids = store.articlesToResolve();
    int copies = 0;
    int mentions = 0;
    int merged = 0;
    int newStories = 0;
    if (ids.isEmpty()) {
      return new Report(
          0, 0, 0, 0, 0, List.of(), java.time.Duration.ofNanos(System.nanoTime() - started));
    }
    Map<String, StoryClusterer.Story> stories = new LinkedHashMap<>();
    for (StoryRow r : store.stories()) {
      stories.put(r.id(), story(r));
    }
    List<MergeOverride> overrides = store.mergeOverrides();
    long seen = store.resolvedArticleCount();
    List<String> failures = new ArrayList<>();
    int done = 0;
    for (String id : ids) {
      try {
        Counts c = resolveOne(id, stories, overrides, ++seen);
        copies += c.copy;
        mentions += c.mentions;
        merged += c.merged;
        newStories += c.newStory;
        done++;
      } catch (RuntimeException e) {
        // one article that cannot be resolved stays unresolved (the next run retries it); the
        // others go on. Stories are re-read: the failed article may have changed one in memory
        failures.add(id + ": " + e);
        stories.clear();
        for (StoryRow r : store.stories()) {
          stories.put(r.id(), story(r));
        }
      }
    }
    return new Report(
        done,
        copies,
        mentions,
        merged,
        newStories,
        failures,
        java.time.Duration.ofNanos(System.nanoTime() - started));
  }

  private Counts resolveOne(
      String id,
      Map<String, StoryClusterer.Story> stories,
      List<MergeOverride> overrides,
      long seen) {
    Counts counts = new Counts();
    Optional<StoredArticle> found = store.article(id);
    if (found.isEmpty()) {
      return counts; // replaced by a newer version meanwhile
    }
    StoredArticle a = found.get();
    long[] signature = minHash.signature(a.clean().text());
    long[] bands = minHash.bandHashes(signature);
    Optional<String> copyOf = Optional.empty();
    double copySimilarity = 0;
    for (Map.Entry<String, byte[]> c : store.nearDuplicateCandidates(bands).entrySet()) {
      double s = MinHash.similarity(signature, MinHash.fromBytes(c.getValue()));
      if (s >= COPY_SIMILARITY && s > copySimilarity) {
        copyOf = Optional.of(c.getKey());
        copySimilarity = s;
      }
    }
    String copyGroup =
        copyOf
            .flatMap(store::articleFeatures)
            .map(ArticleFeatures::copyGroup)
            .orElse(a.id().value());
    if (copyOf.isPresent()) {
      counts.copy++;
    }

    // the story: a copy goes with its original; otherwise by content
    StoryClusterer.Doc doc = doc(a);
    Optional<String> storyId = Optional.empty();
    double storySimilarity = 0;
    Optional<StoryRow> storyRow = Optional.empty();
    if (!doc.counts().isEmpty()) {
      Map<String, Long> df = store.documentFrequencies(doc.counts().keySet());
      long n = seen;
      StoryClusterer.Assignment assignment =
          clusterer.assign(
              doc,
              new ArrayList<>(stories.values()),
              t -> Math.log((n + 1.0) / (df.getOrDefault(t, 0L) + 1.0)) + 1);
      Optional<String> target = assignment.storyId();
      if (copyOf.isPresent()) {
        Optional<String> original =
            store.articleFeatures(copyOf.get()).flatMap(ArticleFeatures::storyId);
        if (original.isPresent() && stories.containsKey(original.get())) {
          target = original;
        }
      }
      StoryClusterer.Story s;
      if (target.isPresent()) {
        s = StoryClusterer.add(stories.get(target.get()), doc, assignment.vector());
        storySimilarity =
            StoryClusterer.cosine(assignment.vector(), stories.get(target.get()).centroid());
      } else {
        s = StoryClusterer.start(store.nextStoryId(), doc, assignment.vector());
        storySimilarity = 1;
        counts.newStory++;
      }
      stories.put(s.id(), s);
      storyId = Optional.of(s.id());
      storyRow = Optional.of(row(s));
    }

    // the events
    List<MergeDecision> decisions = new ArrayList<>();
    Map<String, List<Mention>> local = new LinkedHashMap<>();
    for (StoredEvent e : store.eventsOf(a.id().value())) {
      counts.mentions++;
      Sentence sentence = sentence(a, e.event().evidence().sentenceIndex());
      List<Token> tokens = sentence == null ? List.of() : sentence.tokens();
      String trigger = Terms.triggerLemma(tokens, e.event().evidence().trigger());
      Set<String> terms = Terms.content(tokens);
      Set<String> numbers = Terms.numbers(tokens);
      Mention m = mention(e, copyGroup, trigger, terms, numbers);
      if (e.event().flags().negated() || e.event().flags().hypothetical()) {
        decisions.add(
            decision(
                e.id(),
                e.id(),
                Optional.empty(),
                "not asserted (negated or hypothetical): kept apart",
                "unasserted",
                true,
                m));
        continue;
      }
      Map<String, List<Mention>> groups = candidates(m, local);
      MergeDecision d = decide(m, groups, overrides);
      decisions.add(d);
      if (d.method().equals("merged") || d.method().equals("joined")) {
        counts.merged++;
      }
      local.computeIfAbsent(d.mergedId(), k -> new ArrayList<>()).add(m);
    }
    if (a.version() > 1) {
      supersede(a.id().value(), decisions, local);
    }
    store.saveResolution(
        new ArticleFeatures(
            a.id().value(),
            MinHash.toBytes(signature),
            copyOf,
            copyOf.isPresent() ? OptionalDouble.of(copySimilarity) : OptionalDouble.empty(),
            copyGroup,
            storyId,
            storyId.isPresent() ? OptionalDouble.of(storySimilarity) : OptionalDouble.empty(),
            doc.counts(),
            doc.labels()),
        bands,
        storyRow,
        decisions);
    return counts;
  }

  /**
   * A new version of an article replaces the old one's reports: they stay in their events as
   * history but no longer count ({@code superseded}), and an event whose representative they were
   * gets the best of its remaining reports (this article's new ones included) instead.
   */
  private void supersede(
      String articleId, List<MergeDecision> decisions, Map<String, List<Mention>> local) {
    List<ResolvedMention> old = store.mentionsInEarlierVersions(articleId);
    if (old.isEmpty()) {
      return;
    }
    java.util.Set<String> oldIds = new java.util.HashSet<>();
    java.util.Set<String> orphaned = new java.util.LinkedHashSet<>();
    for (ResolvedMention r : old) {
      oldIds.add(r.event().id());
      MergeDecision d = r.decision();
      if (d.representative()) {
        orphaned.add(d.mergedId());
      }
      decisions.add(
          d.redecided(
              d.mergedId(),
              "superseded",
              "superseded by "
                  + articleId
                  + ", a newer version of its article; was: "
                  + d.evidence(),
              false));
    }
    for (String group : orphaned) {
      boolean fresh =
          decisions.stream()
              .anyMatch(
                  d ->
                      d.mergedId().equals(group)
                          && d.representative()
                          && !oldIds.contains(d.mentionId()));
      if (fresh) {
        continue;
      }
      Mention best = null;
      MergeDecision bestDecision = null;
      for (ResolvedMention r : store.mentionsOf(group)) {
        if (oldIds.contains(r.event().id())) {
          continue;
        }
        MergeDecision d = r.decision();
        Mention m =
            mention(
                r.event(),
                d.copyGroup(),
                d.triggerLemma(),
                Set.copyOf(d.terms()),
                Set.copyOf(d.numbers()));
        if (best == null || rank(m) < rank(best)) {
          best = m;
          bestDecision = d;
        }
      }
      for (Mention m : local.getOrDefault(group, List.of())) {
        if (best == null || rank(m) < rank(best)) {
          best = m;
          bestDecision = null;
        }
      }
      if (best == null) {
        continue; // every report of the event was in the old version
      }
      String winner = best.id();
      if (bestDecision != null) {
        decisions.add(bestDecision.representing(true));
      } else {
        decisions.replaceAll(d -> d.mentionId().equals(winner) ? d.representing(true) : d);
      }
    }
  }

  /**
   * Stored events in the mention's window and in copies of its article, grouped by real event, plus
   * this article's own.
   */
  private Map<String, List<Mention>> candidates(Mention m, Map<String, List<Mention>> local) {
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    Optional<LocalDate> from = m.start().or(m::published);
    Optional<LocalDate> to = m.end().or(m::published);
    List<ResolvedMention> found = new ArrayList<>();
    if (from.isPresent() && to.isPresent() && m.source().isPresent()) {
      // only reports with the same source and target can merge (another country conflicts)
      found.addAll(
          store.resolvedMentionsBetween(
              from.get().minusDays(WINDOW_DAYS),
              to.get().plusDays(WINDOW_DAYS),
              m.source().map(Mention.Actor::key).orElse(""),
              m.target().map(Mention.Actor::key)));
    }
    if (!m.copyGroup().equals(m.articleId())) {
      // copies of an article report its events whatever their dates say
      found.addAll(store.mentionsInCopyGroup(m.copyGroup()));
    }
    java.util.Set<String> seenIds = new java.util.HashSet<>();
    for (ResolvedMention r : found) {
      if (seenIds.add(r.event().id())) {
        MergeDecision d = r.decision();
        groups
            .computeIfAbsent(d.mergedId(), k -> new ArrayList<>())
            .add(
                mention(
                    r.event(),
                    d.copyGroup(),
                    d.triggerLemma(),
                    Set.copyOf(d.terms()),
                    Set.copyOf(d.numbers())));
      }
    }
    local.forEach((k, v) -> groups.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    return groups;
  }

  private MergeDecision decide(
      Mention m, Map<String, List<Mention>> groups, List<MergeOverride> overrides) {
    for (MergeOverride o : overrides) {
      if (o.mentionId().equals(m.id())
          && o.kind().equals("join")
          && groups.containsKey(o.mergedId())) {
        return decision(
            m.id(), o.mergedId(), Optional.empty(), "joined by a user", "joined", false, m);
      }
      if (o.mentionId().equals(m.id()) && o.kind().equals("split")) {
        groups.remove(o.mergedId());
      }
    }
    List<EventMerger.Group> list = new ArrayList<>();
    groups.forEach((k, v) -> list.add(new EventMerger.Group(k, v)));
    EventMerger.Assignment a = merger.assign(m, list);
    if (a.founds()) {
      return decision(m.id(), m.id(), Optional.empty(), "first report", "founded", true, m);
    }
    MergeScore s = a.score().orElseThrow();
    boolean better = groups.get(a.groupId()).stream().allMatch(o -> rank(m) < rank(o));
    return new MergeDecision(
        m.id(),
        a.groupId(),
        a.matched(),
        OptionalDouble.of(s.score()),
        s.explain(),
        "merged",
        better,
        m.copyGroup(),
        m.trigger(),
        List.copyOf(m.terms()),
        List.copyOf(m.numbers()));
  }

  /**
   * Lower is a better representative: a precise date first, then a place from the event's own
   * clause.
   */
  static int rank(Mention m) {
    int r = m.precision().ordinal() * 4;
    if (m.place().isEmpty()) {
      r += 2;
    } else if (!m.place().get().fromClause()) {
      r += 1;
    }
    return r;
  }

  private static MergeDecision decision(
      String mentionId,
      String mergedId,
      Optional<String> matched,
      String evidence,
      String method,
      boolean representative,
      Mention m) {
    return new MergeDecision(
        mentionId,
        mergedId,
        matched,
        OptionalDouble.empty(),
        evidence,
        method,
        representative,
        m.copyGroup(),
        m.trigger(),
        List.copyOf(m.terms()),
        List.copyOf(m.numbers()));
  }

  /** A stored event as the merger sees it. */
  static Mention mention(
      StoredEvent s, String copyGroup, String trigger, Set<String> terms, Set<String> numbers) {
    CodedEvent e = s.event();
    return new Mention(
        s.id(),
        s.articleId(),
        e.evidence().sentenceIndex(),
        copyGroup,
        s.outlet().orElse(""),
        s.published(),
        Optional.of(actor(e.source())),
        e.target().map(Resolution::actor),
        e.cameo().code(),
        trigger,
        e.date().start(),
        e.date().end(),
        e.date().precision(),
        e.place().map(Resolution::where),
        terms,
        numbers);
  }

  private static Mention.Actor actor(EventActor a) {
    return new Mention.Actor(a.code(), a.country().orElse(""), a.sector().orElse(""));
  }

  private static Mention.Where where(EventPlace p) {
    return new Mention.Where(
        p.id(),
        p.lat(),
        p.lon(),
        p.precision(),
        p.country().orElse(""),
        p.basis() == EventPlace.Basis.CLAUSE);
  }

  private static Sentence sentence(StoredArticle a, int index) {
    for (Sentence s : a.annotation().sentences()) {
      if (s.index() == index) {
        return s;
      }
    }
    return null;
  }

  /** An article as the story clusterer sees it. */
  static StoryClusterer.Doc doc(StoredArticle a) {
    return StoryDocs.of(
        a.id().value(), a.published().date(), a.outlet().orElse(""), a.annotation());
  }

  private static StoryClusterer.Story story(StoryRow r) {
    return new StoryClusterer.Story(
        r.id(), r.centroid(), r.labels(), r.articles(), r.first(), r.last());
  }

  private static StoryRow row(StoryClusterer.Story s) {
    return new StoryRow(
        s.id(), s.title(), s.centroid(), s.labels(), s.articles(), s.first(), s.last());
  }
}
