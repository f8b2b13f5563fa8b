package org.annals.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.eval.coref.EcbCorpus;
import org.annals.eval.coref.EcbDocument;
import org.annals.eval.coref.EventMention;
import org.annals.model.AnnotatedText;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.NlpConfig;

/**
 * Head lemmas of the ECB+ gold event mentions by CoreNLP, for {@link
 * org.annals.eval.coref.SameLemmaBaseline#precomputed}: each document's rebuilt text is annotated
 * (tokenize, ssplit, pos, lemma, ner; no parser, no SUTime) and each mention gets the lemma of the
 * CoreNLP token at the start of its head token, so the lemma comes with the sentence's
 * part-of-speech tags ("said" → "say", "killings" → "killing"). Kept out of {@code
 * org.annals.eval.coref}, which needs no models.
 */
public final class CorefLemmas {
  /** Says where the lemmas come from, for reports. */
  public static final String DESCRIPTION = "CoreNLP lemma of the head token in its sentence";

  private CorefLemmas() {}

  /**
   * The head lemma of every gold event mention of the corpus (or only of those in selected
   * sentences), by mention id; a mention whose head CoreNLP tokenized away gets none.
   */
  public static Map<String, String> coreNlp(
      EcbCorpus corpus, boolean selectedOnly, Progress progress) {
    return coreNlp(corpus, selectedOnly, progress, annotator());
  }

  /** CoreNLP as these lemmas need it: tokenize, ssplit, pos, lemma, ner; text → annotation. */
  public static java.util.function.Function<String, AnnotatedText> annotator() {
    CoreNlpAnnotator annotator =
        CoreNlpAnnotator.shared(NlpConfig.from(NerEvaluation.NLP_SETTINGS));
    return text -> annotator.annotate(text, Optional.empty());
  }

  /** As {@link #coreNlp(EcbCorpus, boolean, Progress)}, with a given annotator (or a cache). */
  public static Map<String, String> coreNlp(
      EcbCorpus corpus,
      boolean selectedOnly,
      Progress progress,
      java.util.function.Function<String, AnnotatedText> annotate) {
    Map<String, String> lemmas = new HashMap<>();
    List<EcbDocument> documents = documents(corpus, selectedOnly);
    int done = 0;
    for (EcbDocument d : documents) {
      AnnotatedText annotated = annotate.apply(d.text());
      lemmas.putAll(headLemmas(annotated, selectedOnly ? d.selectedMentions() : d.mentions()));
      progress.documentDone(++done, documents.size());
    }
    return lemmas;
  }

  /** The documents {@link #coreNlp} annotates: those with mentions to lemmatize. */
  public static List<EcbDocument> documents(EcbCorpus corpus, boolean selectedOnly) {
    return corpus.documents().stream()
        .filter(d -> !(selectedOnly ? d.selectedMentions() : d.mentions()).isEmpty())
        .toList();
  }

  /** The lemma of the token that covers each mention's head start, by mention id. */
  static Map<String, String> headLemmas(AnnotatedText annotated, List<EventMention> mentions) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      tokens.addAll(s.tokens());
    }
    tokens.sort(Comparator.comparingInt(t -> t.span().start()));
    Map<String, String> lemmas = new HashMap<>();
    for (EventMention m : mentions) {
      int at = m.headSpan().start();
      // the last token starting at or before the head
      int lo = 0;
      int hi = tokens.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).span().start() <= at) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (found >= 0 && tokens.get(found).span().end() > at) {
        lemmas.put(m.id(), tokens.get(found).lemma());
      }
    }
    return lemmas;
  }
}
