package org.annals.resolve.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.model.EventPlace;
import org.annals.resolve.Terms;

/**
 * Decides which mentions report the same real event.
 *
 * <p>Two mentions are compared on five kinds of evidence, each giving an agreement from 0 to 1:
 *
 * <ul>
 *   <li><b>dyad</b>: the same source and target (directed). Equal codes agree fully; the same
 *       country with one side's sector unknown ({@code RUS} and {@code RUSGOV}) agrees 0.8, with
 *       different sectors ({@code VENGOV}, {@code VENMIL}) 0.5: outlets attribute one act
 *       differently. A different country on either side is a conflict.
 *   <li><b>code</b>: the same CAMEO code agrees fully, the same root 0.8, a root of the same
 *       QuadClass 0.4; another QuadClass is a conflict. Mentions not coded in CAMEO compare their
 *       trigger lemmas instead. Different codes also need the sentences to share a quarter of their
 *       terms: one act is told in similar words.
 *   <li><b>date</b>: overlapping own dates agree (fully when both are the same day); dates apart by
 *       more than a day are a conflict. A date against an undated mention agrees 0.6 when it falls
 *       in the fortnight before the undated one's publication, and is a conflict when it is after
 *       it. Two undated mentions agree by how close their publication dates are; reported more than
 *       {@link Weights#undatedDays} days apart they conflict.
 *   <li><b>place</b>: places named by both events' clauses agree within 50 km, partly within 300 km
 *       or when one is the other's country; farther apart, or sea against land, they conflict. A
 *       place from the article's focus is weak evidence (0.5 either way).
 *   <li><b>terms</b>: the Jaccard similarity of the sentences' content terms, scaled so that 0.4
 *       agrees fully. Disjoint numbers ("killed 3" against "killed 11") lower the score by 0.1.
 * </ul>
 *
 * <p>Copies of one article (near-duplicates) add {@link Weights#copies}. Two mentions of one
 * sentence never merge: they are its different pairs or acts. The score is the weighted sum; two
 * mentions are one event when nothing conflicts and the score reaches the threshold.
 */
public final class EventMerger {

  /**
   * Weights of the evidence and the threshold.
   *
   * @param undatedDays two undated mentions published further apart than this conflict
   * @param otherCodeTerms two mentions with different CAMEO codes conflict unless their sentences'
   *     terms are at least this similar (Jaccard): "declared support" and "signed an agreement" by
   *     the same pair on the same day are two acts, not two readings of one
   */
  public record Weights(
      double dyad,
      double code,
      double date,
      double place,
      double terms,
      double copies,
      double threshold,
      int undatedDays,
      double otherCodeTerms) {
    public static Weights standard() {
      return new Weights(0.30, 0.25, 0.20, 0.10, 0.15, 0.25, 0.65, 10, 0.25);
    }
  }

  private final Weights w;

  public EventMerger(Weights weights) {
    this.w = weights;
  }

  public static EventMerger standard() {
    return new EventMerger(Weights.standard());
  }

  public Weights weights() {
    return w;
  }

  /** Compares two mentions. Symmetric up to the order of the evidence's words. */
  public MergeScore compare(Mention a, Mention b) {
    List<MergeScore.Evidence> ev = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    if (a.articleId().equals(b.articleId()) && a.sentenceIndex() == b.sentenceIndex()) {
      conflicts.add("same sentence (" + a.articleId() + " #" + a.sentenceIndex() + ")");
    }
    dyad(a, b, ev, conflicts);
    code(a, b, ev, conflicts);
    date(a, b, ev, conflicts);
    place(a, b, ev, conflicts);
    double jac = Terms.jaccard(a.terms(), b.terms());
    if (!a.code().isEmpty()
        && !b.code().isEmpty()
        && !a.code().equals(b.code())
        && jac < w.otherCodeTerms()) {
      conflicts.add(
          String.format(
              Locale.ROOT,
              "other codes (%s / %s) and few shared words (jaccard %.2f < %.2f)",
              a.code(),
              b.code(),
              jac,
              w.otherCodeTerms()));
    }
    ev.add(
        new MergeScore.Evidence(
            "terms",
            String.format(Locale.ROOT, "jaccard %.2f", jac),
            Math.min(1, jac / 0.4),
            w.terms()));
    double score = 0;
    for (MergeScore.Evidence e : ev) {
      score += e.agreement() * e.weight();
    }
    if (!a.articleId().equals(b.articleId()) && a.copyGroup().equals(b.copyGroup())) {
      ev.add(new MergeScore.Evidence("copies", "near-duplicate articles", 1, w.copies()));
      score += w.copies();
    }
    if (!a.numbers().isEmpty()
        && !b.numbers().isEmpty()
        && a.numbers().stream().noneMatch(b.numbers()::contains)) {
      ev.add(
          new MergeScore.Evidence(
              "numbers", "different figures " + a.numbers() + " / " + b.numbers(), -1, 0.1));
      score -= 0.1;
    }
    return new MergeScore(Math.max(0, Math.min(1, score)), w.threshold(), ev, conflicts);
  }

