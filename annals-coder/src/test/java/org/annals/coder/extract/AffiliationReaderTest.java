package org.annals.coder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.coder.dict.ActorDictionary;
import org.annals.model.CharSpan;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/**
 * What the words around an unknown name say about it, on sentences we wrote with hand-made tags and
 * parses standing in for CoreNLP's (shaped like its output), read with the shipped dictionary.
 */
class AffiliationReaderTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.standard();
  private static final LocalDate DATE = LocalDate.of(2022, 2, 10);

  /** A whitespace-tokenized sentence with its POS tags, NER tags and "head/relation" per token. */
  private record Parsed(String text, SentenceGraph graph, List<Mention> mentions) {
    Affiliation of(int token) {
      ActorResolver resolver = new ActorResolver(DICTIONARY, DATE);
      ProperName name = ProperName.at(graph.sentence.tokens(), graph, token).orElseThrow();
      return new AffiliationReader(DICTIONARY, resolver).read(graph, mentions, name, text);
    }
  }

  private static Parsed parse(String words, String tags, String ner, String heads) {
    String[] w = words.split(" ");
    String[] t = tags.split(" ");
    String[] n = ner.split(" ");
    String[] h = heads.split(" ");
    assertThat(t).hasSameSizeAs(w);
    assertThat(n).hasSameSizeAs(w);
    assertThat(h).hasSameSizeAs(w);
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < w.length; i++) {
      String tag = n[i].equals("P") ? "PERSON" : n[i].equals("G") ? "ORGANIZATION" : "O";
      tokens.add(
          new Token(
              i,
              new CharSpan(at, at + w[i].length()),
              w[i],
              w[i].toLowerCase(java.util.Locale.ROOT),
              t[i],
              tag));
      at += w[i].length() + 1;
      int slash = h[i].indexOf('/');
      deps.add(
          new Dependency(h[i].substring(slash + 1), Integer.parseInt(h[i].substring(0, slash)), i));
    }
    String text = String.join(" ", w);
    Sentence s = new Sentence(0, new CharSpan(0, text.length()), tokens, deps, true);
    return new Parsed(text, new SentenceGraph(s), new ActorMatcher(DICTIONARY).find(tokens));
  }

  @Test
  void aTitleWithACountryAdjectiveBeforeTheName() {
    Parsed p =
        parse(
            "Colombian Defense Minister Tomas Arbelaez accused Venezuela",
            "JJ NNP NNP NNP NNP VBD NNP",
            "O O O P P O O",
            "2/amod 2/compound 4/compound 4/compound 5/nsubj -1/root 5/obj");
    Affiliation a = p.of(4);
    assertThat(a.country()).contains("COL");
    assertThat(a.sector()).contains("GOV");
    assertThat(a.likelyCode()).contains("COLGOV");
    assertThat(a.cue()).contains("Colombian Defense Minister");
  }

  @Test
  void formerMakesACountrysOfficialAnElite() {
    Parsed p =
        parse(
            "former Colombian defense minister Tomas Arbelaez criticized Venezuela",
            "JJ JJ NN NN NNP NNP VBD NNP",
            "O O O O P P O O",
            "3/amod 3/amod 3/compound 5/compound 5/compound 6/nsubj -1/root 6/obj");
    assertThat(p.of(5).likelyCode()).contains("COLELI");
  }

  @Test
  void aSpokesmanSpeaksForWhatHeIsASpokesmanFor() {
    Parsed p =
        parse(
            "Petro met Juan Perez , a spokesman for the Venezuelan army .",
            "NNP VBD NNP NNP , DT NN IN DT JJ NN .",
            "P O P P O O O O O O O O",
            "1/nsubj -1/root 3/compound 1/obj 3/punct 6/det 3/appos 10/case 10/det 10/amod"
                + " 6/nmod:for 1/punct");
    Affiliation a = p.of(3);
    assertThat(a.likelyCode()).contains("VENMIL");
    assertThat(a.cue()).contains("a spokesman for the Venezuelan army");
  }

  @Test
  void theHeadOfAnUnknownOrganisationIsNotAGovernmentLeader() {
    Parsed p =
        parse(
            "Fedecamaras president Juan Perez criticized Colombia",
            "NNP NN NNP NNP VBD NNP",
            "G O P P O O",
            "1/compound 3/compound 3/compound 4/nsubj -1/root 4/obj");
    assertThat(p.of(3).sector()).isEmpty();
  }

  @Test
  void anOrganisationsNameGivesCountryAndHeadWord() {
    Parsed p =
        parse(
            "the Venezuelan Chamber of Commerce criticized Colombia",
            "DT JJ NNP IN NNP VBD NNP",
            "O G G G G O O",
            "2/det 2/amod 5/nsubj 4/case 2/nmod:of -1/root 5/obj");
    Affiliation a = p.of(2);
    assertThat(a.likelyCode()).contains("VENBUS");
    assertThat(a.cue()).contains("Venezuelan Chamber of Commerce");
  }

  @Test
  void theLongestSectorWordsInANameWin() {
    Parsed p =
        parse(
            "the Popular Liberation Army attacked Colombia",
            "DT NNP NNP NNP VBD NNP",
            "O G G G O O",
            "3/det 3/compound 3/compound 4/nsubj -1/root 4/obj");
    Affiliation a = p.of(3);
    assertThat(a.sector()).contains("REB");
    assertThat(a.country()).isEmpty();
    assertThat(a.likelyCode()).as("rebels code without a country").contains("REB");
  }

  @Test
  void aNameWithNothingAroundItHasNoAffiliation() {
    Parsed p =
        parse(
            "Acme Holdings sued Juan Perez",
            "NNP NNP VBD NNP NNP",
            "G G O P P",
            "1/compound 2/nsubj -1/root 4/compound 2/obj");
    assertThat(p.of(4)).isEqualTo(Affiliation.NONE);
    assertThat(p.of(1).sector()).contains("BUS");
    assertThat(ProperName.at(p.graph().sentence.tokens(), p.graph(), 2))
        .isEqualTo(Optional.empty());
  }
}
