package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The NER evaluation with the real CoreNLP models on a tiny CoNLL file written for Annals. */
class NerEvaluationIT {
  private static final Logger LOG = LoggerFactory.getLogger(NerEvaluationIT.class);

  @Test
  void givesSaneScoresOnATinyFile() throws IOException {
    ConllCorpus corpus;
    try (InputStream in = NerEvaluationIT.class.getResourceAsStream("tiny.conll");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      corpus = ConllReader.parse("tiny.conll", reader, Optional.empty());
    }
    assertThat(corpus.entityCount()).isEqualTo(14);

    NerReport report =
        NerEvaluation.run(corpus, Integer.MAX_VALUE, NerEvaluation::coreNlp, Progress.NONE);
    LOG.info("\n{}", report.table());

    assertThat(report.documents()).isEqualTo(2);
    assertThat(report.scores().micro().gold()).isEqualTo(14);
    // well-known names in plain news sentences: CoreNLP finds most of them exactly
    assertThat(report.scores().micro().f1()).isGreaterThan(0.6);
    assertThat(report.scores().of("PER").recall()).isGreaterThan(0.5);
    assertThat(report.scores().of("LOC").truePositives()).isPositive();
    assertThat(report.scores().of("ORG").truePositives()).isPositive();
    assertThat(report.failures()).isEmpty();
  }
}
