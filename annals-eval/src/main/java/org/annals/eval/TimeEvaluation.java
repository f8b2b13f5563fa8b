package org.annals.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.annals.model.TimeExpression;
import org.annals.nlp.AnnotationException;
import org.annals.nlp.CoreNlpAnnotator;
import org.annals.nlp.NlpConfig;

/**
 * Time expressions against TempEval-3 (TimeML).
 *
 * <p>Each document's text (the content of {@code <TEXT>} without tags) is annotated with the
 * document creation time as the publication date, as the pipeline does with a news article. Then:
 *
 * <ul>
 *   <li><b>strict</b> extent match: a predicted expression with exactly the characters of a gold
 *       TIMEX3 (type ignored);
 *   <li><b>relaxed</b> extent match: predicted and gold overlap, paired one to one;
 *   <li><b>value accuracy</b>: among relaxed-matched pairs whose gold type is DATE or TIME, the
 *       share whose predicted value is exactly the gold {@code value} (no value counts as wrong; a
 *       gold TIMEX3 without a value is left out); also given for the pairs whose extents are equal;
 *   <li><b>type accuracy</b>: among relaxed-matched pairs, the share with the gold TIMEX3 type;
 *   <li><b>value F1</b> as in TempEval-3, over all types: a prediction is right when it is matched
 *       to a gold TIMEX3 and has exactly its {@code value}; precision over all predictions, recall
 *       over all gold TIMEX3. <em>Strict</em> needs the exact extent, <em>relaxed</em> an
 *       overlapping one (the relaxed one-to-one pairs).
 * </ul>
 *
 * Documents without a readable creation date are annotated without one (relative values then stay
 * unresolved) and counted.
 */
public final class TimeEvaluation {
  /** The annotator settings this evaluation uses: SUTime on, no parser. */
  public static final Map<String, String> NLP_SETTINGS =
      Map.of(NlpConfig.DEPPARSE, "false", NlpConfig.SUTIME, "true");

  /** Gold types whose values are scored. */
  public static final Set<String> VALUE_TYPES = Set.of("DATE", "TIME");

  /** Finds time expressions in a text, resolving relative ones against the publication date. */
  @FunctionalInterface
  public interface TimeTagger {
    List<TimeExpression> times(String text, Optional<LocalDate> publication);
  }

  private TimeEvaluation() {}

  /** The CoreNLP annotator with {@link #NLP_SETTINGS}; loads the models on first use. */
  public static TimeTagger coreNlp() {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared(NlpConfig.from(NLP_SETTINGS));
    return (text, publication) -> annotator.annotate(text, publication).times();
  }

  /** Scores CoreNLP on the first {@code limit} {@code .tml} files under {@code gold}. */
  public static TimeReport run(Path gold, int limit, Progress progress) throws IOException {
    return run(gold.toString(), TimeMlReader.files(gold), limit, TimeEvaluation::coreNlp, progress);
  }

  /**
   * Scores a tagger on the first {@code limit} of {@code files} (read one at a time).
   *
   * @param gold names the gold set in the report
   * @param tagger called once, and timed as loading
   * @throws GoldFormatException when a file is not TimeML
   */
  public static TimeReport run(
      String gold, List<Path> files, int limit, Supplier<TimeTagger> tagger, Progress progress)
      throws IOException {
    Objects.requireNonNull(tagger, "tagger");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    List<Path> chosen = files.subList(0, Math.min(limit, files.size()));
    List<TimeMlDocument> documents = new ArrayList<>(chosen.size());
    for (Path file : chosen) {
      documents.add(TimeMlReader.read(file));
    }
    return score(gold, documents, files.size(), tagger, progress);
  }

