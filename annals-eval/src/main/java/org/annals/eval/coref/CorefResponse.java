package org.annals.eval.coref;

import java.util.List;

/**
 * What a {@link CorefSystem} returns.
 *
 * @param mentionClusters clusters of coreferent event mentions, each mention at most once
 * @param documentClusters the documents grouped into stories (by {@link CorefDocument#id()}), each
 *     document at most once; documents left out are stories of their own. Empty when the system
 *     does not cluster documents (then story clustering is not scored).
 */
public record CorefResponse(
    List<List<MentionRef>> mentionClusters, List<List<String>> documentClusters) {
  public CorefResponse {
    mentionClusters = mentionClusters.stream().map(List::copyOf).toList();
    documentClusters = documentClusters.stream().map(List::copyOf).toList();
  }

  /** Mention clusters only, no stories. */
  public static CorefResponse mentions(List<List<MentionRef>> mentionClusters) {
    return new CorefResponse(mentionClusters, List.of());
  }
}
