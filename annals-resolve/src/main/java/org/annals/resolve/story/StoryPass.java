package org.annals.resolve.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The story assignments of annals' RESOLVE stage over articles given in resolve order, without a
 * store: what {@code org.annals.engine.Resolution} does for each article's story when it resolves a
 * corpus into an empty store, kept in memory so that a batch job (annals-spark) can place a whole
 * corpus in one ordered pass.
 *
 * <p>Feed the articles with {@link #add} in the order they are resolved (publication date, then
 * ingest order). Each article's terms are weighted by the document frequencies of the articles
 * before it ({@code idf = ln((n + 1) / (df + 1)) + 1}, {@code n} counting the article itself), the
 * {@link StoryClusterer} picks its story among all stories so far, in the order they were started;
 * a near-copy goes with its original's story when the original has one. Stories are numbered {@code
 * st_1}, {@code st_2}, … in the order they start, so the same corpus in the same order gets the
 * same ids.
 *
 * <p>Memory: one document frequency per distinct term seen, every story's centroid (at most {@link
 * StoryClusterer#CENTROID_TERMS} terms each) and the story of every article added with {@code
 * remember} (the articles that others copy).
 */
public final class StoryPass {
  /**
   * Where an article went.
   *
   * @param storyId its story; empty when it has no terms
   * @param similarity its cosine with the story it joined, 1 when it started it
   * @param started whether it started the story
   */
  public record Placed(
      String articleId, Optional<String> storyId, OptionalDouble similarity, boolean started) {
    public Placed {
      Objects.requireNonNull(articleId, "articleId");
    }
  }

  private final StoryClusterer clusterer;
  private final Map<String, Long> df = new HashMap<>();
  private final StoryIndex stories = new StoryIndex();
  private final Map<String, String> storyOf = new HashMap<>();
  private long seen;

  public StoryPass(StoryClusterer clusterer) {
    this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
  }

  public static StoryPass standard() {
    return new StoryPass(StoryClusterer.standard());
  }

  /**
   * Places the next article.
   *
   * @param copyOf the earlier article it nearly copies, if any
   * @param remember whether a later article may name this one as its {@code copyOf}
   */
  public Placed add(StoryClusterer.Doc doc, Optional<String> copyOf, boolean remember) {
    long n = ++seen;
    Placed placed;
    if (doc.counts().isEmpty()) {
      placed = new Placed(doc.id(), Optional.empty(), OptionalDouble.empty(), false);
    } else {
      StoryClusterer.Assignment a =
          clusterer.assign(
              doc, stories, t -> Math.log((n + 1.0) / (df.getOrDefault(t, 0L) + 1.0)) + 1);
      Optional<String> target = a.storyId();
      if (copyOf.isPresent()) {
        String original = storyOf.get(copyOf.get());
        if (original != null && stories.contains(original)) {
          target = Optional.of(original);
        }
      }
      if (target.isPresent()) {
        StoryClusterer.Story before = stories.get(target.get()).orElseThrow();
        double similarity = StoryClusterer.cosine(a.vector(), before.centroid());
        stories.put(StoryClusterer.add(before, doc, a.vector()));
        placed = new Placed(doc.id(), target, OptionalDouble.of(similarity), false);
      } else {
        StoryClusterer.Story s =
            StoryClusterer.start("st_" + (stories.size() + 1), doc, a.vector());
        stories.put(s);
        placed = new Placed(doc.id(), Optional.of(s.id()), OptionalDouble.of(1), true);
      }
    }
    for (String term : doc.counts().keySet()) {
      df.merge(term, 1L, Long::sum);
    }
    if (remember && placed.storyId().isPresent()) {
      storyOf.put(doc.id(), placed.storyId().get());
    }
    return placed;
  }

  /** The stories so far, in the order they started. */
  public List<StoryClusterer.Story> stories() {
    return stories.values();
  }

  /** Articles added so far. */
  public long articles() {
    return seen;
  }

  /** Distinct terms counted so far (the larger part of this pass's memory). */
  public int terms() {
    return df.size();
  }
}
