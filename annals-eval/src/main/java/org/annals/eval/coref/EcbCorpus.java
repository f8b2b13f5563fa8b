package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ECB+ documents as read by {@link EcbPlusReader}.
 *
 * @param source the corpus directory, for reports
 * @param documents in topic order, then by document number, {@code ecb} before {@code ecbplus}
 * @param sentenceList the name of the coreference sentence list the selection flags come from;
 *     empty when read without one (then every mention is selected)
 * @param unlistedDocuments documents the sentence list does not name: none of their mentions is
 *     selected
 */
public record EcbCorpus(
    String source,
    List<EcbDocument> documents,
    Optional<String> sentenceList,
    List<String> unlistedDocuments) {
  public EcbCorpus {
    documents = List.copyOf(documents);
    unlistedDocuments = List.copyOf(unlistedDocuments);
  }

  /** The topics, in corpus order. */
  public List<String> topics() {
    LinkedHashSet<String> topics = new LinkedHashSet<>();
    documents.forEach(d -> topics.add(d.topic()));
    return List.copyOf(topics);
  }

  /** The subtopics, in corpus order. */
  public List<String> subtopics() {
    LinkedHashSet<String> subtopics = new LinkedHashSet<>();
    documents.forEach(d -> subtopics.add(d.subtopic()));
    return List.copyOf(subtopics);
  }

  /** Each document's gold topic, by document name. */
  public Map<String, String> topicOfDocument() {
    Map<String, String> topics = new LinkedHashMap<>();
    documents.forEach(d -> topics.put(d.name(), d.topic()));
    return topics;
  }

  /** Each document's gold subtopic ({@code 1ecb}, {@code 1ecbplus}), by document name. */
  public Map<String, String> subtopicOfDocument() {
    Map<String, String> subtopics = new LinkedHashMap<>();
    documents.forEach(d -> subtopics.put(d.name(), d.subtopic()));
    return subtopics;
  }

  /** All gold event mentions, or only those in selected sentences. */
  public List<EventMention> mentions(boolean selectedOnly) {
    List<EventMention> all = new ArrayList<>();
    for (EcbDocument d : documents) {
      all.addAll(selectedOnly ? d.selectedMentions() : d.mentions());
    }
    return all;
  }
}
