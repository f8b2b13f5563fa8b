package org.annals.eval.coref;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Event coreference on ECB+: scores a {@link CorefSystem}, the same-lemma baselines and story
 * clustering with the same scorer.
 *
 * <ol>
 *   <li><b>Gold mentions.</b> The system clusters the gold event mentions ({@link
 *       CorefSystem#clusterMentions}); MUC, B³, CEAF-e and the CoNLL F1 ({@link CorefScorer})
 *       against the gold clusters, over the whole corpus at once, so cross-document links count.
 *   <li><b>Baselines.</b> {@link SameLemmaBaseline} across the corpus and within each gold topic,
 *       on the same gold mentions.
 *   <li><b>System mentions.</b> If the system detects mentions ({@link
 *       CorefSystem#detectAndCluster}), each detected mention is matched with the gold mention
 *       whose head token it overlaps ({@link MentionMatcher}, one to one); unmatched detected
 *       mentions are twinless in the response, unmatched gold mentions twinless in the key, scored
 *       as the reference scorer does. Mention detection recall and precision are reported too.
 *   <li><b>Stories.</b> The document clusters of each response, if any, against the gold topics and
 *       the gold subtopics (ecb/ecbplus halves of a topic: two different events): purity, inverse
 *       purity, their F1 and the Adjusted Rand Index ({@link ClusteringScorer}).
 * </ol>
 *
 * <p>By default only the mentions in the selected sentences of the coreference sentence list are
 * scored, the standard ECB+ setup (their annotation is reliable); detected mentions elsewhere are
 * dropped. {@code allSentences} scores every mention. Systems always get all documents, whole.
 *
 * <p><b>Plugging a system in:</b> implement {@link CorefSystem} and call {@code
 * CorefEvaluation.run(corpus, system, baseline, false)}; {@code annals eval coref} does this with
 * the system {@code EvalCommand.Coref#system()} returns (for now the {@link SingletonSystem}).
 */
public final class CorefEvaluation {
  /** The prefix of response ids of detected mentions that match no gold mention. */
  static final String TWINLESS = "detected:";

  private CorefEvaluation() {}

  /**
   * Runs the system and the baselines on the corpus and scores them.
   *
   * @param allSentences score every mention, not only those in the selected sentences
   * @throws IllegalArgumentException when the corpus has no documents, or the system returns a
   *     mention or document it should not (not given, unknown, twice)
   */
  public static CorefReport run(
      EcbCorpus corpus, CorefSystem system, SameLemmaBaseline baseline, boolean allSentences) {
    if (corpus.documents().isEmpty()) {
      throw new IllegalArgumentException("no documents to evaluate in " + corpus.source());
    }
    long start = System.nanoTime();
    List<EventMention> gold = corpus.mentions(!allSentences);
    List<List<String>> key = goldClusters(gold);
    List<CorefDocument> inputs = corpus.documents().stream().map(EcbDocument::input).toList();
    Map<MentionRef, EventMention> goldByRef = new LinkedHashMap<>();
    for (EventMention m : gold) {
      EventMention twin = goldByRef.put(m.ref(), m);
      if (twin != null) {
        throw new IllegalArgumentException(
            "gold mentions " + twin.id() + " and " + m.id() + " have the same span");
      }
    }
    List<MentionRef> refs = List.copyOf(goldByRef.keySet());

    List<CorefReport.Result> onGold = new ArrayList<>();
    List<CorefReport.Stories> stories = new ArrayList<>();
    long t0 = System.nanoTime();
    CorefResponse response = system.clusterMentions(inputs, refs);
    Duration systemTime = Duration.ofNanos(System.nanoTime() - t0);
    onGold.add(
        new CorefReport.Result(
            system.name(),
            false,
            CorefScorer.score(key, responseOnGold(system.name(), response, goldByRef)),
            systemTime));
    stories.addAll(stories(CorefReport.GOLD_MENTIONS, system.name(), response, corpus));

    t0 = System.nanoTime();
    List<List<String>> acrossCorpus = baseline.acrossCorpus(gold);
    onGold.add(
        new CorefReport.Result(
            CorefReport.LEMMA_CORPUS,
            true,
            CorefScorer.score(key, acrossCorpus),
            Duration.ofNanos(System.nanoTime() - t0)));
    t0 = System.nanoTime();
    List<List<String>> withinTopics = baseline.withinTopics(gold, corpus.topicOfDocument());
    onGold.add(
        new CorefReport.Result(
            CorefReport.LEMMA_TOPIC,
            true,
            CorefScorer.score(key, withinTopics),
            Duration.ofNanos(System.nanoTime() - t0)));

    t0 = System.nanoTime();
    Optional<CorefResponse> detected = system.detectAndCluster(inputs);
    Duration detectTime = Duration.ofNanos(System.nanoTime() - t0);
    Optional<CorefReport.Detected> onDetected = Optional.empty();
    if (detected.isPresent()) {
      onDetected =
          Optional.of(
              scoreDetected(
                  system.name(), detected.get(), corpus, gold, key, allSentences, detectTime));
      stories.addAll(stories(CorefReport.SYSTEM_MENTIONS, system.name(), detected.get(), corpus));
    }
    return new CorefReport(
        CorefReport.Corpus.of(corpus, gold, allSentences),
        system.name(),
        baseline.lemmas(),
        onGold,
        onDetected,
        stories,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** The gold clusters of the mentions, as lists of mention ids, in order of first mention. */
  static List<List<String>> goldClusters(List<EventMention> mentions) {
    Map<String, List<String>> clusters = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      clusters.computeIfAbsent(m.cluster(), c -> new ArrayList<>()).add(m.id());
    }
    return List.copyOf(clusters.values());
  }

  /**
   * The response over gold mention ids: the system's clusters, and a singleton for each given
   * mention it left out.
   */
  static List<List<String>> responseOnGold(
      String system, CorefResponse response, Map<MentionRef, EventMention> given) {
    List<List<String>> clusters = new ArrayList<>();
    Set<MentionRef> seen = new HashSet<>();
    for (List<MentionRef> cluster : response.mentionClusters()) {
      List<String> ids = new ArrayList<>(cluster.size());
      for (MentionRef ref : cluster) {
        EventMention m = given.get(ref);
        if (m == null) {
          throw new IllegalArgumentException(
              "system '"
                  + system
                  + "' returned the mention "
                  + ref.describe()
                  + ", which is not one of the gold mentions it was given");
        }
        if (!seen.add(ref)) {
          throw new IllegalArgumentException(
              "system '" + system + "' returned the mention " + ref.describe() + " twice");
        }
        ids.add(m.id());
      }
      clusters.add(ids);
    }
    for (Map.Entry<MentionRef, EventMention> e : given.entrySet()) {
      if (!seen.contains(e.getKey())) {
        clusters.add(List.of(e.getValue().id()));
      }
    }
    return clusters;
  }

  private static CorefReport.Detected scoreDetected(
      String system,
      CorefResponse response,
      EcbCorpus corpus,
      List<EventMention> gold,
      List<List<String>> key,
      boolean allSentences,
      Duration time) {
    Map<String, EcbDocument> documents = new HashMap<>();
    corpus.documents().forEach(d -> documents.put(d.name(), d));
    Set<MentionRef> seen = new HashSet<>();
    List<List<MentionRef>> kept = new ArrayList<>();
    List<MentionRef> all = new ArrayList<>();
    int dropped = 0;
    for (List<MentionRef> cluster : response.mentionClusters()) {
      List<MentionRef> in = new ArrayList<>();
      for (MentionRef ref : cluster) {
        EcbDocument d = documents.get(ref.document());
        if (d == null) {
          throw new IllegalArgumentException(
              "system '"
                  + system
                  + "' returned the mention "
                  + ref.describe()
                  + " in an unknown document");
        }
        if (ref.span().end() > d.text().length()) {
          throw new IllegalArgumentException(
              "system '"
                  + system
                  + "' returned the mention "
                  + ref.describe()
                  + ", beyond the end of the text ("
                  + d.text().length()
                  + " characters)");
        }
        if (!seen.add(ref)) {
          throw new IllegalArgumentException(
              "system '" + system + "' returned the mention " + ref.describe() + " twice");
        }
        if (!allSentences && !d.inSelectedSentence(ref.span())) {
          dropped++;
          continue;
        }
        in.add(ref);
        all.add(ref);
      }
      kept.add(in);
    }
    Map<MentionRef, EventMention> matched = MentionMatcher.match(gold, all);
    List<List<String>> responseIds = new ArrayList<>();
    for (List<MentionRef> cluster : kept) {
      responseIds.add(
          cluster.stream()
              .map(
                  ref -> {
                    EventMention g = matched.get(ref);
                    return g == null ? TWINLESS + ref.describe() : g.id();
                  })
              .toList());
    }
    int exact = 0;
    for (Map.Entry<MentionRef, EventMention> e : matched.entrySet()) {
      if (e.getKey().span().equals(e.getValue().span())) {
        exact++;
      }
    }
    RecallPrecision detection =
        new RecallPrecision(matched.size(), gold.size(), matched.size(), all.size());
    return new CorefReport.Detected(
        detection, exact, dropped, CorefScorer.score(key, responseIds), time);
  }

  /** The response's document clusters against gold topics and subtopics; none if it has none. */
  private static List<CorefReport.Stories> stories(
      String setting, String system, CorefResponse response, EcbCorpus corpus) {
    if (response.documentClusters().isEmpty()) {
      return List.of();
    }
    Map<String, String> topics = corpus.topicOfDocument();
    List<List<String>> clusters = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<String> cluster : response.documentClusters()) {
      for (String document : cluster) {
        if (!topics.containsKey(document)) {
          throw new IllegalArgumentException(
              "system '" + system + "' put the unknown document '" + document + "' in a story");
        }
        if (!seen.add(document)) {
          throw new IllegalArgumentException(
              "system '" + system + "' put the document '" + document + "' in two stories");
        }
      }
      clusters.add(cluster);
    }
    for (String document : topics.keySet()) {
      if (!seen.contains(document)) {
        clusters.add(List.of(document));
      }
    }
    return List.of(
        new CorefReport.Stories(
            setting, CorefReport.TOPICS, ClusteringScorer.score(topics, clusters)),
        new CorefReport.Stories(
            setting,
            CorefReport.SUBTOPICS,
            ClusteringScorer.score(corpus.subtopicOfDocument(), clusters)));
  }
}