  private void dyad(Mention a, Mention b, List<MergeScore.Evidence> ev, List<String> conflicts) {
    if (a.source().isEmpty() || b.source().isEmpty()) {
      ev.add(new MergeScore.Evidence("dyad", "actors not coded", 0.5, w.dyad()));
      return;
    }
    double src = actor(a.source().get(), b.source().get());
    double tgt;
    if (a.target().isEmpty() && b.target().isEmpty()) {
      tgt = 1;
    } else if (a.target().isEmpty() || b.target().isEmpty()) {
      tgt = 0.6;
    } else {
      tgt = actor(a.target().get(), b.target().get());
    }
    String detail = dyadText(a) + " / " + dyadText(b);
    double agreement = Math.min(src, tgt);
    if (agreement == 0) {
      conflicts.add("different actors: " + detail);
    }
    ev.add(new MergeScore.Evidence("dyad", detail, agreement, w.dyad()));
  }

  private static String dyadText(Mention m) {
    return m.source().map(Mention.Actor::code).orElse("?")
        + "→"
        + m.target().map(Mention.Actor::code).orElse("-");
  }

  static double actor(Mention.Actor x, Mention.Actor y) {
    if (x.code().equals(y.code())) {
      return 1;
    }
    if (!x.key().equals(y.key())) {
      return 0;
    }
    return x.sector().isEmpty() || y.sector().isEmpty() ? 0.8 : 0.5;
  }

  private void code(Mention a, Mention b, List<MergeScore.Evidence> ev, List<String> conflicts) {
    if (a.code().isEmpty() || b.code().isEmpty()) {
      boolean same = !a.trigger().isEmpty() && a.trigger().equals(b.trigger());
      ev.add(
          new MergeScore.Evidence(
              "code", "trigger " + a.trigger() + " / " + b.trigger(), same ? 1 : 0, w.code()));
      return;
    }
    String detail = a.code() + " / " + b.code();
    double agreement;
    if (a.code().equals(b.code())) {
      agreement = 1;
    } else if (a.root().equals(b.root())) {
      agreement = 0.8;
    } else if (quadClass(a.root()) == quadClass(b.root())) {
      agreement = 0.4;
    } else {
      agreement = 0;
      conflicts.add("different kinds of act: " + detail);
    }
    ev.add(new MergeScore.Evidence("code", detail, agreement, w.code()));
  }

  /** CAMEO root → QuadClass: 1 verbal cooperation, 2 material cooperation, 3, 4 conflict. */
  static int quadClass(String root) {
    int r;
    try {
      r = Integer.parseInt(root);
    } catch (NumberFormatException e) {
      return 0;
    }
    if (r <= 5) {
      return 1;
    }
    if (r <= 9) {
      return 2;
    }
    return r <= 14 ? 3 : 4;
  }

  private void date(Mention a, Mention b, List<MergeScore.Evidence> ev, List<String> conflicts) {
    boolean ka = a.start().isPresent();
    boolean kb = b.start().isPresent();
    if (ka && kb) {
      LocalDate s1 = a.start().get();
      LocalDate e1 = a.end().get();
      LocalDate s2 = b.start().get();
      LocalDate e2 = b.end().get();
      String detail = range(s1, e1) + " / " + range(s2, e2);
      long gap = Math.max(ChronoUnit.DAYS.between(e1, s2), ChronoUnit.DAYS.between(e2, s1));
      double agreement;
      if (gap <= 0) {
        boolean sameDay = s1.equals(e1) && s1.equals(s2) && s2.equals(e2);
        agreement = sameDay ? 1 : 0.7;
      } else if (gap == 1) {
        agreement = 0.5; // a night, a time zone
      } else {
        agreement = 0;
        conflicts.add("different dates: " + detail);
      }
      ev.add(new MergeScore.Evidence("date", detail, agreement, w.date()));
    } else if (ka || kb) {
      Mention dated = ka ? a : b;
      Mention undated = ka ? b : a;
      if (undated.published().isEmpty()) {
        ev.add(new MergeScore.Evidence("date", "one undated, unpublished", 0.3, w.date()));
        return;
      }
      LocalDate bound = undated.published().get();
      String detail =
          range(dated.start().get(), dated.end().get()) + " / undated, published " + bound;
      double agreement;
      if (dated.start().get().isAfter(bound)) {
        agreement = 0;
        conflicts.add("dated after the other report was published: " + detail);
      } else if (!dated.end().get().isBefore(bound.minusDays(14))) {
        agreement = 0.6;
      } else {
        agreement = 0.2;
      }
      ev.add(new MergeScore.Evidence("date", detail, agreement, w.date()));
    } else if (a.published().isPresent() && b.published().isPresent()) {
      long apart = Math.abs(ChronoUnit.DAYS.between(a.published().get(), b.published().get()));
      String detail = "both undated, published " + apart + " day(s) apart";
      double agreement;
      if (apart > w.undatedDays()) {
        agreement = 0;
        conflicts.add(detail);
      } else {
        agreement = apart <= 3 ? 0.6 : 0.3;
      }
      ev.add(new MergeScore.Evidence("date", detail, agreement, w.date()));
    } else {
      ev.add(new MergeScore.Evidence("date", "no dates", 0.5, w.date()));
    }
  }

