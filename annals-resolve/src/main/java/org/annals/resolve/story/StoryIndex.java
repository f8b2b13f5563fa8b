package org.annals.resolve.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Stories by id in the order they were first put (as a {@link LinkedHashMap} keeps them), with an
 * index from each centroid term to the stories that have it, so that an article is compared only
 * with the stories it shares a term with: the others have a cosine of 0 and can never be chosen.
 * {@link StoryClusterer#assign(StoryClusterer.Doc, StoryIndex,
 * java.util.function.ToDoubleFunction)} thus decides exactly as it does over the whole list, at a
 * cost that grows with the stories near the article's terms instead of with all stories.
 */
public final class StoryIndex {
  private final Map<String, StoryClusterer.Story> stories = new LinkedHashMap<>();
  private final Map<String, Long> position = new HashMap<>();
  private final Map<String, Set<String>> byTerm = new HashMap<>();
  private long next;

  /** The story with this id, if present. */
  public Optional<StoryClusterer.Story> get(String id) {
    return Optional.ofNullable(stories.get(id));
  }

  public boolean contains(String id) {
    return stories.containsKey(id);
  }

  /** Adds a story or replaces the one with its id (which keeps its place in the order). */
  public void put(StoryClusterer.Story s) {
    Objects.requireNonNull(s, "story");
    StoryClusterer.Story old = stories.put(s.id(), s);
    if (old != null) {
      unindex(old);
    } else {
      position.put(s.id(), next++);
    }
    for (String term : s.centroid().keySet()) {
      byTerm.computeIfAbsent(term, k -> new HashSet<>()).add(s.id());
    }
  }

  /** Removes the stories that match. */
  public void removeIf(Predicate<StoryClusterer.Story> drop) {
    List<StoryClusterer.Story> gone = new ArrayList<>();
    for (StoryClusterer.Story s : stories.values()) {
      if (drop.test(s)) {
        gone.add(s);
      }
    }
    for (StoryClusterer.Story s : gone) {
      stories.remove(s.id());
      position.remove(s.id());
      unindex(s);
    }
  }

  public void clear() {
    stories.clear();
    position.clear();
    byTerm.clear();
  }

  /** Replaces everything with these stories, in this order. */
  public void reset(Collection<StoryClusterer.Story> in) {
    clear();
    in.forEach(this::put);
  }

  /** Every story, in order. */
  public List<StoryClusterer.Story> values() {
    return List.copyOf(stories.values());
  }

  public int size() {
    return stories.size();
  }

  /** The stories whose centroid has at least one of these terms, in order. */
  public List<StoryClusterer.Story> sharingAny(Set<String> terms) {
    Set<String> ids = new HashSet<>();
    for (String t : terms) {
      Set<String> with = byTerm.get(t);
      if (with != null) {
        ids.addAll(with);
      }
    }
    List<String> ordered = new ArrayList<>(ids);
    ordered.sort((a, b) -> Long.compare(position.get(a), position.get(b)));
    List<StoryClusterer.Story> out = new ArrayList<>(ordered.size());
    for (String id : ordered) {
      out.add(stories.get(id));
    }
    return out;
  }

  private void unindex(StoryClusterer.Story s) {
    for (String term : s.centroid().keySet()) {
      Set<String> with = byTerm.get(term);
      if (with != null) {
        with.remove(s.id());
        if (with.isEmpty()) {
          byTerm.remove(term);
        }
      }
    }
  }
}
