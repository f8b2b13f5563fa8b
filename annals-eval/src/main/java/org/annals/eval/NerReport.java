package org.annals.eval;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of {@link NerEvaluation}.
 *
 * @param documents documents evaluated (the first ones of the file)
 * @param documentsInGold documents in the file
 * @param misalignedMentions mentions whose boundaries cut into a CoNLL token, scored as the tokens
 *     they touch
 * @param failures documents the annotator failed on (scored as finding nothing), with why
 * @param load time to get the annotator ready (model loading)
 * @param annotate time to annotate and score the documents
 */
public record NerReport(
    String gold,
    TagScheme scheme,
    boolean pseudoDocuments,
    int documents,
    int documentsInGold,
    int sentences,
    int tokens,
    SpanScores scores,
    int misalignedMentions,
    List<String> failures,
    Duration load,
    Duration annotate)
    implements Report {
  public NerReport {
    failures = List.copyOf(failures);
  }

  public double tokensPerSecond() {
    double s = annotate.toNanos() / 1e9;
    return s == 0 ? 0 : tokens / s;
  }

  @Override
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("NER on ").append(gold).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "  %d of %d %s, %d sentences, %d tokens, %d gold entities (%s)%n",
            documents,
            documentsInGold,
            pseudoDocuments
                ? "pseudo-documents of " + ConllReader.PSEUDO_DOCUMENT_SENTENCES + " sentences"
                : "documents",
            sentences,
            tokens,
            scores.micro().gold(),
            scheme.name()));
    sb.append("  exact-match entity spans; PER=PERSON ORG=ORGANIZATION LOC=LOCATION MISC=MISC\n\n");
    sb.append(scores.table("  "));
    sb.append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "  macro F1 %s; misaligned mentions %d (cut into a CoNLL token; scored as the tokens"
                + " they touch)%n",
            Report.fixed(scores.macroF1()),
            misalignedMentions));
    if (!failures.isEmpty()) {
      sb.append("  annotation failed on ")
          .append(failures.size())
          .append(" documents (scored as finding nothing):\n");
      failures.stream().limit(10).forEach(f -> sb.append("    ").append(f).append('\n'));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "  time: load %s s, annotate %s s (%.0f tokens/s)%n",
            Report.seconds(load),
            Report.seconds(annotate),
            tokensPerSecond()));
    return sb.toString();
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("evaluation", "ner");
    m.put("gold", gold);
    m.put("scheme", scheme.name());
    m.put("pseudo_documents", pseudoDocuments);
    m.put("documents", documents);
    m.put("documents_in_gold", documentsInGold);
    m.put("sentences", sentences);
    m.put("tokens", tokens);
    m.putAll(scores.toMap());
    m.put("misaligned_mentions", misalignedMentions);
    m.put("failures", failures);
    Map<String, Object> seconds = new LinkedHashMap<>();
    seconds.put("load", Report.secondsValue(load));
    seconds.put("annotate", Report.secondsValue(annotate));
    m.put("seconds", seconds);
    return m;
  }
}
