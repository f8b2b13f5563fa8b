package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The baseline of the event coreference literature: mentions whose head lemmas are equal corefer.
 * Two scopes: {@link #acrossCorpus} links same-lemma mentions anywhere, {@link #withinTopics} only
 * within a gold topic (the usual "LEMMA" baseline, which thereby knows the topics).
 *
 * <p>Where the lemma comes from is the caller's choice: a lemmatizer applied to the head word
 * ({@link #lemmatizer}), lemmas computed beforehand with the context of the sentence ({@link
 * #precomputed}), or the lower-cased head word ({@link #lowercase}). Lemmas are compared
 * lower-cased. Immutable and thread-safe if the lemma function is.
 */
public final class SameLemmaBaseline {
  private final String lemmas;
  private final Function<EventMention, String> lemmaOf;

  private SameLemmaBaseline(String lemmas, Function<EventMention, String> lemmaOf) {
    this.lemmas = lemmas;
    this.lemmaOf = lemmaOf;
  }

  /** The lower-cased head word as the lemma: "killed" and "kill" differ. */
  public static SameLemmaBaseline lowercase() {
    return new SameLemmaBaseline("lower-cased head word", EventMention::headText);
  }

  /**
   * The lemma of the head word by {@code lemmatizer}.
   *
   * @param name says which lemmatizer, for reports
   */
  public static SameLemmaBaseline lemmatizer(String name, Function<String, String> lemmatizer) {
    Objects.requireNonNull(lemmatizer, "lemmatizer");
    return new SameLemmaBaseline(name, m -> lemmatizer.apply(m.headText()));
  }

  /**
   * Lemmas computed beforehand, by mention id; a mention without one gets the lower-cased head
   * word.
   *
   * @param name says where the lemmas come from, for reports
   */
  public static SameLemmaBaseline precomputed(String name, Map<String, String> lemmaByMentionId) {
    Map<String, String> lemmas = Map.copyOf(lemmaByMentionId);
    return new SameLemmaBaseline(name, m -> lemmas.getOrDefault(m.id(), m.headText()));
  }

  /** Where the lemmas come from, for reports. */
  public String lemmas() {
    return lemmas;
  }

  /** The lemma the baseline compares: lower-cased. */
  public String lemma(EventMention mention) {
    String lemma = lemmaOf.apply(mention);
    return (lemma == null || lemma.isBlank() ? mention.headText() : lemma).toLowerCase(Locale.ROOT);
  }

  /** Clusters of mention ids: one per head lemma, across all the mentions given. */
  public List<List<String>> acrossCorpus(List<EventMention> mentions) {
    return cluster(mentions, m -> "");
  }

  /**
   * Clusters of mention ids: one per gold topic and head lemma.
   *
   * @param topicOfDocument the gold topic of each mention's document
   * @throws IllegalArgumentException when a mention's document has no topic
   */
  public List<List<String>> withinTopics(
      List<EventMention> mentions, Map<String, String> topicOfDocument) {
    return cluster(
        mentions,
        m -> {
          String topic = topicOfDocument.get(m.document());
          if (topic == null) {
            throw new IllegalArgumentException(
                "no topic for document " + m.document() + " of mention " + m.id());
          }
          return topic;
        });
  }

  private List<List<String>> cluster(
      List<EventMention> mentions, Function<EventMention, String> scope) {
    Map<String, List<String>> clusters = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      String key = scope.apply(m) + "\u0000" + lemma(m);
      clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(m.id());
    }
    return List.copyOf(clusters.values());
  }
}
