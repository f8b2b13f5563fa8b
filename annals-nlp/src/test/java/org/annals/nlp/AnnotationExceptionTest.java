package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotationExceptionTest {
  @Test
  void sentenceFailuresSayWhere() {
    IllegalStateException cause = new IllegalStateException("boom");
    AnnotationException e = AnnotationException.forSentence("depparse", 3, 120, cause);
    assertThat(e)
        .hasMessage(
            "CoreNLP depparse failed on sentence 3 at char offset 120:"
                + " java.lang.IllegalStateException: boom")
        .hasCause(cause);
    assertThat(e.sentenceIndex()).hasValue(3);
    assertThat(e.charOffset()).hasValue(120);
  }

  @Test
  void documentFailuresHaveNoSentence() {
    AnnotationException e =
        AnnotationException.forDocument(2000, new IllegalArgumentException("bad"));
    assertThat(e.getMessage()).startsWith("CoreNLP failed to annotate a text of 2000 chars");
    assertThat(e.sentenceIndex()).isEmpty();
    assertThat(e.charOffset()).isEmpty();
  }
}
