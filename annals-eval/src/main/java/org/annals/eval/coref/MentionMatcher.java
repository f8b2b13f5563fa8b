package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.CharSpan;

/**
 * Matches detected mentions with gold mentions, one to one within each document: a detected mention
 * can match a gold mention when its span overlaps the gold mention's head token. Among the possible
 * matchings the one with the most matches is chosen, and among those the one whose matched spans
 * agree best (an identical span first, then the most overlap with the gold span relative to both
 * spans' union), by {@link KuhnMunkres}. Stateless.
 */
final class MentionMatcher {
  private MentionMatcher() {}

  /** Each matched detected mention with its gold mention. */
  static Map<MentionRef, EventMention> match(List<EventMention> gold, List<MentionRef> detected) {
    Map<String, List<EventMention>> goldByDocument = new LinkedHashMap<>();
    gold.forEach(g -> goldByDocument.computeIfAbsent(g.document(), d -> new ArrayList<>()).add(g));
    Map<String, List<MentionRef>> detectedByDocument = new LinkedHashMap<>();
    detected.forEach(
        m -> detectedByDocument.computeIfAbsent(m.document(), d -> new ArrayList<>()).add(m));
    Map<MentionRef, EventMention> matched = new HashMap<>();
    for (Map.Entry<String, List<MentionRef>> e : detectedByDocument.entrySet()) {
      List<EventMention> g = goldByDocument.getOrDefault(e.getKey(), List.of());
      if (!g.isEmpty()) {
        matchDocument(g, e.getValue(), matched);
      }
    }
    return matched;
  }

  private static void matchDocument(
      List<EventMention> gold, List<MentionRef> detected, Map<MentionRef, EventMention> matched) {
    // weight = 1 + quality / (k + 1), quality in [0, 1]: one more match always outweighs better
    // agreement of the spans, since k matches gain at most k / (k + 1) < 1 from quality
    int k = Math.min(gold.size(), detected.size());
    List<Map<Integer, Double>> weights = new ArrayList<>(gold.size());
    boolean any = false;
    for (EventMention g : gold) {
      Map<Integer, Double> row = new HashMap<>();
      for (int j = 0; j < detected.size(); j++) {
        CharSpan s = detected.get(j).span();
        if (overlaps(s, g.headSpan())) {
          row.put(j, 1 + quality(g.span(), s) / (k + 1));
          any = true;
        }
      }
      weights.add(row);
    }
    if (!any) {
      return;
    }
    int[] assigned = KuhnMunkres.maximize(gold.size(), detected.size(), weights);
    for (int i = 0; i < assigned.length; i++) {
      if (assigned[i] >= 0 && weights.get(i).containsKey(assigned[i])) {
        matched.put(detected.get(assigned[i]), gold.get(i));
      }
    }
  }

  /** 1 for the same span, else the overlap over the union, below 1. */
  private static double quality(CharSpan gold, CharSpan detected) {
    if (gold.equals(detected)) {
      return 1;
    }
    int overlap =
        Math.max(
            0, Math.min(gold.end(), detected.end()) - Math.max(gold.start(), detected.start()));
    int union = Math.max(gold.end(), detected.end()) - Math.min(gold.start(), detected.start());
    return union == 0 ? 0 : 0.99 * overlap / union;
  }

  /** Whether the spans share a character; an empty detected span overlaps nothing. */
  static boolean overlaps(CharSpan a, CharSpan b) {
    return a.length() > 0 && b.length() > 0 && a.start() < b.end() && b.start() < a.end();
  }
}
