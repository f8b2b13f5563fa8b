package org.annals.eval.coref;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Three tiny made-up documents in the ECB+ format (not ECB+ data): two halves of topic 1 (Dana Vale
 * checks into rehab; Marissa Stone does, and the ecbplus half also mentions Vale's check-in) and
 * topic 2 (an earthquake).
 */
final class EcbFixtures {
  private EcbFixtures() {}

  /**
   * Sentence 0: "Dana Vale checked into rehab on Friday ."; 1: "Her rep said she entered the clinic
   * ."; 2: "She did not comment , the rep said ." Events: checked into (m1) and entered (m3)
   * corefer across documents (ACT1); said (m2) and said (m6) within the document; did not comment
   * (m4) is a singleton. m5 (Dana Vale) is an entity.
   */
  static final String DOC_1_1ECB =
      """
      <Document doc_name="1_1ecb.xml" doc_id="DOC1">
      <token t_id="1" sentence="0" number="0">Dana</token>
      <token t_id="2" sentence="0" number="1">Vale</token>
      <token t_id="3" sentence="0" number="2">checked</token>
      <token t_id="4" sentence="0" number="3">into</token>
      <token t_id="5" sentence="0" number="4">rehab</token>
      <token t_id="6" sentence="0" number="5">on</token>
      <token t_id="7" sentence="0" number="6">Friday</token>
      <token t_id="8" sentence="0" number="7">.</token>
      <token t_id="9" sentence="1" number="0">Her</token>
      <token t_id="10" sentence="1" number="1">rep</token>
      <token t_id="11" sentence="1" number="2">said</token>
      <token t_id="12" sentence="1" number="3">she</token>
      <token t_id="13" sentence="1" number="4">entered</token>
      <token t_id="14" sentence="1" number="5">the</token>
      <token t_id="15" sentence="1" number="6">clinic</token>
      <token t_id="16" sentence="1" number="7">.</token>
      <token t_id="17" sentence="2" number="0">She</token>
      <token t_id="18" sentence="2" number="1">did</token>
      <token t_id="19" sentence="2" number="2">not</token>
      <token t_id="20" sentence="2" number="3">comment</token>
      <token t_id="21" sentence="2" number="4">,</token>
      <token t_id="22" sentence="2" number="5">the</token>
      <token t_id="23" sentence="2" number="6">rep</token>
      <token t_id="24" sentence="2" number="7">said</token>
      <token t_id="25" sentence="2" number="8">.</token>
      <Markables>
      <ACTION_OCCURRENCE m_id="1"  >
        <token_anchor t_id="3"/>
        <token_anchor t_id="4"/>
      </ACTION_OCCURRENCE>
      <ACTION_REPORTING m_id="2"  >
        <token_anchor t_id="11"/>
      </ACTION_REPORTING>
      <ACTION_OCCURRENCE m_id="3"  >
        <token_anchor t_id="13"/>
      </ACTION_OCCURRENCE>
      <NEG_ACTION_REPORTING m_id="4"  >
        <token_anchor t_id="18"/>
        <token_anchor t_id="19"/>
        <token_anchor t_id="20"/>
      </NEG_ACTION_REPORTING>
      <HUMAN_PART_PER m_id="5"  >
        <token_anchor t_id="1"/>
        <token_anchor t_id="2"/>
      </HUMAN_PART_PER>
      <ACTION_REPORTING m_id="6"  >
        <token_anchor t_id="24"/>
      </ACTION_REPORTING>
      <ACTION_OCCURRENCE m_id="10" RELATED_TO="" TAG_DESCRIPTOR="t1_check_in" instance_id="ACT1" />
      <HUMAN_PART_PER m_id="11" RELATED_TO="" TAG_DESCRIPTOR="t1_vale" instance_id="HUM1" />
      <UNKNOWN_INSTANCE_TAG m_id="12" RELATED_TO="" TAG_DESCRIPTOR="rep_statement" />
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="1" note="ACT1" >
        <source m_id="1" />
        <source m_id="3" />
        <target m_id="10" />
      </CROSS_DOC_COREF>
      <CROSS_DOC_COREF r_id="2" note="HUM1" >
        <source m_id="5" />
        <target m_id="11" />
      </CROSS_DOC_COREF>
      <INTRA_DOC_COREF r_id="3" >
        <source m_id="2" />
        <source m_id="6" />
        <target m_id="12" />
      </INTRA_DOC_COREF>
      </Relations>
      </Document>
      """;

  /**
   * Sentence 0: the URL; 1: "Marissa Stone checked into rehab ."; 2: "Dana Vale entered rehab in
   * 2008 , the paper said ." Events: checked into (m1, ACT2), entered (m2, ACT1 as in 1_1ecb), said
   * (m3, a singleton).
   */
  static final String DOC_1_1ECBPLUS =
      """
      <Document doc_name="1_1ecbplus.xml" doc_id="DOC2">
      <token t_id="1" sentence="0" number="0">http://example.org/stone</token>
      <token t_id="2" sentence="1" number="0">Marissa</token>
      <token t_id="3" sentence="1" number="1">Stone</token>
      <token t_id="4" sentence="1" number="2">checked</token>
      <token t_id="5" sentence="1" number="3">into</token>
      <token t_id="6" sentence="1" number="4">rehab</token>
      <token t_id="7" sentence="1" number="5">.</token>
      <token t_id="8" sentence="2" number="0">Dana</token>
      <token t_id="9" sentence="2" number="1">Vale</token>
      <token t_id="10" sentence="2" number="2">entered</token>
      <token t_id="11" sentence="2" number="3">rehab</token>
      <token t_id="12" sentence="2" number="4">in</token>
      <token t_id="13" sentence="2" number="5">2008</token>
      <token t_id="14" sentence="2" number="6">,</token>
      <token t_id="15" sentence="2" number="7">the</token>
      <token t_id="16" sentence="2" number="8">paper</token>
      <token t_id="17" sentence="2" number="9">said</token>
      <token t_id="18" sentence="2" number="10">.</token>
      <Markables>
      <ACTION_OCCURRENCE m_id="1"  >
        <token_anchor t_id="4"/>
        <token_anchor t_id="5"/>
      </ACTION_OCCURRENCE>
      <ACTION_OCCURRENCE m_id="2"  >
        <token_anchor t_id="10"/>
      </ACTION_OCCURRENCE>
      <ACTION_REPORTING m_id="3"  >
        <token_anchor t_id="17"/>
      </ACTION_REPORTING>
      <ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t1b_stone_check_in" instance_id="ACT2" />
      <ACTION_OCCURRENCE m_id="21" RELATED_TO="" TAG_DESCRIPTOR="t1_check_in" instance_id="ACT1" />
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="1" note="ACT2" >
        <source m_id="1" />
        <target m_id="20" />
      </CROSS_DOC_COREF>
      <CROSS_DOC_COREF r_id="2" note="ACT1" >
        <source m_id="2" />
        <target m_id="21" />
      </CROSS_DOC_COREF>
      </Relations>
      </Document>
      """;

  /**
   * Sentence 0: "An earthquake struck Chile ." with a white-space token (t_id 5) before the full
   * stop; 1: "The quake killed two ." Events: earthquake (m1) and quake (m3) corefer (EQ1); struck
   * (m2) and killed (m4) are singletons.
   */
  static final String DOC_2_3ECB =
      """
      <Document doc_name="2_3ecb.xml" doc_id="DOC3">
      <token t_id="1" sentence="0" number="0">An</token>
      <token t_id="2" sentence="0" number="1">earthquake</token>
      <token t_id="3" sentence="0" number="2">struck</token>
      <token t_id="4" sentence="0" number="3">Chile</token>
      <token t_id="5" sentence="0" number="4">\t</token>
      <token t_id="6" sentence="0" number="5">.</token>
      <token t_id="7" sentence="1" number="0">The</token>
      <token t_id="8" sentence="1" number="1">quake</token>
      <token t_id="9" sentence="1" number="2">killed</token>
      <token t_id="10" sentence="1" number="3">two</token>
      <token t_id="11" sentence="1" number="4">.</token>
      <Markables>
      <ACTION_OCCURRENCE m_id="1"  >
        <token_anchor t_id="2"/>
      </ACTION_OCCURRENCE>
      <ACTION_OCCURRENCE m_id="2"  >
        <token_anchor t_id="3"/>
      </ACTION_OCCURRENCE>
      <ACTION_OCCURRENCE m_id="3"  >
        <token_anchor t_id="8"/>
      </ACTION_OCCURRENCE>
      <ACTION_OCCURRENCE m_id="4"  >
        <token_anchor t_id="9"/>
      </ACTION_OCCURRENCE>
      <ACTION_OCCURRENCE m_id="30" RELATED_TO="" TAG_DESCRIPTOR="t2_quake" instance_id="EQ1" />
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="1" note="EQ1" >
        <source m_id="1" />
        <source m_id="3" />
        <target m_id="30" />
      </CROSS_DOC_COREF>
      </Relations>
      </Document>
      """;

  /** Selects sentences 0 and 2 of 1_1ecb, 1 and 2 of 1_1ecbplus, 0 and 1 of 2_3ecb. */
  static final String SENTENCE_LIST =
      """
      Topic,File,Sentence Number
      1,1ecb,0
      1,1ecb,2
      1,1ecbplus,1
      1,1ecbplus,2
      2,3ecb,0
      2,3ecb,1
      """;

  static final Map<String, String> FILES =
      Map.of("1_1ecb.xml", DOC_1_1ECB, "1_1ecbplus.xml", DOC_1_1ECBPLUS, "2_3ecb.xml", DOC_2_3ECB);

  static EcbDocument parse(String fileName, Optional<Set<Integer>> selected) {
    return EcbPlusReader.parse(fileName, fileName, FILES.get(fileName), selected);
  }

  /** The three documents with the sentence list's selection, as read from a directory. */
  static EcbCorpus corpus() {
    Map<String, Set<Integer>> list = EcbPlusReader.parseSentenceList("list.csv", SENTENCE_LIST);
    List<EcbDocument> documents =
        List.of("1_1ecb.xml", "1_1ecbplus.xml", "2_3ecb.xml").stream()
            .map(f -> parse(f, Optional.of(list.get(f.replace(".xml", "")))))
            .toList();
    return new EcbCorpus("fixtures", documents, Optional.of("list.csv"), List.of());
  }

  /**
   * Writes the release layout: dir/ECB+/1/..., dir/ECB+/2/...,
   * dir/ECBplus_coreference_sentences.csv.
   */
  static Path writeRelease(Path dir) throws IOException {
    for (Map.Entry<String, String> f : FILES.entrySet()) {
      Path topic = dir.resolve(EcbPlusReader.CORPUS_DIRECTORY).resolve(f.getKey().split("_")[0]);
      Files.createDirectories(topic);
      Files.writeString(topic.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    Files.writeString(
        dir.resolve(EcbPlusReader.SENTENCE_LIST), SENTENCE_LIST, StandardCharsets.UTF_8);
    return dir;
  }
}
