package org.annals.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.annals.eval.coref.CorefDocument;
import org.annals.eval.coref.CorefResponse;
import org.annals.eval.coref.CorefSystem;
import org.annals.eval.coref.MentionRef;
import org.annals.model.AnnotatedText;
import org.annals.model.DatePrecision;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.resolve.Terms;
import org.annals.resolve.merge.EventMerger;
import org.annals.resolve.merge.Mention;
import org.annals.resolve.story.StoryClusterer;
import org.annals.resolve.story.StoryDocs;

/**
 * Annals' own RESOLVE stage as an event coreference system, for {@code annals eval coref}: the
 * documents are grouped into stories by {@link StoryClusterer} (as articles are at ingest), and
 * within each story the mentions are clustered by {@link EventMerger}. ECB+ mentions carry no CAMEO
 * code, actors, dates or places, so the merger compares what it has: the trigger's lemma and the
 * sentences' terms (the {@link EventMerger.Weights} given; {@link #UNCODED} by default).
 *
 * <p>With {@link #detectAndCluster}, mentions are Annals' own: every content verb (not "be",
 * "have", "say" and the like) and every noun that names an event (a noun whose lemma a verb of the
 * corpus also has, "attack", "arrest"; or with an event suffix, "-tion", "-ment").
 */
public final class AnnalsCorefSystem implements CorefSystem {
  /**
   * Weights for mentions without codes, actors, dates or places: with the neutral dyad, date and
   * place, a threshold of 0.55 merges two mentions of one story with the same trigger unless
   * something conflicts (chosen on ECB+ topics 1–22 among 0.55, 0.58, 0.60; see
   * docs/eval-results.md).
   */
  public static final EventMerger.Weights UNCODED =
      new EventMerger.Weights(0.30, 0.25, 0.20, 0.10, 0.15, 0.25, 0.55, 10, 0.25);

  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "be", "have", "do", "say", "tell", "will", "would", "can", "could", "may", "might",
          "must", "shall", "should", "get", "go", "make", "take", "come", "let", "seem", "become",
          "report", "add", "accord", "include");

  private final Function<String, AnnotatedText> annotate;
  private final EventMerger merger;
  private final StoryClusterer stories;
  private final Map<String, AnnotatedText> annotated = new HashMap<>();

  public AnnalsCorefSystem(
      Function<String, AnnotatedText> annotate, EventMerger merger, StoryClusterer stories) {
    this.annotate = annotate;
    this.merger = merger;
    this.stories = stories;
  }

  public AnnalsCorefSystem(Function<String, AnnotatedText> annotate) {
    this(annotate, new EventMerger(UNCODED), StoryClusterer.standard());
  }

  @Override
  public String name() {
    return "annals-resolve (stories, then EventMerger within each story)";
  }

  @Override
  public CorefResponse clusterMentions(List<CorefDocument> documents, List<MentionRef> mentions) {
    Map<String, List<String>> storyOf = stories(documents);
    return new CorefResponse(cluster(mentions, storyOf), new ArrayList<>(storyOf.values()));
  }

  @Override
  public Optional<CorefResponse> detectAndCluster(List<CorefDocument> documents) {
    Map<String, List<String>> storyOf = stories(documents);
    List<MentionRef> found = new ArrayList<>();
    Set<String> verbLemmas = new java.util.HashSet<>();
    for (CorefDocument d : documents) {
      for (Sentence s : text(d).sentences()) {
        for (Token t : s.tokens()) {
          if (t.pos().startsWith("VB")) {
            verbLemmas.add(t.lemma().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    for (CorefDocument d : documents) {
      for (Sentence s : text(d).sentences()) {
        for (Token t : s.tokens()) {
          String lemma = t.lemma().toLowerCase(Locale.ROOT);
          boolean verb = t.pos().startsWith("VB") && !LIGHT_VERBS.contains(lemma);
          boolean eventNoun =
              t.pos().startsWith("NN")
                  && !t.pos().startsWith("NNP")
                  && (verbLemmas.contains(lemma)
                      || lemma.endsWith("tion")
                      || lemma.endsWith("ment")
                      || lemma.endsWith("ing") && lemma.length() > 5);
          if ((verb || eventNoun) && t.ner().equals("O")) {
            found.add(new MentionRef(d.id(), t.span()));
          }
        }
      }
    }
    return Optional.of(
        new CorefResponse(cluster(found, storyOf), new ArrayList<>(storyOf.values())));
  }

  private AnnotatedText text(CorefDocument d) {
    return annotated.computeIfAbsent(d.id(), k -> annotate.apply(d.text()));
  }

  /** Story id → its documents, by clustering the documents in order, as ingest does. */
  private Map<String, List<String>> stories(List<CorefDocument> documents) {
    List<StoryClusterer.Doc> docs = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (CorefDocument d : documents) {
      StoryClusterer.Doc doc = StoryDocs.of(d.id(), Optional.empty(), "", text(d));
      docs.add(doc);
      doc.counts().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    int n = docs.size();
    Map<String, StoryClusterer.Story> state = new LinkedHashMap<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (StoryClusterer.Doc doc : docs) {
      StoryClusterer.Assignment a =
          stories.assign(
              doc,
              new ArrayList<>(state.values()),
              t -> Math.log((n + 1.0) / (df.getOrDefault(t, 0) + 1.0)) + 1);
      StoryClusterer.Story s =
          a.storyId().isPresent()
              ? StoryClusterer.add(state.get(a.storyId().get()), doc, a.vector())
              : StoryClusterer.start("st_" + (state.size() + 1), doc, a.vector());
      state.put(s.id(), s);
      members.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(doc.id());
    }
    return members;
  }

  private List<List<MentionRef>> cluster(
      List<MentionRef> mentions, Map<String, List<String>> storyOf) {
    Map<String, String> story = new HashMap<>();
    storyOf.forEach((s, docs) -> docs.forEach(d -> story.put(d, s)));
    Map<String, List<Mention>> byStory = new LinkedHashMap<>();
    Map<String, MentionRef> refs = new HashMap<>();
    for (MentionRef r : mentions) {
      Mention m = mention(r);
      refs.put(m.id(), r);
      byStory
          .computeIfAbsent(story.getOrDefault(r.document(), r.document()), k -> new ArrayList<>())
          .add(m);
    }
    List<List<MentionRef>> out = new ArrayList<>();
    for (List<Mention> group : byStory.values()) {
      for (EventMerger.Group g : merger.cluster(group)) {
        out.add(g.members().stream().map(m -> refs.get(m.id())).toList());
      }
    }
    return out;
  }

  private Mention mention(MentionRef r) {
    AnnotatedText t = annotated.get(r.document());
    Sentence sentence = null;
    for (Sentence s : t.sentences()) {
      if (s.span().start() <= r.span().start() && r.span().start() < s.span().end()) {
        sentence = s;
        break;
      }
    }
    List<Token> tokens = sentence == null ? List.of() : sentence.tokens();
    return new Mention(
        r.describe(),
        r.document(),
        sentence == null ? -1 - r.span().start() : sentence.index(),
        r.document(),
        r.document(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "",
        Terms.triggerLemma(tokens, r.span()),
        Optional.empty(),
        Optional.empty(),
        DatePrecision.UNKNOWN,
        Optional.empty(),
        Terms.content(tokens),
        Terms.numbers(tokens));
  }
}
