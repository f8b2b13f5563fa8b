package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
  /** IOB1 as in the original CoNLL-2003 files; two adjacent LOCs need B-. */
  static final String IOB1 =
      """
      -DOCSTART- -X- -X- O

      Angela NNP I-NP I-PER
      Merkel NNP I-NP I-PER
      visited VBD I-VP O
      Paris NNP I-NP I-LOC
      . . O O

      Talks NNS I-NP O
      in IN I-PP O
      Vienna NNP I-NP I-LOC
      Austria NNP I-NP B-LOC
      ended VBD I-VP O

      -DOCSTART- -X- -X- O

      United NNP I-NP I-ORG
      Nations NNP I-NP I-ORG
      staff NN I-NP O
      """;

  /** The same content in IOB2, without -DOCSTART- lines. */
  static final String IOB2 =
      """
      Angela NNP B-NP B-PER
      Merkel NNP I-NP I-PER
      visited VBD B-VP O
      Paris NNP B-NP B-LOC
      . . O O

      Talks NNS B-NP O
      in IN B-PP O
      Vienna NNP B-NP B-LOC
      Austria NNP I-NP B-LOC
      ended VBD B-VP O

      United NNP B-NP B-ORG
      Nations NNP I-NP I-ORG
      staff NN B-NP O
      """;

  static ConllCorpus parse(String text, Optional<TagScheme> scheme) throws IOException {
    return ConllReader.parse("test.conll", new BufferedReader(new StringReader(text)), scheme);
  }

  @Test
  void readsIob1WithDocumentsAndAdjacentEntities() throws IOException {
    ConllCorpus corpus = parse(IOB1, Optional.empty());

    assertThat(corpus.scheme()).isEqualTo(TagScheme.IOB1);
    assertThat(corpus.pseudoDocuments()).isFalse();
    assertThat(corpus.documents()).hasSize(2);
    ConllDocument first = corpus.documents().get(0);
    assertThat(first.sentences()).hasSize(2);
    assertThat(first.sentences().get(0).line()).isEqualTo(3);
    assertThat(first.tokenCount()).isEqualTo(10);
    assertThat(first.entities())
        .containsExactly(
            new LabeledSpan(0, 0, 2, "PER"),
            new LabeledSpan(0, 3, 4, "LOC"),
            new LabeledSpan(0, 7, 8, "LOC"),
            new LabeledSpan(0, 8, 9, "LOC"));
    assertThat(corpus.documents().get(1).entities())
        .containsExactly(new LabeledSpan(1, 0, 2, "ORG"));
    assertThat(corpus.entityCount()).isEqualTo(5);
  }

  @Test
  void readsIob2WithTheSameEntities() throws IOException {
    ConllCorpus iob2 = parse(IOB2, Optional.empty());

    assertThat(iob2.scheme()).isEqualTo(TagScheme.IOB2);
    assertThat(iob2.pseudoDocuments()).isTrue();
    // no -DOCSTART-: one pseudo-document (fewer than 15 sentences), tokens numbered across it
    assertThat(iob2.documents()).hasSize(1);
    assertThat(iob2.documents().get(0).entities())
        .containsExactly(
            new LabeledSpan(0, 0, 2, "PER"),
            new LabeledSpan(0, 3, 4, "LOC"),
            new LabeledSpan(0, 7, 8, "LOC"),
            new LabeledSpan(0, 8, 9, "LOC"),
            new LabeledSpan(0, 10, 12, "ORG"));
  }

  @Test
  void docstartAtTheEndOnlyEndsTheLastDocument() throws IOException {
    String moved = IOB1.replaceFirst("-DOCSTART- -X- -X- O\n", "") + "\n-DOCSTART- -X- -X- O";

    ConllCorpus corpus = parse(moved, Optional.empty());

    assertThat(corpus.documents()).hasSize(2);
    assertThat(corpus.pseudoDocuments()).isFalse();
  }

  @Test
  void withoutDocstartCutsPseudoDocumentsOfFifteenSentences() throws IOException {
    String sentence = "Paris NNP B-NP B-LOC\nsleeps VBZ B-VP O\n\n";

    ConllCorpus corpus = parse(sentence.repeat(31), Optional.empty());

    assertThat(corpus.documents()).extracting(d -> d.sentences().size()).containsExactly(15, 15, 1);
    assertThat(corpus.documents().get(1).entities())
        .first()
        .isEqualTo(new LabeledSpan(1, 0, 1, "LOC"));
  }

  @Test
  void rebuildsTheTextOneSentencePerLine() throws IOException {
    TokenText text = parse(IOB1, Optional.empty()).documents().get(0).text();

    assertThat(text.text())
        .isEqualTo("Angela Merkel visited Paris .\nTalks in Vienna Austria ended");
    assertThat(text.token(7).of(text.text())).isEqualTo("Vienna");
  }

  @Test
  void aDeclaredSchemeIsEnforcedWithTheLine() {
    assertThatThrownBy(() -> parse(IOB1, Optional.of(TagScheme.IOB2)))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("I-PER starts an entity")
        .satisfies(e -> assertThat(((GoldFormatException) e).line()).isEqualTo(3));
    assertThatThrownBy(() -> parse(IOB2, Optional.of(TagScheme.IOB1)))
        .isInstanceOf(GoldFormatException.class)
        .satisfies(
            e ->
                assertThat(((GoldFormatException) e).describe())
                    .startsWith("test.conll:1: B-PER does not follow a PER token"));
  }

  @Test
  void mixedSchemesAreRejectedNamingBothLines() {
    String mixed = "Paris NNP I-LOC\n\nRome NNP B-LOC\n";

    assertThatThrownBy(() -> parse(mixed, Optional.empty()))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("line 1 starts an entity with I-LOC")
        .hasMessageContaining("line 3 starts one with B-LOC");
  }

  @Test
  void badTagsAndColumnsSayWhere() {
    assertThatThrownBy(() -> parse("Paris NNP X-LOC\n", Optional.empty()))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("tag 'X-LOC' is not O, B-TYPE or I-TYPE")
        .satisfies(e -> assertThat(((GoldFormatException) e).line()).isEqualTo(1));
    assertThatThrownBy(() -> parse("Paris NNP I-NP I-LOC\nis O\n", Optional.empty()))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("expected 4 columns")
        .satisfies(e -> assertThat(((GoldFormatException) e).line()).isEqualTo(2));
  }

  @Test
  void anEntityEndsAtTheSentenceEnd() throws IOException {
    ConllCorpus corpus =
        parse("New I-LOC\nYork I-LOC\n\nCity I-LOC\nHall I-LOC\n", Optional.empty());

    assertThat(corpus.documents().get(0).entities())
        .isEqualTo(List.of(new LabeledSpan(0, 0, 2, "LOC"), new LabeledSpan(0, 2, 4, "LOC")));
  }
}
