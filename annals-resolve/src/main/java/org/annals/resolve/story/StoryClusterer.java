package org.annals.resolve.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Single-pass clustering of articles into stories.
 *
 * <p>An article is a vector of TF-IDF weights over its content terms and its named entities
 * (entities count {@link #ENTITY_WEIGHT} times a word: who and where say more about a story than
 * most words). A story is the normalized sum of its articles' vectors, cut to its {@link
 * #CENTROID_TERMS} heaviest terms. An article joins the story whose centroid is most similar
 * (cosine) when the similarity reaches the threshold and its date is within {@code windowDays} of
 * the story's articles; otherwise it starts a story. Stories are never renumbered or merged, so an
 * id once shown stays valid.
 */
public final class StoryClusterer {
  /** How much more an entity counts than a word. */
  public static final double ENTITY_WEIGHT = 2.0;

  /** Terms kept in a story's centroid. */
  public static final int CENTROID_TERMS = 200;

  /**
   * An article as the clusterer sees it.
   *
   * @param id article id
   * @param date its publication date, when known
   * @param counts term → occurrences; entity terms start with {@code @}
   * @param labels term → how to write it in a title, for the terms that may name a story (entities
   *     and nouns)
   */
  public record Doc(
      String id,
      Optional<LocalDate> date,
      Map<String, Integer> counts,
      Map<String, String> labels) {
    public Doc {
      Objects.requireNonNull(id, "id");
      counts = Map.copyOf(counts);
      labels = Map.copyOf(labels);
    }
  }

  /**
   * A story's state: what the clusterer needs to place the next article, and what a title needs.
   *
   * @param id story id, given by the caller ({@code st_…})
   * @param centroid term → weight, normalized, at most {@link #CENTROID_TERMS} terms
   * @param labels term → display form for centroid terms that have one
   * @param articles how many articles it has
   * @param first earliest article date
   * @param last latest article date
   */
  public record Story(
      String id,
      Map<String, Double> centroid,
      Map<String, String> labels,
      int articles,
      Optional<LocalDate> first,
      Optional<LocalDate> last) {
    public Story {
      centroid = Map.copyOf(centroid);
      labels = Map.copyOf(labels);
    }

    /** A title from the heaviest entities and nouns: "Russia, Venezuela: treaty, ratification". */
    public String title() {
      List<Map.Entry<String, Double>> sorted = new ArrayList<>(centroid.entrySet());
      sorted.sort(
          Map.Entry.<String, Double>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      List<String> names = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (Map.Entry<String, Double> e : sorted) {
        String label = labels.get(e.getKey());
        if (label == null) {
          continue;
        }
        if (e.getKey().startsWith("@")) {
          if (names.size() < 3 && names.stream().noneMatch(n -> n.equalsIgnoreCase(label))) {
            names.add(label);
          }
        } else if (words.size() < 3) {
          words.add(label);
        }
        if (names.size() >= 3 && words.size() >= 3) {
          break;
        }
      }
      if (names.isEmpty() && words.isEmpty()) {
        return "(untitled)";
      }
      if (names.isEmpty()) {
        return String.join(", ", words);
      }
      return words.isEmpty()
          ? String.join(", ", names)
          : String.join(", ", names) + ": " + String.join(", ", words);
    }
  }

  /**
   * Where an article goes.
   *
   * @param storyId the story it joins, empty when it starts one
   * @param similarity its cosine with that story, 0 when it starts one
   * @param vector its normalized TF-IDF vector
   */
  public record Assignment(
      Optional<String> storyId, double similarity, Map<String, Double> vector) {}

  private final double threshold;
  private final int windowDays;

  /**
   * @param threshold cosine similarity an article needs to join a story
   * @param windowDays how many days before a story's first or after its last article an article may
   *     be to join it (articles without dates join on content alone)
   */
  public StoryClusterer(double threshold, int windowDays) {
    if (!(threshold > 0 && threshold <= 1) || windowDays < 0) {
      throw new IllegalArgumentException(
          "need 0 < threshold <= 1 and windowDays >= 0, got " + threshold + ", " + windowDays);
    }
    this.threshold = threshold;
    this.windowDays = windowDays;
  }

  /**
   * Cosine 0.25 within 30 days. On ECB+ topics 1–22 (story clustering against sub-topics, F1): 0.15
   * → 0.872, 0.20 → 0.899, 0.25 → 0.897, 0.30 → 0.874; news streams mix more subjects than ECB+'s
   * topics, so the stricter of the two best.
   */
  /** How many days before a story's first or after its last article an article may join it. */
  public int windowDays() {
    return windowDays;
  }

  public static StoryClusterer standard() {
    return new StoryClusterer(0.25, 30);
  }

  /** The article's TF-IDF vector, normalized; {@code idf} gives each term's weight. */
  public static Map<String, Double> vector(Doc d, ToDoubleFunction<String> idf) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : d.counts().entrySet()) {
      double tf = 1 + Math.log(e.getValue());
      double x =
          tf * idf.applyAsDouble(e.getKey()) * (e.getKey().startsWith("@") ? ENTITY_WEIGHT : 1);
      if (x > 0) {
        v.put(e.getKey(), x);
        norm += x * x;
      }
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((k, x) -> x / n);
    }
    return v;
  }

  /** Cosine of a normalized vector and a normalized centroid. */
  public static double cosine(Map<String, Double> v, Map<String, Double> centroid) {
    Map<String, Double> small = v.size() <= centroid.size() ? v : centroid;
    Map<String, Double> large = small == v ? centroid : v;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot;
  }

  /** The story an article joins among the candidates, or none. */
  public Assignment assign(Doc d, List<Story> candidates, ToDoubleFunction<String> idf) {
    return assign(d, vector(d, idf), candidates);
  }

  /**
   * The story an article joins among the indexed ones, or none: the same as over all of them in
   * order, comparing it only with those that share a term with it.
   */
  public Assignment assign(Doc d, StoryIndex stories, ToDoubleFunction<String> idf) {
    Map<String, Double> v = vector(d, idf);
    return assign(d, v, stories.sharingAny(v.keySet()));
  }

  private Assignment assign(Doc d, Map<String, Double> v, List<Story> candidates) {
    Story best = null;
    double bestSim = 0;
    for (Story s : candidates) {
      if (!inWindow(d.date(), s)) {
        continue;
      }
      double sim = cosine(v, s.centroid());
      if (sim >= threshold && sim > bestSim) {
        best = s;
        bestSim = sim;
      }
    }
    return best == null
        ? new Assignment(Optional.empty(), 0, v)
        : new Assignment(Optional.of(best.id()), bestSim, v);
  }

  private boolean inWindow(Optional<LocalDate> date, Story s) {
    if (date.isEmpty() || s.first().isEmpty()) {
      return true;
    }
    LocalDate d = date.get();
    return !d.isBefore(s.first().get().minusDays(windowDays))
        && !d.isAfter(s.last().get().plusDays(windowDays));
  }

  /** Days from the story's span to a date, 0 inside it; for choosing candidate stories. */
  public static long distanceDays(Story s, LocalDate d) {
    if (s.first().isEmpty()) {
      return 0;
    }
    if (d.isBefore(s.first().get())) {
      return ChronoUnit.DAYS.between(d, s.first().get());
    }
    return Math.max(0, ChronoUnit.DAYS.between(s.last().get(), d));
  }

  /** A new story of one article. */
  public static Story start(String id, Doc d, Map<String, Double> vector) {
    return new Story(
        id, top(vector), labelsFor(top(vector), d.labels(), Map.of()), 1, d.date(), d.date());
  }

  /** The story with one more article. */
  public static Story add(Story s, Doc d, Map<String, Double> vector) {
    Map<String, Double> sum = new HashMap<>();
    // the centroid is the normalized mean; weight it by its article count before adding
    s.centroid().forEach((k, x) -> sum.merge(k, x * s.articles(), Double::sum));
    vector.forEach((k, x) -> sum.merge(k, x, Double::sum));
    Map<String, Double> centroid = top(normalize(sum));
    Optional<LocalDate> first = s.first();
    Optional<LocalDate> last = s.last();
    if (d.date().isPresent()) {
      LocalDate x = d.date().get();
      first = Optional.of(first.filter(f -> f.isBefore(x)).orElse(x));
      last = Optional.of(last.filter(l -> l.isAfter(x)).orElse(x));
    }
    return new Story(
        s.id(),
        centroid,
        labelsFor(centroid, d.labels(), s.labels()),
        s.articles() + 1,
        first,
        last);
  }

  private static Map<String, Double> normalize(Map<String, Double> v) {
    double n = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    Map<String, Double> out = new HashMap<>();
    v.forEach((k, x) -> out.put(k, n > 0 ? x / n : 0));
    return out;
  }

  private static Map<String, Double> top(Map<String, Double> v) {
    Map<String, Double> out = new LinkedHashMap<>();
    v.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(CENTROID_TERMS)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static Map<String, String> labelsFor(
      Map<String, Double> centroid, Map<String, String> fresh, Map<String, String> old) {
    Map<String, String> out = new HashMap<>();
    for (String k : centroid.keySet()) {
      String label = old.containsKey(k) ? old.get(k) : fresh.get(k);
      if (label != null) {
        out.put(k, label);
      }
    }
    return out;
  }
}
