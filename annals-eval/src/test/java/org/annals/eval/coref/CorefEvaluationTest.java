package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.annals.model.CharSpan;
import org.junit.jupiter.api.Test;

/**
 * The evaluation on the fixture corpus (10 gold mentions in the selected sentences, 8 clusters:
 * ACT1 = {1_1ecb/1, 1_1ecbplus/2}, EQ1 = {2_3ecb/1, 2_3ecb/3} and 6 singletons).
 */
class CorefEvaluationTest {
  static final double EPS = 1e-9;
  static final EcbCorpus CORPUS = EcbFixtures.corpus();

  /** A system that answers what the test tells it to. */
  record Scripted(
      String name,
      Function<List<MentionRef>, List<List<MentionRef>>> onGold,
      List<List<String>> stories,
      Optional<CorefResponse> detected)
      implements CorefSystem {
    @Override
    public CorefResponse clusterMentions(List<CorefDocument> documents, List<MentionRef> mentions) {
      return new CorefResponse(onGold.apply(mentions), stories);
    }

    @Override
    public Optional<CorefResponse> detectAndCluster(List<CorefDocument> documents) {
      return detected;
    }
  }

  static MentionRef at(String document, String text, String word, int occurrence) {
    String t =
        CORPUS.documents().stream()
            .filter(d -> d.name().equals(document))
            .findFirst()
            .orElseThrow()
            .text();
    int start = -1;
    for (int i = 0; i <= occurrence; i++) {
      start = t.indexOf(text, start + 1);
    }
    assertThat(start).as("%s in %s", text, document).isNotNegative();
    int head = text.indexOf(word);
    return new MentionRef(document, new CharSpan(start + head, start + head + word.length()));
  }

  static MentionRef at(String document, String word) {
    return at(document, word, word, 0);
  }

  static CorefReport run(CorefSystem system) {
    return CorefEvaluation.run(CORPUS, system, SameLemmaBaseline.lowercase(), false);
  }

