package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.CharSpan;
import org.annals.model.EntityMention;
import org.junit.jupiter.api.Test;

/** The evaluation loop with a fake tagger: text building, offset mapping, type mapping, scoring. */
class NerEvaluationTest {
  /** Finds fixed strings, as an annotator would, by character offsets into the text it gets. */
  static NerEvaluation.EntityTagger finding(String... pairs) {
    return text -> {
      List<EntityMention> out = new ArrayList<>();
      for (int i = 0; i < pairs.length; i += 2) {
        Matcher m = Pattern.compile(Pattern.quote(pairs[i])).matcher(text);
        while (m.find()) {
          out.add(new EntityMention(0, new CharSpan(m.start(), m.end()), m.group(), pairs[i + 1]));
        }
      }
      return out;
    };
  }

  @Test
  void scoresMentionsMappedBackToTokens() throws IOException {
    ConllCorpus corpus = ConllReaderTest.parse(ConllReaderTest.IOB1, Optional.empty());
    List<Integer> progress = new ArrayList<>();

    NerReport report =
        NerEvaluation.run(
            corpus,
            Integer.MAX_VALUE,
            () ->
                finding(
                    "Angela Merkel", "PERSON", // right
                    "Paris", "LOCATION", // right
                    "Vienna Austria", "LOCATION", // one span where the gold has two: 1 fp, 2 fn
                    "Nations", "ORGANIZATION", // too short
                    "Talks", "DATE"), // not an entity type: ignored
            (done, total) -> progress.add(done));

    assertThat(report.documents()).isEqualTo(2);
    assertThat(report.tokens()).isEqualTo(13);
    assertThat(report.scores().of("PER")).isEqualTo(new Counts(1, 0, 0));
    assertThat(report.scores().of("LOC")).isEqualTo(new Counts(1, 1, 2));
    assertThat(report.scores().of("ORG")).isEqualTo(new Counts(0, 1, 1));
    assertThat(report.scores().micro()).isEqualTo(new Counts(2, 2, 3));
    assertThat(report.misalignedMentions()).isZero();
    assertThat(progress).containsExactly(1, 2);
    assertThat(report.table())
        .contains("2 of 2 documents, 3 sentences, 13 tokens, 5 gold entities (IOB1)")
        .contains("micro");
    assertThat(report.toMap()).containsEntry("documents", 2).containsKey("by_type");
  }

  @Test
  void mentionsCuttingIntoATokenAreScoredAsTheTokenAndCounted() throws IOException {
    ConllCorpus corpus =
        ConllReaderTest.parse("AL-AIN I-LOC\nbeat O\nJapan I-LOC\n", Optional.empty());

    NerReport report =
        NerEvaluation.run(
            corpus, 1, () -> finding("AIN", "LOCATION", "Japan", "LOCATION"), Progress.NONE);

    assertThat(report.scores().of("LOC")).isEqualTo(new Counts(2, 0, 0));
    assertThat(report.misalignedMentions()).isEqualTo(1);
  }

  @Test
  void theLimitCountsDocuments() throws IOException {
    ConllCorpus corpus = ConllReaderTest.parse(ConllReaderTest.IOB1, Optional.empty());

    NerReport report = NerEvaluation.run(corpus, 1, () -> finding(), Progress.NONE);

    assertThat(report.documents()).isEqualTo(1);
    assertThat(report.documentsInGold()).isEqualTo(2);
    assertThat(report.scores().micro()).isEqualTo(new Counts(0, 0, 4));
  }
}
