package org.annals.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.annals.model.EntityMention;
import org.annals.nlp.AnnotationException;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.NlpConfig;

/**
 * Named-entity recognition against CoNLL-2003.
 *
 * <p>Each document's text is rebuilt from its tokens ({@link ConllDocument#text()}), annotated, and
 * every entity mention of type PERSON, ORGANIZATION, LOCATION or MISC is mapped back to the CoNLL
 * tokens by its character offsets. A mention whose boundaries cut into a CoNLL token (CoreNLP
 * splits some tokens, e.g. at hyphens) is scored as the tokens it touches and counted as
 * misaligned. Gold and predicted entities are then compared by exact token span and type
 * (PER↔PERSON, ORG↔ORGANIZATION, LOC↔LOCATION, MISC↔MISC), the {@code conlleval} measure. A
 * document the annotator fails on is scored as one where it found nothing, and listed.
 */
public final class NerEvaluation {
  /** Annotator type to CoNLL type. */
  public static final Map<String, String> CONLL_TYPES =
      Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");

  /**
   * The annotator settings this evaluation uses: no parser and no SUTime, which NER does not use.
   */
  public static final Map<String, String> NLP_SETTINGS =
      Map.of(NlpConfig.DEPPARSE, "false", NlpConfig.SUTIME, "false");

  /** Finds entity mentions in a text; offsets are into that text. */
  @FunctionalInterface
  public interface EntityTagger {
    List<EntityMention> entities(String text);
  }

  private NerEvaluation() {}

  /** The CoreNLP annotator with {@link #NLP_SETTINGS}; loads the models on first use. */
  public static EntityTagger coreNlp() {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared(NlpConfig.from(NLP_SETTINGS));
    return text -> annotator.annotate(text, Optional.empty()).entities();
  }

  /**
   * Reads {@code gold} (scheme detected) and scores CoreNLP on its first {@code limit} documents.
   */
  public static NerReport run(Path gold, int limit, Progress progress) throws IOException {
    ConllCorpus corpus = ConllReader.read(gold, Optional.empty());
    return run(corpus, limit, NerEvaluation::coreNlp, progress);
  }

  /**
   * Scores a tagger on the first {@code limit} documents of {@code corpus}.
   *
   * @param limit how many documents; {@code Integer.MAX_VALUE} for all
   * @param tagger called once, and timed as loading
   */
  public static NerReport run(
      ConllCorpus corpus, int limit, Supplier<EntityTagger> tagger, Progress progress) {
    Objects.requireNonNull(tagger, "tagger");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    List<ConllDocument> documents =
        corpus.documents().subList(0, Math.min(limit, corpus.documents().size()));
    long loadStart = System.nanoTime();
    EntityTagger loaded = tagger.get();
    Duration load = Duration.ofNanos(System.nanoTime() - loadStart);

    long annotateStart = System.nanoTime();
    List<LabeledSpan> gold = new ArrayList<>();
    List<LabeledSpan> predicted = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int misaligned = 0;
    int done = 0;
    int sentences = 0;
    int tokens = 0;
    for (ConllDocument document : documents) {
      TokenText text = document.text();
      gold.addAll(document.entities());
      sentences += document.sentences().size();
      tokens += text.tokenCount();
      List<EntityMention> mentions;
      try {
        mentions = loaded.entities(text.text());
      } catch (AnnotationException e) {
        // scored as finding nothing, so the document still counts against recall
        failures.add(
            "document " + document.index() + " (line " + document.line() + "): " + e.getMessage());
        mentions = List.of();
      }
      for (EntityMention mention : mentions) {
        String type = CONLL_TYPES.get(mention.type());
        if (type == null) {
          continue;
        }
        Optional<TokenAlignment> tokensOf = text.align(mention.span());
        if (tokensOf.isEmpty()) {
          continue;
        }
        if (!tokensOf.get().exact()) {
          misaligned++;
        }
        predicted.add(
            new LabeledSpan(document.index(), tokensOf.get().start(), tokensOf.get().end(), type));
      }
      progress.documentDone(++done, documents.size());
    }
    Duration annotate = Duration.ofNanos(System.nanoTime() - annotateStart);
    return new NerReport(
        corpus.source(),
        corpus.scheme(),
        corpus.pseudoDocuments(),
        documents.size(),
        corpus.documents().size(),
        sentences,
        tokens,
        SpanScorer.exact(gold, predicted),
        misaligned,
        failures,
        load,
        annotate);
  }
}