  @Test
  void allSingletonsOnGoldMentions() {
    CorefReport r = run(new SingletonSystem());
    assertThat(r.corpus().mentions()).isEqualTo(10);
    assertThat(r.corpus().clusters()).isEqualTo(8);
    assertThat(r.corpus().singletons()).isEqualTo(6);
    assertThat(r.corpus().crossDocumentClusters()).isEqualTo(1);
    assertThat(r.corpus().sentences()).isEqualTo("selected (list.csv)");
    CorefScores s = r.goldMentions().get(0).scores();
    // MUC: no link found, 2 to find; no link proposed (0/0)
    assertThat(s.muc().f1()).isZero();
    // B3 recall: 6 singletons + 2 * (2 * 1/2) = 8 of 10; precision 1
    assertThat(s.bcubed().recall()).isCloseTo(0.8, within(EPS));
    assertThat(s.bcubed().precision()).isCloseTo(1, within(EPS));
    // CEAF-e: 6 * 1 + 2 * (2 * 1/3) = 22/3; recall over 8 key clusters, precision over 10
    assertThat(s.ceafe().recall()).isCloseTo(22 / 3.0 / 8, within(EPS));
    assertThat(s.ceafe().precision()).isCloseTo(22 / 3.0 / 10, within(EPS));
    double conll = (0 + 2 * 0.8 / 1.8 + s.ceafe().f1()) / 3;
    assertThat(r.conllF1()).isCloseTo(conll, within(EPS));
    assertThat(r.systemMentions()).isEmpty();
    // every document a story of its own
    assertThat(r.stories()).hasSize(2);
    assertThat(r.stories().get(0).scores().purity()).isEqualTo(1);
    assertThat(r.stories().get(0).scores().inversePurity()).isCloseTo(2 / 3.0, within(EPS));

    String table = r.table();
    assertThat(table).contains("all singletons does not detect mentions");
    assertThat(table.lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo(String.format(java.util.Locale.ROOT, "conll F1=%.3f", conll));
    Map<String, Object> json = r.toMap();
    assertThat(json).containsEntry("evaluation", "coref").containsEntry("system", "all singletons");
    assertThat(json.get("system_mentions")).isNull();
    assertThat(json).containsKeys("corpus", "gold_mentions", "stories", "conll_f1");
  }

  @Test
  void theBaselinesRunOnTheSameGoldMentions() {
    CorefReport r = run(new SingletonSystem());
    assertThat(r.goldMentions())
        .extracting(CorefReport.Result::name)
        .containsExactly(SingletonSystem.NAME, CorefReport.LEMMA_CORPUS, CorefReport.LEMMA_TOPIC);
    CorefScores lemma = r.goldMentions().get(1).scores();
    // clusters: checked {1_1ecb/1, 1_1ecbplus/1}, said {1_1ecb/6, 1_1ecbplus/3}, 6 singletons.
    // MUC recall: ACT1 = {1_1ecb/1, 1_1ecbplus/2} is split, EQ1 too: 0 of 2; precision 0 of 2
    assertThat(lemma.muc().recallDenominator()).isEqualTo(2);
    assertThat(lemma.muc().precisionDenominator()).isEqualTo(2);
    assertThat(lemma.muc().f1()).isZero();
    assertThat(lemma.responseClusters()).isEqualTo(8);
    assertThat(r.table()).contains("baseline: " + CorefReport.LEMMA_TOPIC);
  }

  @Test
  void aPerfectSystem() {
    Map<MentionRef, String> cluster = new java.util.HashMap<>();
    CORPUS.mentions(true).forEach(m -> cluster.put(m.ref(), m.cluster()));
    CorefSystem perfect =
        new Scripted(
            "perfect",
            refs -> {
              Map<String, List<MentionRef>> byCluster = new java.util.LinkedHashMap<>();
              refs.forEach(
                  ref ->
                      byCluster.computeIfAbsent(cluster.get(ref), c -> new ArrayList<>()).add(ref));
              return List.copyOf(byCluster.values());
            },
            List.of(List.of("1_1ecb", "1_1ecbplus"), List.of("2_3ecb")),
            Optional.empty());
    CorefReport r = run(perfect);
    assertThat(r.conllF1()).isCloseTo(1, within(EPS));
    CorefReport.Stories topics = r.stories().get(0);
    assertThat(topics.gold()).isEqualTo(CorefReport.TOPICS);
    assertThat(topics.scores().adjustedRandIndex()).isEqualTo(1);
    // against subtopics the topic-level stories merge 1ecb and 1ecbplus
    CorefReport.Stories subtopics = r.stories().get(1);
    assertThat(subtopics.scores().purity()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(subtopics.scores().inversePurity()).isEqualTo(1);
    assertThat(subtopics.scores().adjustedRandIndex()).isCloseTo(0, within(EPS));
  }

  @Test
  void givenMentionsLeftOutAreSingletons() {
    CorefReport r = run(new Scripted("lazy", refs -> List.of(), List.of(), Optional.empty()));
    CorefReport singletons = run(new SingletonSystem());
    assertThat(r.conllF1()).isCloseTo(singletons.conllF1(), within(EPS));
    assertThat(r.stories()).isEmpty();
    assertThat(r.table()).contains("lazy does not cluster documents");
  }

  @Test
  void detectedMentionsAreMatchedByHeadAndScored() {
    List<List<MentionRef>> detected =
        List.of(
            // "checked" alone matches the gold "checked into" by its head
            List.of(at("1_1ecb", "checked"), at("1_1ecbplus", "checked into")),
            // no gold mention: a false alarm
            List.of(at("1_1ecb", "rehab")),
            // the first "said" is in sentence 1, not selected: dropped
            List.of(at("1_1ecb", "said", "said", 0), at("1_1ecb", "said", "said", 1)),
            List.of(
                at("2_3ecb", "earthquake"),
                at("2_3ecb", "quake", "quake", 1),
                at("2_3ecb", "killed")));
    CorefReport r =
        run(
            new Scripted(
                "detector",
                refs -> refs.stream().map(List::of).toList(),
                List.of(),
                Optional.of(
                    new CorefResponse(
                        detected, List.of(List.of("1_1ecb", "1_1ecbplus", "2_3ecb"))))));
    CorefReport.Detected d = r.systemMentions().orElseThrow();
    assertThat(d.dropped()).isEqualTo(1);
    // 6 of the 7 kept mentions match one of the 10 gold mentions, 5 with the gold span
    assertThat(d.detection().recallNumerator()).isEqualTo(6);
    assertThat(d.detection().recallDenominator()).isEqualTo(10);
    assertThat(d.detection().precisionDenominator()).isEqualTo(7);
    assertThat(d.exactSpans()).isEqualTo(5);
    CorefScores s = d.scores();
    // response: {1_1ecb/1, 1_1ecbplus/1}, {rehab}, {1_1ecb/6}, {2_3ecb/1, 2_3ecb/3, 2_3ecb/4}.
    // MUC recall: ACT1 -> 1_1ecb/1 + 1_1ecbplus/2 missing: 0; EQ1 in one cluster: 1; of 2.
    // Precision: cluster 1 spans two key clusters: 0; the quake cluster 3 - 2 = 1; of 1 + 2
    assertThat(s.muc().recall()).isCloseTo(0.5, within(EPS));
    assertThat(s.muc().precision()).isCloseTo(1 / 3.0, within(EPS));
    // B3 recall: ACT1 1/2 + 1_1ecb/6 1 + 1_1ecbplus/1 1 + EQ1 4/2 + 2_3ecb/4 1 = 5.5 of 10;
    // precision: cluster 1 (1 + 1)/2 + rehab 0 + said 1 + quake (4 + 1)/3 = 11/3 of 7
    assertThat(s.bcubed().recall()).isCloseTo(0.55, within(EPS));
    assertThat(s.bcubed().precision()).isCloseTo(11 / 21.0, within(EPS));
    // CEAF-e: cluster 1 -> 1_1ecbplus/1 (2/3, better than ACT1's 1/2), said -> 1_1ecb/6 (1),
    // quake -> EQ1 (2 * 2/5): 37/15 over 8 key and 4 response clusters
    assertThat(s.ceafe().recall()).isCloseTo(37 / 15.0 / 8, within(EPS));
    assertThat(s.ceafe().precision()).isCloseTo(37 / 15.0 / 4, within(EPS));
    // one story for all: inverse purity 1, purity 2/3 against topics
    CorefReport.Stories stories =
        r.stories().stream()
            .filter(x -> x.setting().equals(CorefReport.SYSTEM_MENTIONS))
            .findFirst()
            .orElseThrow();
    assertThat(stories.scores().purity()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(r.table()).contains("recall 0.6000 (6/10), precision 0.8571 (6/7)");
    assertThat(r.toMap().get("system_mentions")).isNotNull();
  }

  @Test
  void allSentencesScoresEveryMention() {
    CorefReport r =
        CorefEvaluation.run(CORPUS, new SingletonSystem(), SameLemmaBaseline.lowercase(), true);
    assertThat(r.corpus().mentions()).isEqualTo(12);
    assertThat(r.corpus().sentences()).isEqualTo("all");
  }

  @Test
  void aSystemThatReturnsWhatItWasNotGivenIsAnError() {
    MentionRef stranger = new MentionRef("1_1ecb", new CharSpan(0, 4));
    assertThatThrownBy(
            () ->
                run(
                    new Scripted(
                        "bad", refs -> List.of(List.of(stranger)), List.of(), Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "system 'bad' returned the mention 1_1ecb[0,4), which is not one of the gold");
    assertThatThrownBy(
            () ->
                run(
                    new Scripted(
                        "twice",
                        refs -> List.of(List.of(refs.get(0)), List.of(refs.get(0))),
                        List.of(),
                        Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () ->
                run(
                    new Scripted(
                        "stories",
                        refs -> List.of(),
                        List.of(List.of("9_9ecb")),
                        Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown document '9_9ecb'");
    assertThatThrownBy(
            () ->
                run(
                    new Scripted(
                        "elsewhere",
                        refs -> List.of(),
                        List.of(),
                        Optional.of(
                            CorefResponse.mentions(
                                List.of(List.of(new MentionRef("x", new CharSpan(0, 1)))))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in an unknown document");
  }

  @Test
  void anEmptyCorpusIsAnError() {
    EcbCorpus empty = new EcbCorpus("nowhere", List.of(), Optional.empty(), List.of());
    assertThatThrownBy(
            () ->
                CorefEvaluation.run(
                    empty, new SingletonSystem(), SameLemmaBaseline.lowercase(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no documents");
  }
}
