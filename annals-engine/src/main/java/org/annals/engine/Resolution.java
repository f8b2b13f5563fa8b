package org.annals.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.annals.resolve.merge.OrderedMerge;
import org.annals.resolve.story.StoryClusterer;
import org.annals.resolve.story.StoryDocs;
import org.annals.resolve.story.StoryIndex;
import org.annals.store.ArticleStore;
import org.annals.store.ResolveRows;
import org.annals.store.ResolveRows.ArticleFeatures;
import org.annals.store.ResolveRows.ArticleInput;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.ResolveRows.MergeOverride;
import org.annals.store.ResolveRows.ResolvedMention;
import org.annals.store.ResolveRows.StoryRow;
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
  static final int WINDOW_DAYS = OrderedMerge.WINDOW_DAYS;

  private final ArticleStore store;
  private final MinHash minHash = MinHash.standard();
  private final EventMerger merger;
  private final StoryClusterer clusterer;
  private final int batchSize;

  public Resolution(ArticleStore store) {
    this(store, EventMerger.standard(), StoryClusterer.standard());
  }

  public Resolution(ArticleStore store, EventMerger merger, StoryClusterer clusterer) {
    this(store, merger, clusterer, BATCH);
  }

  /** With another batch size (1 resolves and stores each article on its own). */
  Resolution(ArticleStore store, EventMerger merger, StoryClusterer clusterer, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.store = store;
    this.merger = merger;
    this.clusterer = clusterer;
    this.batchSize = batchSize;
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

  /** What resolving some articles did. */
  private static final class Counts {
    int copy;
    int mentions;
    int merged;
    int newStory;

    void add(Counts o) {
      copy += o.copy;
      mentions += o.mentions;
      merged += o.merged;
      newStory += o.newStory;
    }
  }

  /** Articles read and stored together: a few queries per batch instead of ten per article. */
  static final int BATCH = 200;

  /** Resolves every article the store has not resolved yet. */
  public Report run() {
    long started = System.nanoTime();
    List<String> ids = store.articlesToResolve();
    if (ids.isEmpty()) {
      return new Report(
          0, 0, 0, 0, 0, List.of(), java.time.Duration.ofNanos(System.nanoTime() - started));
    }
    ActiveStories active = new ActiveStories();
    StoryIndex stories = active.stories;
    List<MergeOverride> overrides = store.mergeOverrides();
    long seen = store.resolvedArticleCount();
    List<String> failures = new ArrayList<>();
    Counts total = new Counts();
    int done = 0;
    for (int from = 0; from < ids.size(); from += batchSize) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + batchSize));
      List<ArticleInput> inputs;
      try {
        inputs = store.resolveInputs(chunk);
      } catch (RuntimeException e) {
        inputs = null; // one unreadable article: read them one by one below
      }
      List<List<ArticleInput>> batches = new ArrayList<>();
      if (inputs != null) {
        batches.addAll(batches(inputs));
      } else {
        for (String id : chunk) {
          try {
            batches.addAll(batches(store.resolveInputs(List.of(id))));
          } catch (RuntimeException e) {
            failures.add(id + ": " + e);
          }
        }
      }
      for (List<ArticleInput> batch : batches) {
        active.prepare(batch.get(0).published());
        List<List<ArticleInput>> attempts = List.of(batch);
        for (int attempt = 0; attempt < 2 && !attempts.isEmpty(); attempt++) {
          List<List<ArticleInput>> retry = new ArrayList<>();
          for (List<ArticleInput> part : attempts) {
            List<StoryClusterer.Story> before = stories.values();
            try {
              total.add(resolveBatch(part, stories, overrides, seen));
              seen += part.size();
              done += part.size();
            } catch (RuntimeException e) {
              // nothing of the batch is stored; the stories it changed in memory are put back.
              // A batch is retried one article at a time, so one article that cannot be resolved
              // stays unresolved (the next run retries it) and the others go on
              stories.reset(before);
              if (part.size() == 1) {
                failures.add(part.get(0).id() + ": " + e);
              } else {
                part.forEach(a -> retry.add(List.of(a)));
              }
            }
          }
          attempts = retry;
        }
      }
    }
    return new Report(
        done,
        total.copy,
        total.mentions,
        total.merged,
        total.newStory,
        failures,
        java.time.Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * The stories kept in memory: those a dated article still to resolve may join (articles are
   * resolved in order of publication, and a story takes articles up to the clusterer's window after
   * its last one), so memory stays bounded however long the run; all stories once the undated
   * articles (resolved last) come, since an undated article may join any.
   */
  private final class ActiveStories {
    final StoryIndex stories = new StoryIndex();
    private boolean loaded;
    private boolean all;

    /** Before a batch whose first article was published on {@code first} (empty: undated). */
    void prepare(Optional<LocalDate> first) {
      if (all) {
        return;
      }
      if (first.isEmpty()) {
        load(store.stories());
        all = true;
        return;
      }
      LocalDate since = first.get().minusDays(clusterer.windowDays());
      if (!loaded) {
        load(store.storiesActiveSince(since));
        return;
      }
      stories.removeIf(
          s -> s.first().isPresent() && s.last().isPresent() && s.last().get().isBefore(since));
    }

    private void load(List<StoryRow> rows) {
      stories.clear();
      for (StoryRow r : rows) {
        stories.put(story(r));
      }
      loaded = true;
    }
  }

  /**
   * Consecutive first versions form one batch; a newer version of an article is a batch of its own,
   * since superseding its old reports reads what the store holds; the undated articles (last) start
   * a batch of their own, since they may join any story.
   */
  private static List<List<ArticleInput>> batches(List<ArticleInput> inputs) {
    List<List<ArticleInput>> out = new ArrayList<>();
    List<ArticleInput> run = new ArrayList<>();
    for (ArticleInput a : inputs) {
      if (!run.isEmpty() && run.get(0).published().isPresent() && a.published().isEmpty()) {
        out.add(run);
        run = new ArrayList<>();
      }
      if (a.version() > 1) {
        if (!run.isEmpty()) {
          out.add(run);
          run = new ArrayList<>();
        }
        out.add(List.of(a));
      } else {
        run.add(a);
      }
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  /** A band of a MinHash signature: its index and hash. */
  private record Band(int index, long hash) {}

  /** What the batch knows of an article resolved before it: stored or earlier in the batch. */
  private record Known(long[] signature, String copyGroup, Optional<String> storyId) {}

  /**
   * Resolves a batch of articles in order, each seeing the store and the batch's articles before
   * it, exactly as if each had been stored before the next was resolved; stores the batch in one
   * transaction.
   */
  private Counts resolveBatch(
      List<ArticleInput> batch, StoryIndex stories, List<MergeOverride> overrides, long seen) {
    Counts counts = new Counts();
    int n = batch.size();
    List<long[]> signatures = new ArrayList<>(n);
    List<long[]> bandSets = new ArrayList<>(n);
    List<StoryClusterer.Doc> docs = new ArrayList<>(n);
    Set<String> terms = new java.util.HashSet<>();
    List<ResolveRows.MentionWindow> windows = new ArrayList<>();
    for (ArticleInput a : batch) {
      long[] signature = minHash.signature(a.cleanText());
      signatures.add(signature);
      bandSets.add(minHash.bandHashes(signature));
      StoryClusterer.Doc doc = doc(a);
      docs.add(doc);
      terms.addAll(doc.counts().keySet());
      for (StoredEvent e : a.events()) {
        window(e).ifPresent(windows::add);
      }
    }
    // what the store holds, read once for the whole batch
    Map<Band, List<String>> bandIndex = new HashMap<>();
    Map<String, Known> known = new HashMap<>();
    for (ResolveRows.BandHit h : store.bandHits(bandSets)) {
      bandIndex
          .computeIfAbsent(new Band(h.band(), h.hash()), k -> new ArrayList<>())
          .add(h.articleId());
      known.putIfAbsent(
          h.articleId(), new Known(MinHash.fromBytes(h.minhash()), h.copyGroup(), h.storyId()));
    }
    Map<String, Long> df = new HashMap<>(store.documentFrequencies(terms));
    List<List<ResolvedMention>> windowed =
        windows.isEmpty() ? List.of() : store.resolvedMentionsIn(windows);
    Map<String, List<ResolvedMention>> storedCopies = new HashMap<>();
    List<ResolvedMention> batchMentions = new ArrayList<>(); // asserted, decided in this batch

    List<ResolveRows.Resolved> resolved = new ArrayList<>(n);
    int windowAt = 0;
    for (int k = 0; k < n; k++) {
      ArticleInput a = batch.get(k);
      String id = a.id();
      long[] signature = signatures.get(k);
      long[] bands = bandSets.get(k);

      // a near-copy of an article resolved before (stored, or earlier in the batch)
      java.util.SortedSet<String> candidates = new java.util.TreeSet<>();
      for (int b = 0; b < bands.length; b++) {
        candidates.addAll(bandIndex.getOrDefault(new Band(b, bands[b]), List.of()));
      }
      candidates.remove(id);
      Optional<String> copyOf = Optional.empty();
      double copySimilarity = 0;
      for (String c : candidates) {
        double s = MinHash.similarity(signature, known.get(c).signature());
        if (s >= COPY_SIMILARITY && s > copySimilarity) {
          copyOf = Optional.of(c);
          copySimilarity = s;
        }
      }
      String copyGroup = copyOf.map(c -> known.get(c).copyGroup()).orElse(id);
      if (copyOf.isPresent()) {
        counts.copy++;
      }

      // the story: a copy goes with its original; otherwise by content
      StoryClusterer.Doc doc = docs.get(k);
      Optional<String> storyId = Optional.empty();
      double storySimilarity = 0;
      Optional<StoryRow> storyRow = Optional.empty();
      if (!doc.counts().isEmpty()) {
        long articles = seen + k + 1;
        StoryClusterer.Assignment assignment =
            clusterer.assign(
                doc, stories, t -> Math.log((articles + 1.0) / (df.getOrDefault(t, 0L) + 1.0)) + 1);
        Optional<String> target = assignment.storyId();
        if (copyOf.isPresent()) {
          Optional<String> original = known.get(copyOf.get()).storyId();
          if (original.isPresent() && !stories.contains(original.get())) {
            // a copy of an article whose story is out of the window: as stored
            store.story(original.get()).ifPresent(r -> stories.put(story(r)));
          }
          if (original.isPresent() && stories.contains(original.get())) {
            target = original;
          }
        }
        StoryClusterer.Story s;
        if (target.isPresent()) {
          StoryClusterer.Story joined = stories.get(target.get()).orElseThrow();
          s = StoryClusterer.add(joined, doc, assignment.vector());
          storySimilarity = StoryClusterer.cosine(assignment.vector(), joined.centroid());
        } else {
          // numbered when the batch is stored: one statement for all its new stories
          s = StoryClusterer.start(NEW_STORY + counts.newStory, doc, assignment.vector());
          storySimilarity = 1;
          counts.newStory++;
        }
        stories.put(s);
        storyId = Optional.of(s.id());
        storyRow = Optional.of(row(s));
      }

      // the events
      Map<Integer, Sentence> sentences = new HashMap<>();
      for (Sentence s : a.annotation().sentences()) {
        sentences.put(s.index(), s);
      }
      List<MergeDecision> decisions = new ArrayList<>();
      Map<String, List<Mention>> local = new LinkedHashMap<>();
      for (StoredEvent e : a.events()) {
        counts.mentions++;
        Optional<ResolveRows.MentionWindow> w = window(e);
        List<ResolvedMention> inWindow = w.isPresent() ? windowed.get(windowAt++) : List.of();
        Sentence sentence = sentences.get(e.event().evidence().sentenceIndex());
        List<Token> tokens = sentence == null ? List.of() : sentence.tokens();
        String trigger = Terms.triggerLemma(tokens, e.event().evidence().trigger());
        Mention m = mention(e, copyGroup, trigger, Terms.content(tokens), Terms.numbers(tokens));
        if (!asserted(e)) {
          decisions.add(
              decision(
                  e.id(),
                  e.id(),
                  Optional.empty(),
                  OrderedMerge.UNASSERTED,
                  "unasserted",
                  true,
                  m));
          continue;
        }
        List<ResolvedMention> found = new ArrayList<>();
        if (w.isPresent()) {
          found.addAll(
              inOrder(
                  inWindow,
                  batchMentions.stream().filter(r -> within(r.event(), w.get())).toList()));
        }
        if (!copyGroup.equals(id)) {
          // copies of an article report its events whatever their dates say
          List<ResolvedMention> stored =
              storedCopies.computeIfAbsent(copyGroup, store::mentionsInCopyGroup);
          String group = copyGroup;
          found.addAll(
              inOrder(
                  stored,
                  batchMentions.stream()
                      .filter(r -> r.decision().copyGroup().equals(group))
                      .toList()));
        }
        MergeDecision d = decide(m, candidates(found, local), overrides);
        decisions.add(d);
        if (d.method().equals("merged") || d.method().equals("joined")) {
          counts.merged++;
        }
        local.computeIfAbsent(d.mergedId(), x -> new ArrayList<>()).add(m);
      }
      if (a.version() > 1) {
        supersede(id, decisions, local);
      }
      ArticleFeatures features =
          new ArticleFeatures(
              id,
              MinHash.toBytes(signature),
              copyOf,
              copyOf.isPresent() ? OptionalDouble.of(copySimilarity) : OptionalDouble.empty(),
              copyGroup,
              storyId,
              storyId.isPresent() ? OptionalDouble.of(storySimilarity) : OptionalDouble.empty(),
              doc.counts(),
              doc.labels());
      resolved.add(new ResolveRows.Resolved(features, bands, storyRow, decisions));

      // what the next articles of the batch see of this one
      for (int b = 0; b < bands.length; b++) {
        bandIndex.computeIfAbsent(new Band(b, bands[b]), x -> new ArrayList<>()).add(id);
      }
      known.put(id, new Known(signature, copyGroup, storyId));
      for (String t : doc.counts().keySet()) {
        df.merge(t, 1L, Long::sum);
      }
      Map<String, StoredEvent> events = new HashMap<>();
      a.events().forEach(e -> events.put(e.id(), e));
      for (MergeDecision d : decisions) {
        StoredEvent e = events.get(d.mentionId());
        if (e != null && asserted(e) && MERGEABLE.contains(d.method())) {
          batchMentions.add(new ResolvedMention(e, d));
        }
      }
    }
    store.saveResolutions(numberStories(resolved, stories, counts.newStory));
    return counts;
  }

  /** The id of a story started in a batch until the batch is stored (never a stored id). */
  private static final String NEW_STORY = "new story ";

  /**
   * Gives the batch's new stories their ids from the store, in the order they were started, in the
   * stories kept in memory and in what is about to be stored.
   */
  private List<ResolveRows.Resolved> numberStories(
      List<ResolveRows.Resolved> resolved, StoryIndex stories, int count) {
    if (count == 0) {
      return resolved;
    }
    List<String> ids = store.nextStoryIds(count);
    java.util.function.UnaryOperator<String> id =
        s ->
            s.startsWith(NEW_STORY)
                ? ids.get(Integer.parseInt(s.substring(NEW_STORY.length())))
                : s;
    // the batch's new stories come after all others, in the order they started: renamed in that
    // order, they keep their places
    List<StoryClusterer.Story> started =
        stories.values().stream().filter(s -> s.id().startsWith(NEW_STORY)).toList();
    stories.removeIf(s -> s.id().startsWith(NEW_STORY));
    for (StoryClusterer.Story v : started) {
      stories.put(
          new StoryClusterer.Story(
              id.apply(v.id()), v.centroid(), v.labels(), v.articles(), v.first(), v.last()));
    }
    List<ResolveRows.Resolved> out = new ArrayList<>();
    for (ResolveRows.Resolved r : resolved) {
      ArticleFeatures f = r.features();
      out.add(
          new ResolveRows.Resolved(
              new ArticleFeatures(
                  f.articleId(),
                  f.minhash(),
                  f.copyOf(),
                  f.copySimilarity(),
                  f.copyGroup(),
                  f.storyId().map(id),
                  f.storySimilarity(),
                  f.terms(),
                  f.labels()),
              r.bands(),
              r.story()
                  .map(
                      x ->
                          new StoryRow(
                              id.apply(x.id()),
                              x.title(),
                              x.centroid(),
                              x.labels(),
                              x.articles(),
                              x.first(),
                              x.last())),
              r.decisions()));
    }
    return out;
  }

  /** Merge methods of reports a later report may merge with (not unasserted, not superseded). */
  private static final Set<String> MERGEABLE = Set.of("founded", "merged", "split", "joined");

  private static boolean asserted(StoredEvent e) {
    return !e.event().flags().negated() && !e.event().flags().hypothetical();
  }

  /**
   * Where a report looks for others of its event: its dates (or its article's publication) widened
   * by {@link #WINDOW_DAYS}, its source, and its target when it has one; empty when it is not
   * asserted or has no date at all.
   */
  private static Optional<ResolveRows.MentionWindow> window(StoredEvent e) {
    if (!asserted(e)) {
      return Optional.empty();
    }
    Optional<LocalDate> from = e.event().date().start().or(e::published);
    Optional<LocalDate> to = e.event().date().end().or(e::published);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ResolveRows.MentionWindow(
            from.get().minusDays(WINDOW_DAYS),
            to.get().plusDays(WINDOW_DAYS),
            actor(e.event().source()).key(),
            e.event().target().map(t -> actor(t).key())));
  }

  /** Whether a report lies in a window, as the store's query decides for stored ones. */
  private static boolean within(StoredEvent e, ResolveRows.MentionWindow w) {
    Optional<LocalDate> end = e.event().date().end().or(e::published);
    Optional<LocalDate> start = e.event().date().start().or(e::published);
    if (end.isEmpty() || start.isEmpty() || end.get().isBefore(w.from())) {
      return false;
    }
    if (start.get().isAfter(w.to()) || !actor(e.event().source()).key().equals(w.sourceKey())) {
      return false;
    }
    return w.targetKey().isEmpty()
        || e.event().target().isEmpty()
        || actor(e.event().target().get()).key().equals(w.targetKey().get());
  }

  /**
   * Stored reports (in the store's order: publication, nulls last, then article and position) and
   * the batch's, merged into that order. The two never share an article.
   */
  private static List<ResolvedMention> inOrder(
      List<ResolvedMention> stored, List<ResolvedMention> batch) {
    if (batch.isEmpty()) {
      return stored;
    }
    List<ResolvedMention> all = new ArrayList<>(stored);
    all.addAll(batch);
    all.sort( // stable: each article's reports keep their order
        java.util.Comparator.comparing(
                (ResolvedMention r) -> r.event().published().orElse(null),
                java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>naturalOrder()))
            .thenComparing(r -> r.event().articleId()));
    return all;
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

  /** Reports found in the store or the batch, grouped by real event, plus this article's own. */
  private static Map<String, List<Mention>> candidates(
      List<ResolvedMention> found, Map<String, List<Mention>> local) {
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
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
    OrderedMerge.Outcome o = OrderedMerge.decide(merger, m, groups);
    return new MergeDecision(
        m.id(),
        o.mergedId(),
        o.matchedId(),
        o.score(),
        o.evidence(),
        o.method(),
        o.representative(),
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
    return OrderedMerge.rank(m);
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

  /** An article as the story clusterer sees it. */
  static StoryClusterer.Doc doc(ArticleInput a) {
    return StoryDocs.of(a.id(), a.published(), a.outlet().orElse(""), a.annotation());
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
