package org.annals.eval.coref;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.eval.Ratio;
import org.annals.eval.Report;
import org.annals.eval.TextTable;

/**
 * What {@code annals eval coref} prints ({@link CorefEvaluation}); the last table line is {@code
 * conll F1=0.xxx} for the system on gold mentions.
 *
 * @param corpus what was evaluated
 * @param system the system's name
 * @param lemmas where the baselines' lemmas come from
 * @param goldMentions the system (first) and the baselines on gold mentions
 * @param systemMentions the system on its own mentions, when it detects them
 * @param stories story clustering, for each response that has document clusters
 * @param time the whole evaluation, systems included
 */
public record CorefReport(
    Corpus corpus,
    String system,
    String lemmas,
    List<Result> goldMentions,
    Optional<Detected> systemMentions,
    List<Stories> stories,
    Duration time)
    implements Report {
  /** {@link Stories#setting()} of the response to {@link CorefSystem#clusterMentions}. */
  public static final String GOLD_MENTIONS = "gold mentions";

  /** {@link Stories#setting()} of the response to {@link CorefSystem#detectAndCluster}. */
  public static final String SYSTEM_MENTIONS = "system mentions";

  public static final String TOPICS = "topics";
  public static final String SUBTOPICS = "subtopics";
  public static final String LEMMA_CORPUS = "same head lemma, across the corpus";
  public static final String LEMMA_TOPIC = "same head lemma, within each gold topic";

  public CorefReport {
    goldMentions = List.copyOf(goldMentions);
    stories = List.copyOf(stories);
    if (goldMentions.isEmpty() || goldMentions.get(0).baseline()) {
      throw new IllegalArgumentException("the first result on gold mentions must be the system's");
    }
  }

  /**
   * The corpus as evaluated.
   *
   * @param source the corpus directory
   * @param topics topics read
   * @param documents documents read (all given to the system)
   * @param sentences which mentions are scored: {@code selected (FILE)} or {@code all}
   * @param unlistedDocuments documents the sentence list does not name (none of their mentions is
   *     scored)
   * @param mentions gold event mentions scored
   * @param clusters their gold clusters
   * @param singletons of those, clusters of one mention
   * @param crossDocumentClusters of those, clusters with mentions in more than one document
   */
  public record Corpus(
      String source,
      int topics,
      int documents,
      String sentences,
      List<String> unlistedDocuments,
      int mentions,
      int clusters,
      int singletons,
      int crossDocumentClusters) {
    public Corpus {
      unlistedDocuments = List.copyOf(unlistedDocuments);
    }

    static Corpus of(EcbCorpus corpus, List<EventMention> scored, boolean allSentences) {
      Map<String, Set<String>> documentsOf = new LinkedHashMap<>();
      Map<String, Integer> sizes = new LinkedHashMap<>();
      for (EventMention m : scored) {
        documentsOf.computeIfAbsent(m.cluster(), c -> new LinkedHashSet<>()).add(m.document());
        sizes.merge(m.cluster(), 1, Integer::sum);
      }
      int singletons = (int) sizes.values().stream().filter(n -> n == 1).count();
      int cross = (int) documentsOf.values().stream().filter(d -> d.size() > 1).count();
      String sentences =
          allSentences || corpus.sentenceList().isEmpty()
              ? "all"
              : "selected (" + corpus.sentenceList().get() + ")";
      return new Corpus(
          corpus.source(),
          corpus.topics().size(),
          corpus.documents().size(),
          sentences,
          allSentences ? List.of() : corpus.unlistedDocuments(),
          scored.size(),
          sizes.size(),
          singletons,
          cross);
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", source);
      m.put("topics", topics);
      m.put("documents", documents);
      m.put("sentences", sentences);
      m.put("unlisted_documents", unlistedDocuments);
      m.put("mentions", mentions);
      m.put("clusters", clusters);
      m.put("singletons", singletons);
      m.put("cross_document_clusters", crossDocumentClusters);
      return m;
    }
  }

  /** A system or baseline on gold mentions. */
  public record Result(String name, boolean baseline, CorefScores scores, Duration time) {
    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("baseline", baseline);
      m.putAll(scores.toMap());
      m.put("seconds", Report.secondsValue(time));
      return m;
    }
  }

  /**
   * The system on the mentions it detected.
   *
   * @param detection mention detection: matched / gold mentions, matched / detected mentions
   * @param exactSpans matched mentions whose span is the gold span
   * @param dropped detected mentions outside the selected sentences, not scored
   */
  public record Detected(
      RecallPrecision detection, int exactSpans, int dropped, CorefScores scores, Duration time) {
    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("gold", (int) detection.recallDenominator());
      d.put("detected", (int) detection.precisionDenominator());
      d.put("matched", (int) detection.recallNumerator());
      d.put("matched_exact_span", exactSpans);
      d.put("dropped_outside_selected_sentences", dropped);
      d.put("recall", Report.round(detection.recall()));
      d.put("precision", Report.round(detection.precision()));
      d.put("f1", Report.round(detection.f1()));
      m.put("mention_detection", d);
      m.putAll(scores.toMap());
      m.put("seconds", Report.secondsValue(time));
      return m;
    }
  }

  /**
   * Story clustering.
   *
   * @param setting {@link #GOLD_MENTIONS} or {@link #SYSTEM_MENTIONS}: which response
   * @param gold {@link #TOPICS} or {@link #SUBTOPICS}
   */
  public record Stories(String setting, String gold, ClusteringScores scores) {
    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("setting", setting);
      m.put("gold", gold);
      m.putAll(scores.toMap());
      return m;
    }
  }

  /** The system's CoNLL F1 on gold mentions. */
  public double conllF1() {
    return goldMentions.get(0).scores().conllF1();
  }

  @Override
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Event coreference on ECB+: %d topics, %d documents (%s)%n",
            corpus.topics(),
            corpus.documents(),
            corpus.source()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  gold: %d event mentions in %s sentences, %d clusters (%d singletons, %d across"
                + " documents)%n",
            corpus.mentions(),
            corpus.sentences(),
            corpus.clusters(),
            corpus.singletons(),
            corpus.crossDocumentClusters()));
    if (!corpus.unlistedDocuments().isEmpty()) {
      sb.append("  not in the sentence list, so not scored: ")
          .append(String.join(", ", corpus.unlistedDocuments()))
          .append('\n');
    }
    sb.append(
        "  MUC, B3 and CEAF-e (phi4) as the reference scorer v8 computes them, over the whole"
            + " corpus at once; CoNLL F1 is their mean\n\n");

    sb.append("Gold mentions (baselines' lemmas: ").append(lemmas).append(")\n");
    TextTable f1 = new TextTable("system", "clusters", "MUC F1", "B3 F1", "CEAF-e F1", "CoNLL F1");
    for (Result r : goldMentions) {
      f1.row(
          label(r),
          Integer.toString(r.scores().responseClusters()),
          Report.fixed(r.scores().muc().f1()),
          Report.fixed(r.scores().bcubed().f1()),
          Report.fixed(r.scores().ceafe().f1()),
          Report.fixed(r.scores().conllF1()));
    }
    sb.append(f1.render("  ")).append('\n');
    TextTable rp =
        new TextTable("system", "MUC R", "MUC P", "B3 R", "B3 P", "CEAF-e R", "CEAF-e P");
    for (Result r : goldMentions) {
      rp.row(
          label(r),
          Report.fixed(r.scores().muc().recall()),
          Report.fixed(r.scores().muc().precision()),
          Report.fixed(r.scores().bcubed().recall()),
          Report.fixed(r.scores().bcubed().precision()),
          Report.fixed(r.scores().ceafe().recall()),
          Report.fixed(r.scores().ceafe().precision()));
    }
    sb.append(rp.render("  ")).append('\n');

    sb.append("System mentions\n");
    if (systemMentions.isEmpty()) {
      sb.append("  ").append(system).append(" does not detect mentions\n\n");
    } else {
      Detected d = systemMentions.get();
      sb.append(
          String.format(
              Locale.ROOT,
              "  mention detection (a detected mention matches the gold mention whose head token it"
                  + " overlaps): recall %s, precision %s, F1 %s; %d of %d matches with the gold"
                  + " span%s%n",
              new Ratio(
                      (int) d.detection().recallNumerator(),
                      (int) d.detection().recallDenominator())
                  .describe(),
              new Ratio(
                      (int) d.detection().precisionNumerator(),
                      (int) d.detection().precisionDenominator())
                  .describe(),
              Report.fixed(d.detection().f1()),
              d.exactSpans(),
              (int) d.detection().recallNumerator(),
              d.dropped() == 0
                  ? ""
                  : "; "
                      + d.dropped()
                      + " detected mentions outside the selected sentences dropped"));
      TextTable t =
          new TextTable(
              "system",
              "MUC R",
              "MUC P",
              "MUC F1",
              "B3 R",
              "B3 P",
              "B3 F1",
              "CEAF-e F1",
              "CoNLL F1");
      CorefScores s = d.scores();
      t.row(
          system,
          Report.fixed(s.muc().recall()),
          Report.fixed(s.muc().precision()),
          Report.fixed(s.muc().f1()),
          Report.fixed(s.bcubed().recall()),
          Report.fixed(s.bcubed().precision()),
          Report.fixed(s.bcubed().f1()),
          Report.fixed(s.ceafe().f1()),
          Report.fixed(s.conllF1()));
      sb.append(t.render("  ")).append('\n');
    }

    sb.append("Story clustering (the system's document clusters against the gold ones)\n");
    if (stories.isEmpty()) {
      sb.append("  ").append(system).append(" does not cluster documents\n\n");
    } else {
      TextTable t =
          new TextTable(
              "response",
              "gold",
              "gold clusters",
              "clusters",
              "purity",
              "inverse purity",
              "F1",
              "ARI");
      for (Stories s : stories) {
        t.row(
            s.setting(),
            s.gold(),
            Integer.toString(s.scores().goldClusters()),
            Integer.toString(s.scores().predictedClusters()),
            Report.fixed(s.scores().purity()),
            Report.fixed(s.scores().inversePurity()),
            Report.fixed(s.scores().f1()),
            Report.fixed(s.scores().adjustedRandIndex()));
      }
      sb.append(t.render("  ")).append('\n');
    }
    sb.append(
        String.format(
            Locale.ROOT, "  time: system, baselines and scoring %s s%n", Report.seconds(time)));
    sb.append(String.format(Locale.ROOT, "conll F1=%.3f%n", conllF1()));
    return sb.toString();
  }

  private static String label(Result r) {
    return r.baseline() ? "baseline: " + r.name() : r.name();
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("evaluation", "coref");
    m.put("corpus", corpus.toMap());
    m.put("system", system);
    m.put("baseline_lemmas", lemmas);
    m.put("gold_mentions", goldMentions.stream().map(Result::toMap).toList());
    m.put("system_mentions", systemMentions.map(Detected::toMap).orElse(null));
    m.put("stories", stories.stream().map(Stories::toMap).toList());
    m.put("conll_f1", Report.round(conllF1()));
    m.put("seconds", Report.secondsValue(time));
    return m;
  }
}