  /** Scores a tagger on {@code documents}. */
  public static TimeReport score(
      String gold,
      List<TimeMlDocument> documents,
      int documentsInGold,
      Supplier<TimeTagger> tagger,
      Progress progress) {
    long loadStart = System.nanoTime();
    TimeTagger loaded = tagger.get();
    Duration load = Duration.ofNanos(System.nanoTime() - loadStart);

    long annotateStart = System.nanoTime();
    List<LabeledSpan> goldSpans = new ArrayList<>();
    List<LabeledSpan> predicted = new ArrayList<>();
    Map<LabeledSpan, Optional<String>> goldValues = new HashMap<>();
    Map<LabeledSpan, Optional<String>> predictedValues = new HashMap<>();
    List<String> failures = new ArrayList<>();
    int withoutDate = 0;
    int characters = 0;
    for (int d = 0; d < documents.size(); d++) {
      TimeMlDocument document = documents.get(d);
      for (GoldTimex t : document.timexes()) {
        LabeledSpan span = new LabeledSpan(d, t.span().start(), t.span().end(), t.type());
        goldSpans.add(span);
        goldValues.put(span, t.value());
      }
      Optional<LocalDate> publication = document.creationDate();
      if (publication.isEmpty()) {
        withoutDate++;
      }
      characters += document.text().length();
      List<TimeExpression> times;
      try {
        times = loaded.times(document.text(), publication);
      } catch (AnnotationException e) {
        failures.add(document.id() + ": " + e.getMessage());
        times = List.of();
      }
      for (TimeExpression t : times) {
        if (t.span().length() == 0) {
          continue;
        }
        LabeledSpan span = new LabeledSpan(d, t.span().start(), t.span().end(), t.type());
        predicted.add(span);
        predictedValues.put(span, t.value());
      }
      progress.documentDone(d + 1, documents.size());
    }

    List<SpanScorer.Match> relaxedMatches = SpanScorer.overlapMatches(goldSpans, predicted);
    Ratio typeAccuracy = Ratio.NONE;
    Map<String, Ratio> valueByType = new HashMap<>();
    Ratio strictValue = Ratio.NONE;
    for (SpanScorer.Match m : relaxedMatches) {
      typeAccuracy = typeAccuracy.plus(Ratio.of(m.gold().type().equals(m.predicted().type())));
      if (!VALUE_TYPES.contains(m.gold().type())) {
        continue;
      }
      Optional<String> expected = goldValues.get(m.gold());
      if (expected.isEmpty()) {
        continue; // a gold DATE or TIME without a value cannot be scored
      }
      Ratio hit = Ratio.of(expected.equals(predictedValues.get(m.predicted())));
      valueByType.merge(m.gold().type(), hit, Ratio::plus);
      if (m.gold().sameExtent(m.predicted())) {
        strictValue = strictValue.plus(hit);
      }
    }
    Counts strict = SpanScorer.strictExtent(goldSpans, predicted);
    Counts relaxed = SpanScorer.overlap(goldSpans, predicted);
    int relaxedValueHits = 0;
    for (SpanScorer.Match m : relaxedMatches) {
      if (sameValue(goldValues.get(m.gold()), predictedValues.get(m.predicted()))) {
        relaxedValueHits++;
      }
    }
    Map<List<Integer>, Optional<String>> predictedByExtent = new HashMap<>();
    for (LabeledSpan p : predicted) {
      predictedByExtent.putIfAbsent(
          List.of(p.document(), p.start(), p.end()), predictedValues.get(p));
    }
    Set<List<Integer>> goldExtents = new java.util.HashSet<>();
    int strictValueHits = 0;
    for (LabeledSpan g : goldSpans) {
      List<Integer> extent = List.of(g.document(), g.start(), g.end());
      if (goldExtents.add(extent)
          && predictedByExtent.containsKey(extent)
          && sameValue(goldValues.get(g), predictedByExtent.get(extent))) {
        strictValueHits++;
      }
    }
    List<String> mistakes =
        mistakes(documents, goldSpans, predicted, relaxedMatches, goldValues, predictedValues);
    Duration annotate = Duration.ofNanos(System.nanoTime() - annotateStart);
    return new TimeReport(
        gold,
        documents.size(),
        documentsInGold,
        withoutDate,
        characters,
        strict,
        relaxed,
        valueF1(strict, strictValueHits),
        valueF1(relaxed, relaxedValueHits),
        valueByType,
        strictValue,
        typeAccuracy,
        failures,
        load,
        annotate,
        mistakes);
  }

  /** What does not score in the relaxed value F1; see {@link TimeReport#mistakesListing()}. */
  static List<String> mistakes(
      List<TimeMlDocument> documents,
      List<LabeledSpan> gold,
      List<LabeledSpan> predicted,
      List<SpanScorer.Match> matches,
      Map<LabeledSpan, Optional<String>> goldValues,
      Map<LabeledSpan, Optional<String>> predictedValues) {
    List<String> out = new ArrayList<>();
    Set<LabeledSpan> pairedGold = new java.util.HashSet<>();
    Set<LabeledSpan> pairedPredicted = new java.util.HashSet<>();
    for (SpanScorer.Match m : matches) {
      pairedGold.add(m.gold());
      pairedPredicted.add(m.predicted());
      if (!sameValue(goldValues.get(m.gold()), predictedValues.get(m.predicted()))) {
        out.add(mistake("wrong", documents, m.gold(), goldValues, m.predicted(), predictedValues));
      }
    }
    for (LabeledSpan g : gold) {
      if (!pairedGold.contains(g)) {
        out.add(mistake("missed", documents, g, goldValues, null, predictedValues));
      }
    }
    for (LabeledSpan p : predicted) {
      if (!pairedPredicted.contains(p)) {
        out.add(mistake("spurious", documents, null, goldValues, p, predictedValues));
      }
    }
    return out;
  }

  private static String mistake(
      String kind,
      List<TimeMlDocument> documents,
      LabeledSpan gold,
      Map<LabeledSpan, Optional<String>> goldValues,
      LabeledSpan predicted,
      Map<LabeledSpan, Optional<String>> predictedValues) {
    LabeledSpan any = gold != null ? gold : predicted;
    TimeMlDocument document = documents.get(any.document());
    String text = document.text();
    return String.join(
        "\t",
        kind,
        document.id(),
        document.creationDate().map(LocalDate::toString).orElse("-"),
        describe(text, gold, goldValues),
        describe(text, predicted, predictedValues),
        context(text, any));
  }

  private static String describe(
      String text, LabeledSpan span, Map<LabeledSpan, Optional<String>> values) {
    if (span == null) {
      return "-";
    }
    Optional<String> value = values.get(span);
    return "\""
        + text.substring(span.start(), span.end()).replaceAll("\\s+", " ")
        + "\" "
        + span.type()
        + " "
        + (value == null ? "" : value.orElse(""));
  }

  private static String context(String text, LabeledSpan span) {
    int from = Math.max(0, span.start() - 80);
    int to = Math.min(text.length(), span.end() + 40);
    return (text.substring(from, span.start())
            + "["
            + text.substring(span.start(), span.end())
            + "]"
            + text.substring(span.end(), to))
        .replaceAll("\\s+", " ");
  }

  /** Right values among {@code extents}' predictions and gold expressions. */
  static Counts valueF1(Counts extents, int hits) {
    return new Counts(hits, extents.predicted() - hits, extents.gold() - hits);
  }

  private static boolean sameValue(Optional<String> gold, Optional<String> predicted) {
    return gold != null && gold.isPresent() && gold.equals(predicted);
  }
}
