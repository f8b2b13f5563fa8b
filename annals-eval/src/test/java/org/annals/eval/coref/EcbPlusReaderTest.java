package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.eval.GoldFormatException;
import org.annals.model.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusReaderTest {
  @TempDir Path tmp;

  static EcbDocument read(String xml) {
    return EcbPlusReader.parse("test.xml", "1_1ecb.xml", xml, Optional.empty());
  }

  static EventMention mention(EcbDocument d, String markableId) {
    return d.mentions().stream()
        .filter(m -> m.markableId().equals(markableId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void rebuildsTheTextOneSentencePerLineWithTokenOffsets() {
    EcbDocument d = EcbFixtures.parse("1_1ecb.xml", Optional.empty());
    assertThat(d.name()).isEqualTo("1_1ecb");
    assertThat(d.topic()).isEqualTo("1");
    assertThat(d.subtopic()).isEqualTo("1ecb");
    assertThat(d.text())
        .isEqualTo(
            "Dana Vale checked into rehab on Friday .\n"
                + "Her rep said she entered the clinic .\n"
                + "She did not comment , the rep said .");
    assertThat(d.tokens()).hasSize(25);
    for (EcbToken t : d.tokens()) {
      assertThat(t.span().of(d.text())).isEqualTo(t.text());
    }
    // "Her" starts the second line: 40 characters, then the line break
    EcbToken her = d.tokens().get(8);
    assertThat(her.id()).isEqualTo(9);
    assertThat(her.sentence()).isEqualTo(1);
    assertThat(her.span()).isEqualTo(new CharSpan(41, 44));
  }

  @Test
  void aWhiteSpaceTokenIsEmptyAndAddsNoSpace() {
    EcbDocument d = EcbFixtures.parse("2_3ecb.xml", Optional.empty());
    assertThat(d.text()).isEqualTo("An earthquake struck Chile .\nThe quake killed two .");
    EcbToken blank = d.tokens().get(4);
    assertThat(blank.text()).isEmpty();
    assertThat(blank.span()).isEqualTo(new CharSpan(26, 26));
    assertThat(d.tokens().get(5).span().of(d.text())).isEqualTo(".");
  }

  @Test
  void eventMentionsWithTagsSpansHeadsAndGoldClusters() {
    EcbDocument d = EcbFixtures.parse("1_1ecb.xml", Optional.empty());
    // m5 (HUMAN_PART_PER) is an entity: left out
    assertThat(d.mentions())
        .extracting(EventMention::markableId)
        .containsExactly("1", "2", "3", "4", "6");

    EventMention checked = mention(d, "1");
    assertThat(checked.id()).isEqualTo("1_1ecb/1");
    assertThat(checked.tag()).isEqualTo("ACTION_OCCURRENCE");
    assertThat(checked.tokenIds()).containsExactly(3, 4);
    assertThat(checked.span().of(d.text())).isEqualTo("checked into");
    assertThat(checked.text()).isEqualTo("checked into");
    assertThat(checked.headText()).isEqualTo("checked");
    assertThat(checked.headTokenId()).isEqualTo(3);
    assertThat(checked.headSpan().of(d.text())).isEqualTo("checked");
    assertThat(checked.sentence()).isZero();
    // cross-document: the instance id of the target
    assertThat(checked.cluster()).isEqualTo("ACT1");
    assertThat(checked.chain()).isEqualTo(ChainKind.CROSS_DOCUMENT);
    assertThat(mention(d, "3").cluster()).isEqualTo("ACT1");

    // within the document: a cluster scoped by the document
    assertThat(mention(d, "2").cluster()).isEqualTo("1_1ecb/chain-12");
    assertThat(mention(d, "6").cluster()).isEqualTo("1_1ecb/chain-12");
    assertThat(mention(d, "6").chain()).isEqualTo(ChainKind.WITHIN_DOCUMENT);

    // in no chain: its own cluster
    EventMention neg = mention(d, "4");
    assertThat(neg.tag()).isEqualTo("NEG_ACTION_REPORTING");
    assertThat(neg.text()).isEqualTo("did not comment");
    assertThat(neg.headText()).isEqualTo("comment");
    assertThat(neg.cluster()).isEqualTo("1_1ecb/4");
    assertThat(neg.chain()).isEqualTo(ChainKind.SINGLETON);
    assertThat(neg.ref()).isEqualTo(new MentionRef("1_1ecb", neg.span()));
  }

  @Test
  void withoutASentenceListEveryMentionIsSelected() {
    EcbDocument d = EcbFixtures.parse("1_1ecb.xml", Optional.empty());
    assertThat(d.mentions()).allMatch(EventMention::selected);
    assertThat(d.selectedSentences()).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void theSentenceListSelectsMentions() {
    EcbDocument d = EcbFixtures.parse("1_1ecb.xml", Optional.of(Set.of(0, 2)));
    assertThat(d.selectedMentions())
        .extracting(EventMention::markableId)
        .containsExactly("1", "4", "6");
    assertThat(d.sentenceAt(0)).isZero();
    assertThat(d.sentenceAt(41)).isEqualTo(1);
    assertThat(d.sentenceAt(d.text().length())).isEqualTo(-1);
    assertThat(d.inSelectedSentence(new CharSpan(49, 53))).isFalse();
    assertThat(d.inSelectedSentence(new CharSpan(10, 17))).isTrue();
  }

  @Test
  void parsesTheSentenceList() {
    Map<String, Set<Integer>> list =
        EcbPlusReader.parseSentenceList("list.csv", "\uFEFF" + EcbFixtures.SENTENCE_LIST);
    assertThat(list).containsOnlyKeys("1_1ecb", "1_1ecbplus", "2_3ecb");
    assertThat(list.get("1_1ecb")).containsExactly(0, 2);
  }

  @Test
  void readsAReleaseDirectoryInTopicAndDocumentOrder() throws IOException {
    Path release = EcbFixtures.writeRelease(tmp);
    // a document the list does not name, numbered so that it sorts between the others
    Files.writeString(
        release.resolve("ECB+/1/1_10ecb.xml"),
        EcbFixtures.DOC_1_1ECB.replace("1_1ecb.xml", "1_10ecb.xml"),
        StandardCharsets.UTF_8);
    Files.writeString(
        release.resolve("ECB+/1/notes.txt"), "not a document", StandardCharsets.UTF_8);
    EcbCorpus c = EcbPlusReader.readRelease(release, true, t -> true);
    assertThat(c.documents())
        .extracting(EcbDocument::name)
        .containsExactly("1_1ecb", "1_1ecbplus", "1_10ecb", "2_3ecb");
    assertThat(c.topics()).containsExactly("1", "2");
    assertThat(c.subtopics()).containsExactly("1ecb", "1ecbplus", "2ecb");
    assertThat(c.sentenceList()).contains(EcbPlusReader.SENTENCE_LIST);
    assertThat(c.unlistedDocuments()).containsExactly("1_10ecb");
    assertThat(c.documents().get(2).selectedMentions()).isEmpty();
    // 1_1ecb: 3 of 5; 1_1ecbplus: all 3; 2_3ecb: all 4
    assertThat(c.mentions(true)).hasSize(10);
    assertThat(c.mentions(false)).hasSize(17);
    assertThat(c.topicOfDocument()).containsEntry("2_3ecb", "2");
    assertThat(c.subtopicOfDocument()).containsEntry("1_1ecbplus", "1ecbplus");

    EcbCorpus topic2 = EcbPlusReader.readRelease(release, false, t -> t.equals("2"));
    assertThat(topic2.documents()).extracting(EcbDocument::name).containsExactly("2_3ecb");
    assertThat(topic2.sentenceList()).isEmpty();
    assertThat(topic2.mentions(true)).hasSize(4);
  }

  // --- malformed input ---------------------------------------------------------------------

  @Test
  void notWellFormedXmlNamesTheFileAndLine() {
    assertThatThrownBy(() -> read("<Document>\n<token t_id=\"1\" sentence=\"0\">a</tok>"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("not well-formed XML")
        .satisfies(
            e -> {
              GoldFormatException g = (GoldFormatException) e;
              assertThat(g.source()).isEqualTo("test.xml");
              assertThat(g.line()).isEqualTo(2);
            });
  }

  @Test
  void rejectsAFileNameThatIsNotAnEcbDocument() {
    assertThatThrownBy(
            () ->
                EcbPlusReader.parse(
                    "dir/notes.xml", "notes.xml", EcbFixtures.DOC_2_3ECB, Optional.empty()))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("<topic>_<n>ecb.xml");
  }

  @Test
  void rejectsAnotherRootElement() {
    assertThatThrownBy(() -> read("<html><body/></html>"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("not <Document>");
  }

  @Test
  void rejectsATokenWithoutANumericSentence() {
    assertThatThrownBy(
            () -> read("<Document>\n<token t_id=\"1\" sentence=\"x\">a</token></Document>"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("token 1: sentence=\"x\" is not a number");
  }

  @Test
  void rejectsATokenIdUsedTwice() {
    String xml = EcbFixtures.DOC_2_3ECB.replace("t_id=\"4\" sentence", "t_id=\"3\" sentence");
    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("a second token with t_id 3")
        .satisfies(e -> assertThat(((GoldFormatException) e).line()).isEqualTo(5));
  }

  @Test
  void rejectsAnAnchorToAMissingToken() {
    String xml =
        EcbFixtures.DOC_2_3ECB.replace("<token_anchor t_id=\"9\"/>", "<token_anchor t_id=\"99\"/>");
    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("m_id 4 (ACTION_OCCURRENCE) anchors to t_id 99");
  }

  @Test
  void rejectsACrossDocumentTargetWithoutInstanceId() {
    String xml = EcbFixtures.DOC_2_3ECB.replace(" instance_id=\"EQ1\"", "");
    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("CROSS_DOC_COREF r_id 1 targets m_id 30, which has no instance_id");
  }

  @Test
  void rejectsAMentionInTwoChains() {
    String xml =
        EcbFixtures.DOC_1_1ECB.replace(
            "<source m_id=\"6\" />", "<source m_id=\"6\" />\n  <source m_id=\"1\" />");
    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining(
            "m_id 1 is a source of both CROSS_DOC_COREF r_id 1 and INTRA_DOC_COREF r_id 3");
  }

  @Test
  void rejectsADanglingSourceOrTarget() {
    assertThatThrownBy(
            () ->
                read(
                    EcbFixtures.DOC_2_3ECB.replace(
                        "<source m_id=\"3\" />", "<source m_id=\"7\" />")))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("has source m_id 7, which is not a markable");
    assertThatThrownBy(
            () ->
                read(
                    EcbFixtures.DOC_2_3ECB.replace(
                        "<target m_id=\"30\" />", "<target m_id=\"31\" />")))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("targets m_id 31, which is not a markable");
  }

  @Test
  void rejectsAnEventMentionAcrossSentences() {
    String xml =
        EcbFixtures.DOC_2_3ECB.replace(
            "<token_anchor t_id=\"3\"/>", "<token_anchor t_id=\"3\"/><token_anchor t_id=\"8\"/>");
    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("event mention m_id 2 spans sentences 0 and 1");
  }

  @Test
  void rejectsTwoEventMentionsOnTheSameTokens() {
    String xml =
        EcbFixtures.DOC_2_3ECB.replace("<token_anchor t_id=\"9\"/>", "<token_anchor t_id=\"8\"/>");
    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("event mentions m_id 3 and 4 are anchored to the same tokens");
  }

  @Test
  void rejectsABadSentenceList() {
    assertThatThrownBy(() -> EcbPlusReader.parseSentenceList("list.csv", "Topic,Doc\n"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("expected the header");
    assertThatThrownBy(
            () ->
                EcbPlusReader.parseSentenceList(
                    "list.csv", "Topic,File,Sentence Number\n1,1ecb,x\n"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("not a number")
        .satisfies(
            e -> assertThat(((GoldFormatException) e).describe()).startsWith("list.csv:2: "));
    assertThatThrownBy(
            () ->
                EcbPlusReader.parseSentenceList("list.csv", "Topic,File,Sentence Number\n1,1ecb\n"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("expected 3 comma-separated cells");
  }

  @Test
  void aMissingSentenceListIsAnIoError() throws IOException {
    Path release = EcbFixtures.writeRelease(tmp);
    Files.delete(release.resolve(EcbPlusReader.SENTENCE_LIST));
    assertThatThrownBy(() -> EcbPlusReader.readRelease(release, true, t -> true))
        .isInstanceOf(IOException.class);
    assertThat(EcbPlusReader.readRelease(release, false, t -> true).documents()).hasSize(3);
    assertThat(List.of(EcbPlusReader.corpusDirectory(release).getFileName().toString()))
        .containsExactly("ECB+");
  }
}
