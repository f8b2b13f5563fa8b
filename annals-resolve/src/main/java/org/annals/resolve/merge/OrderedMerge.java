package org.annals.resolve.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The merge decisions of annals' RESOLVE stage over reports given in resolve order, without a
 * store: what {@code org.annals.engine.Resolution} decides for each event of each article when it
 * resolves the articles one after the other, here kept in memory so that a batch job (annals-spark)
 * can decide a whole corpus in one ordered pass per block of reports.
 *
 * <p>Feed the reports with {@link #add} in the order the articles are resolved (publication date,
 * then input file and byte offset, then article id), each article's reports in coding order. For
 * each asserted report the candidates are, as in {@code Resolution}:
 *
 * <ul>
 *   <li>reports of earlier articles with the same source key ({@link Mention.Actor#key}) and, when
 *       the report has a target, a target with the same key or none, whose date (their own, else
 *       their publication date) overlaps the report's own date (else publication date) widened by
 *       {@link #WINDOW_DAYS} days either side;
 *   <li>reports of earlier articles in the same copy group, when the report's article is a copy;
 *   <li>the earlier reports of the report's own article.
 * </ul>
 *
 * They are grouped by real event, first the earlier articles' (by publication date, article id,
 * coding order) and then the article's own, and {@link EventMerger#assign} picks the group. A
 * negated or hypothetical report founds its own event ({@code unasserted}) and is no candidate. A
 * report that joins an event becomes its representative when it ranks better ({@link #rank}) than
 * every candidate member of that event; the event's other reports then stop being it.
 *
 * <p>{@link #finish} returns the decisions and forgets everything: call it between blocks that
 * cannot merge with each other (different source keys never do: their dyads conflict, so every
 * candidate group of another source key is vetoed). Memory: every asserted report added since the
 * last {@link #finish}, with its terms, plus one decision per report.
 */
public final class OrderedMerge {
  /**
   * Days around a report's date (or publication) in which it looks for reports to merge with, as
   * {@code Resolution.WINDOW_DAYS}.
   */
  public static final int WINDOW_DAYS = 30;

  /**
   * How one report came to its event, as the store's merge links say it.
   *
   * @param mentionId the report
   * @param mergedId its real event (the id of the event's first report)
   * @param matchedId the member it matched best, empty when it founded the event
   * @param score that match's score
   * @param evidence the comparison explained, or why it founded an event
   * @param method {@code founded}, {@code merged} or {@code unasserted}
   * @param representative whether it gives the event's fields, after all reports were added
   */
  public record Decision(
      String mentionId,
      String mergedId,
      Optional<String> matchedId,
      OptionalDouble score,
      String evidence,
      String method,
      boolean representative) {
    public Decision {
      Objects.requireNonNull(mentionId, "mentionId");
      Objects.requireNonNull(mergedId, "mergedId");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(method, "method");
    }
  }

  /** Evidence of a report that founds an event. */
  public static final String FIRST_REPORT = "first report";

  /** Evidence of a negated or hypothetical report. */
  public static final String UNASSERTED = "not asserted (negated or hypothetical): kept apart";

  /** A report already decided, with where it stands in resolve order. */
  private record Entry(Mention m, long seq, String mergedId, LocalDate lo, LocalDate hi) {}

  private static final Comparator<Entry> STORE_ORDER =
      Comparator.comparing(
              (Entry e) -> e.m().published().orElse(LocalDate.MAX), Comparator.naturalOrder())
          .thenComparing(e -> e.m().articleId())
          .thenComparingLong(Entry::seq);

  private final EventMerger merger;

  /** Earlier articles' reports: source key → target key ("" for none) → low date → reports. */
  private final Map<String, Map<String, TreeMap<LocalDate, List<Entry>>>> byDyad = new HashMap<>();

  /** Earlier articles' reports by copy group. */
  private final Map<String, List<Entry>> byCopyGroup = new HashMap<>();

  /** The longest date range (days) of an indexed report, to bound the window's lookup. */
  private long longestSpan;

  /** The current article and its reports so far, by event. */
  private String article;

  private final List<Entry> articleEntries = new ArrayList<>();
  private final Map<String, List<Mention>> local = new LinkedHashMap<>();

  private final List<Decision> decisions = new ArrayList<>();
  private final Map<String, Integer> decisionAt = new HashMap<>();

  /** Event id → its representative report's id. */
  private final Map<String, String> representative = new HashMap<>();

  private long seq;

  public OrderedMerge(EventMerger merger) {
    this.merger = Objects.requireNonNull(merger, "merger");
  }

  public static OrderedMerge standard() {
    return new OrderedMerge(EventMerger.standard());
  }

  /**
   * Decides the next report.
   *
   * @param asserted false when it is negated or hypothetical: it founds its own event
   * @throws IllegalArgumentException when the report has no source, or was added already
   */
  public void add(Mention m, boolean asserted) {
    if (m.source().isEmpty()) {
      throw new IllegalArgumentException("report " + m.id() + " has no source actor");
    }
    if (decisionAt.containsKey(m.id())) {
      throw new IllegalArgumentException("report " + m.id() + " was added already");
    }
    if (!m.articleId().equals(article)) {
      endArticle();
      article = m.articleId();
    }
    long at = seq++;
    if (!asserted) {
      record(
          new Decision(
              m.id(),
              m.id(),
              Optional.empty(),
              OptionalDouble.empty(),
              UNASSERTED,
              "unasserted",
              true));
      representative.put(m.id(), m.id());
      return;
    }
    Outcome o = decide(merger, m, candidates(m));
    String mergedId = o.mergedId();
    record(
        new Decision(
            m.id(),
            mergedId,
            o.matchedId(),
            o.score(),
            o.evidence(),
            o.method(),
            o.representative()));
    if (o.representative()) {
      representative.put(mergedId, m.id());
    }
    local.computeIfAbsent(mergedId, k -> new ArrayList<>()).add(m);
    LocalDate lo = m.start().or(m::published).orElse(null);
    LocalDate hi = m.end().or(m::published).orElse(null);
    articleEntries.add(new Entry(m, at, mergedId, lo, hi));
  }

  /**
   * Where an asserted report goes among its candidate events, as both RESOLVE paths decide it.
   *
   * @param mergedId its event: its own id when it founds one
   * @param matchedId the member it matched best, empty when it founds
   * @param score that match's score
   * @param evidence the comparison explained, or {@link #FIRST_REPORT}
   * @param method {@code founded} or {@code merged}
   * @param representative whether it ranks better ({@link #rank}) than every member of the event it
   *     joins (always when it founds one)
   */
  public record Outcome(
      String mergedId,
      Optional<String> matchedId,
      OptionalDouble score,
      String evidence,
      String method,
      boolean representative) {}

  /**
   * Decides an asserted report against its candidate events (event id → its candidate members, in
   * the order {@link EventMerger#assign} should see them).
   */
  public static Outcome decide(
      EventMerger merger, Mention m, Map<String, List<Mention>> candidates) {
    List<EventMerger.Group> list = new ArrayList<>(candidates.size());
    candidates.forEach((k, v) -> list.add(new EventMerger.Group(k, v)));
    EventMerger.Assignment a = merger.assign(m, list);
    if (a.founds()) {
      return new Outcome(
          m.id(), Optional.empty(), OptionalDouble.empty(), FIRST_REPORT, "founded", true);
    }
    MergeScore s = a.score().orElseThrow();
    int r = rank(m);
    boolean better = candidates.get(a.groupId()).stream().allMatch(o -> r < rank(o));
    return new Outcome(
        a.groupId(), a.matched(), OptionalDouble.of(s.score()), s.explain(), "merged", better);
  }

  /**
   * The decisions of every report added since the last call, in the order added, each event with
   * exactly one representative; then starts afresh.
   */
  public List<Decision> finish() {
    endArticle();
    List<Decision> out = new ArrayList<>(decisions.size());
    for (Decision d : decisions) {
      boolean rep = d.mentionId().equals(representative.get(d.mergedId()));
      out.add(
          rep == d.representative()
              ? d
              : new Decision(
                  d.mentionId(),
                  d.mergedId(),
                  d.matchedId(),
                  d.score(),
                  d.evidence(),
                  d.method(),
                  rep));
    }
    byDyad.clear();
    byCopyGroup.clear();
    longestSpan = 0;
    article = null;
    decisions.clear();
    decisionAt.clear();
    representative.clear();
    return out;
  }

  /** Reports added and not yet returned by {@link #finish}. */
  public int pending() {
    return decisions.size();
  }

  /**
   * Lower is a better representative: a precise date first, then a place from the event's own
   * clause (as {@code Resolution.rank}).
   */
  public static int rank(Mention m) {
    int r = m.precision().ordinal() * 4;
    if (m.place().isEmpty()) {
      r += 2;
    } else if (!m.place().get().fromClause()) {
      r += 1;
    }
    return r;
  }

  private void record(Decision d) {
    decisionAt.put(d.mentionId(), decisions.size());
    decisions.add(d);
  }

  /** The finished article's reports become candidates for the next articles. */
  private void endArticle() {
    for (Entry e : articleEntries) {
      if (e.lo() != null && e.hi() != null) {
        String source = e.m().source().map(Mention.Actor::key).orElse("");
        String target = e.m().target().map(Mention.Actor::key).orElse("");
        byDyad
            .computeIfAbsent(source, k -> new HashMap<>())
            .computeIfAbsent(target, k -> new TreeMap<>())
            .computeIfAbsent(e.lo(), k -> new ArrayList<>())
            .add(e);
        longestSpan = Math.max(longestSpan, ChronoUnit.DAYS.between(e.lo(), e.hi()));
      }
      byCopyGroup.computeIfAbsent(e.m().copyGroup(), k -> new ArrayList<>()).add(e);
    }
    articleEntries.clear();
    local.clear();
  }

  /** The candidate events of a report, as {@code Resolution.candidates} finds them. */
  private Map<String, List<Mention>> candidates(Mention m) {
    List<Entry> found = new ArrayList<>();
    Optional<LocalDate> from = m.start().or(m::published);
    Optional<LocalDate> to = m.end().or(m::published);
    String source = m.source().map(Mention.Actor::key).orElse("");
    if (from.isPresent() && to.isPresent()) {
      LocalDate lower = from.get().minusDays(WINDOW_DAYS);
      LocalDate upper = to.get().plusDays(WINDOW_DAYS);
      Map<String, TreeMap<LocalDate, List<Entry>>> targets = byDyad.getOrDefault(source, Map.of());
      List<TreeMap<LocalDate, List<Entry>>> maps = new ArrayList<>();
      if (m.target().isPresent()) {
        // the same target, or none
        Optional.ofNullable(targets.get(m.target().get().key())).ifPresent(maps::add);
        Optional.ofNullable(targets.get("")).ifPresent(maps::add);
      } else {
        maps.addAll(targets.values());
      }
      List<Entry> window = new ArrayList<>();
      for (TreeMap<LocalDate, List<Entry>> byDate : maps) {
        NavigableMap<LocalDate, List<Entry>> near =
            byDate.subMap(lower.minusDays(longestSpan), true, upper, true);
        for (List<Entry> entries : near.values()) {
          for (Entry e : entries) {
            if (!e.hi().isBefore(lower) && !e.lo().isAfter(upper)) {
              window.add(e);
            }
          }
        }
      }
      window.sort(STORE_ORDER);
      found.addAll(window);
    }
    if (!m.copyGroup().equals(m.articleId())) {
      // copies of an article report its events whatever their dates say
      List<Entry> copies = new ArrayList<>(byCopyGroup.getOrDefault(m.copyGroup(), List.of()));
      copies.sort(STORE_ORDER);
      found.addAll(copies);
    }
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Entry e : found) {
      if (seen.add(e.m().id())) {
        groups.computeIfAbsent(e.mergedId(), k -> new ArrayList<>()).add(e.m());
      }
    }
    local.forEach((k, v) -> groups.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    return groups;
  }
}
