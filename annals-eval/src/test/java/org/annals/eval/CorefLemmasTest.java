package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.annals.eval.coref.EcbDocument;
import org.annals.eval.coref.EcbPlusReader;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/** The mapping of head tokens to lemmas, with a hand-made annotation instead of CoreNLP. */
class CorefLemmasTest {
  static final String XML =
      """
      <Document>
      <token t_id="1" sentence="0" number="0">Police</token>
      <token t_id="2" sentence="0" number="1">said</token>
      <token t_id="3" sentence="0" number="2">killings</token>
      <token t_id="4" sentence="0" number="3">rose</token>
      <Markables>
      <ACTION_REPORTING m_id="1"><token_anchor t_id="2"/></ACTION_REPORTING>
      <ACTION_OCCURRENCE m_id="2"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
      <ACTION_OCCURRENCE m_id="3"><token_anchor t_id="4"/></ACTION_OCCURRENCE>
      </Markables>
      </Document>
      """;

  static Token token(int index, int start, String word, String lemma) {
    return new Token(index, new CharSpan(start, start + word.length()), word, lemma, "X", "O");
  }

  @Test
  void eachHeadGetsTheLemmaOfTheTokenAtItsStart() {
    EcbDocument d = EcbPlusReader.parse("x", "9_1ecb.xml", XML, Optional.empty());
    assertThat(d.text()).isEqualTo("Police said killings rose");
    // an annotation that tokenized "killings rose" as one token and left out "said"
    AnnotatedText a =
        new AnnotatedText(
            "test",
            List.of(
                new Sentence(
                    0,
                    new CharSpan(0, 25),
                    List.of(token(0, 0, "Police", "police"), token(1, 12, "killings rose", "kill")),
                    List.of(),
                    false)),
            List.of(),
            List.of());
    // "said" is in no token; "killings" and "rose" both start inside the merged token
    assertThat(CorefLemmas.headLemmas(a, d.mentions()))
        .doesNotContainKey("9_1ecb/1")
        .containsEntry("9_1ecb/2", "kill")
        .containsEntry("9_1ecb/3", "kill");
  }
}
