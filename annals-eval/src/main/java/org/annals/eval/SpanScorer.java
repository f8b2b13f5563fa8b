package org.annals.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares predicted spans with gold spans. Stateless. */
public final class SpanScorer {
  private SpanScorer() {}

  /** A gold span and the predicted span paired with it. */
  public record Match(LabeledSpan gold, LabeledSpan predicted) {}

  /**
   * Exact match: a prediction is a true positive when a gold span has the same document, start, end
   * and type. Scored per type (every type seen in either collection) and micro-averaged. Duplicates
   * count once.
   */
  public static SpanScores exact(Collection<LabeledSpan> gold, Collection<LabeledSpan> predicted) {
    Set<LabeledSpan> goldSet = new HashSet<>(gold);
    Set<LabeledSpan> predictedSet = new HashSet<>(predicted);
    Set<String> types = new TreeSet<>();
    goldSet.forEach(s -> types.add(s.type()));
    predictedSet.forEach(s -> types.add(s.type()));
    Map<String, int[]> tally = new TreeMap<>();
    for (String type : types) {
      tally.put(type, new int[3]);
    }
    for (LabeledSpan p : predictedSet) {
      tally.get(p.type())[goldSet.contains(p) ? 0 : 1]++;
    }
    for (LabeledSpan g : goldSet) {
      if (!predictedSet.contains(g)) {
        tally.get(g.type())[2]++;
      }
    }
    TreeMap<String, Counts> byType = new TreeMap<>();
    Counts micro = Counts.ZERO;
    for (Map.Entry<String, int[]> e : tally.entrySet()) {
      int[] c = e.getValue();
      Counts counts = new Counts(c[0], c[1], c[2]);
      byType.put(e.getKey(), counts);
      micro = micro.plus(counts);
    }
    return new SpanScores(byType, micro);
  }

  /**
   * One-to-one pairing of overlapping spans, ignoring types: each gold span, in document order,
   * takes the still unpaired predicted span that shares the most units with it (the earlier one on
   * a tie). Duplicates count once.
   */
  public static List<Match> overlapMatches(
      Collection<LabeledSpan> gold, Collection<LabeledSpan> predicted) {
    List<LabeledSpan> golds = new ArrayList<>(withOrder(gold));
    List<LabeledSpan> predictions = new ArrayList<>(withOrder(predicted));
    boolean[] used = new boolean[predictions.size()];
    List<Match> matches = new ArrayList<>();
    int from = 0; // first prediction that can still overlap the current gold span
    for (LabeledSpan g : golds) {
      while (from < predictions.size() && before(predictions.get(from), g)) {
        from++;
      }
      int best = -1;
      int bestOverlap = 0;
      for (int i = from; i < predictions.size(); i++) {
        LabeledSpan p = predictions.get(i);
        if (p.document() > g.document() || p.start() >= g.end()) {
          break;
        }
        int overlap = used[i] ? 0 : g.overlap(p);
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best >= 0) {
        used[best] = true;
        matches.add(new Match(g, predictions.get(best)));
      }
    }
    return matches;
  }

  /**
   * Relaxed (overlap) counts from {@link #overlapMatches}: paired spans are true positives,
   * unpaired predictions false positives, unpaired gold spans false negatives.
   */
  public static Counts overlap(Collection<LabeledSpan> gold, Collection<LabeledSpan> predicted) {
    int golds = new HashSet<>(gold).size();
    int predictions = new HashSet<>(predicted).size();
    int tp = overlapMatches(gold, predicted).size();
    return new Counts(tp, predictions - tp, golds - tp);
  }

  /**
   * Exact extent match ignoring types, counted like {@link #overlap}: a gold span whose document,
   * start and end some prediction has.
   */
  public static Counts strictExtent(
      Collection<LabeledSpan> gold, Collection<LabeledSpan> predicted) {
    Set<List<Integer>> goldExtents = new HashSet<>();
    gold.forEach(s -> goldExtents.add(List.of(s.document(), s.start(), s.end())));
    Set<List<Integer>> predictedExtents = new HashSet<>();
    predicted.forEach(s -> predictedExtents.add(List.of(s.document(), s.start(), s.end())));
    int tp = 0;
    for (List<Integer> p : predictedExtents) {
      if (goldExtents.contains(p)) {
        tp++;
      }
    }
    return new Counts(tp, predictedExtents.size() - tp, goldExtents.size() - tp);
  }

  /** A prediction that ends before the gold span starts (so before every later gold span). */
  private static boolean before(LabeledSpan p, LabeledSpan g) {
    return p.document() < g.document() || (p.document() == g.document() && p.end() <= g.start());
  }

  private static TreeSet<LabeledSpan> withOrder(Collection<LabeledSpan> spans) {
    TreeSet<LabeledSpan> sorted = new TreeSet<>(LabeledSpan.ORDER);
    sorted.addAll(spans);
    return sorted;
  }
}
