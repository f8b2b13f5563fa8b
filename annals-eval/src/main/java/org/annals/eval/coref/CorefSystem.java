package org.annals.eval.coref;

import java.util.List;
import java.util.Optional;

/**
 * An event coreference system under evaluation by {@link CorefEvaluation}. It sees documents as
 * {@link CorefDocument}s (an id and the text) and mentions as {@link MentionRef}s (document id and
 * character span in that text); it is never told topics, subtopics or gold clusters.
 *
 * <p>Two settings, as in the literature:
 *
 * <ul>
 *   <li>{@link #clusterMentions}: the gold event mentions are given, the system only clusters them;
 *   <li>{@link #detectAndCluster}: the system finds event mentions itself. Optional: a system that
 *       cannot detect mentions keeps the default, which returns empty.
 * </ul>
 *
 * <p>Either response may also group the documents into stories ({@link
 * CorefResponse#documentClusters()}), scored against the gold topics and subtopics.
 *
 * <p>To evaluate a system, implement this interface and pass it to {@link CorefEvaluation#run};
 * {@link SingletonSystem} is the smallest example.
 */
public interface CorefSystem {
  /** A short name for reports, e.g. {@code annals-resolve 0.1}. */
  String name();

  /**
   * Clusters the given gold event mentions.
   *
   * @param documents all documents of the evaluation, in corpus order
   * @param mentions the gold event mentions to cluster (in the evaluated sentences), in document
   *     and text order
   * @return clusters of the given mentions; a given mention in no cluster is scored as a singleton,
   *     a mention that was not given is an error
   */
  CorefResponse clusterMentions(List<CorefDocument> documents, List<MentionRef> mentions);

  /**
   * Finds the event mentions in the documents and clusters them. A detected mention is matched with
   * the gold mention whose head token it overlaps; the others are scored as twinless (false
   * alarms). With the default sentence selection, mentions outside the evaluated sentences are
   * dropped before scoring.
   *
   * @return empty when the system does not detect mentions (the default)
   */
  default Optional<CorefResponse> detectAndCluster(List<CorefDocument> documents) {
    return Optional.empty();
  }
}