  private static String range(LocalDate s, LocalDate e) {
    return s.equals(e) ? s.toString() : s + ".." + e;
  }

  private void place(Mention a, Mention b, List<MergeScore.Evidence> ev, List<String> conflicts) {
    if (a.place().isEmpty() || b.place().isEmpty()) {
      ev.add(new MergeScore.Evidence("place", "not both placed", 0.5, w.place()));
      return;
    }
    Mention.Where p = a.place().get();
    Mention.Where q = b.place().get();
    double km = EventPlace.distanceKm(p.lat(), p.lon(), q.lat(), q.lon());
    String detail = String.format(Locale.ROOT, "%s / %s, %.0f km", p.id(), q.id(), km);
    boolean sameCountryCoarse =
        !p.country().isEmpty()
            && p.country().equals(q.country())
            && (p.precision() == EventPlace.Precision.COUNTRY
                || q.precision() == EventPlace.Precision.COUNTRY);
    if (!p.fromClause() || !q.fromClause()) {
      double agreement = p.id().equals(q.id()) || km <= 50 ? 0.7 : 0.5;
      ev.add(new MergeScore.Evidence("place", detail + " (article focus)", agreement, w.place()));
      return;
    }
    boolean seaAndLand =
        (p.precision() == EventPlace.Precision.WATER)
            != (q.precision() == EventPlace.Precision.WATER);
    double agreement;
    if (p.id().equals(q.id()) || km <= 50) {
      agreement = 1;
    } else if (sameCountryCoarse) {
      agreement = 0.8;
    } else if (km <= 300 && !seaAndLand) {
      agreement = 0.6;
    } else if (seaAndLand && km <= 300) {
      agreement = 0.3; // a coast and its sea
    } else {
      agreement = 0;
      conflicts.add("different places: " + detail);
    }
    ev.add(new MergeScore.Evidence("place", detail, agreement, w.place()));
  }

  /**
   * A group of mentions that report one event; {@code id} is its first mention's id, so a group's
   * id does not change as reports arrive.
   */
  public record Group(String id, List<Mention> members) {
    public Group {
      members = List.copyOf(members);
    }
  }

  /**
   * Where a mention goes.
   *
   * @param groupId the group it joins, or its own id for a new group
   * @param matched the member it matched best, empty for a new group
   * @param score the comparison with that member, empty for a new group
   */
  public record Assignment(String groupId, Optional<String> matched, Optional<MergeScore> score) {
    public boolean founds() {
      return matched.isEmpty();
    }
  }

  /**
   * The group a mention joins: among the groups with which nothing conflicts (no member conflicts
   * with it), the one whose best-matching member scores highest, when that score reaches the
   * threshold; otherwise a new group.
   */
  public Assignment assign(Mention m, List<Group> groups) {
    Assignment best = new Assignment(m.id(), Optional.empty(), Optional.empty());
    double bestScore = -1;
    for (Group g : groups) {
      MergeScore top = null;
      String topId = null;
      boolean vetoed = false;
      for (Mention other : g.members()) {
        MergeScore s = compare(m, other);
        if (!s.conflicts().isEmpty()) {
          vetoed = true;
          break;
        }
        if (top == null || s.score() > top.score()) {
          top = s;
          topId = other.id();
        }
      }
      if (!vetoed && top != null && top.same() && top.score() > bestScore) {
        bestScore = top.score();
        best = new Assignment(g.id(), Optional.of(topId), Optional.of(top));
      }
    }
    return best;
  }

  /** Groups mentions in the order given (put earlier reports first). */
  public List<Group> cluster(List<Mention> mentions) {
    List<String> ids = new ArrayList<>();
    List<List<Mention>> members = new ArrayList<>();
    List<Group> view = new ArrayList<>();
    for (Mention m : mentions) {
      Assignment a = assign(m, view);
      int at = ids.indexOf(a.groupId());
      if (a.founds() || at < 0) {
        ids.add(m.id());
        members.add(new ArrayList<>(List.of(m)));
        view.add(new Group(m.id(), List.of(m)));
      } else {
        members.get(at).add(m);
        view.set(at, new Group(ids.get(at), members.get(at)));
      }
    }
    return view;
  }
}
