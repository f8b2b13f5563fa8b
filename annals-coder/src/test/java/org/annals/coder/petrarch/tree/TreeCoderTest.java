package org.annals.coder.petrarch.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tree coder on small Penn trees with small PETRARCH-format dictionaries written here. */
class TreeCoderTest {
  static final String VERBS =
      """
      <!-- test verbs -->
      &TIES
      +DIPLOMATIC TIES
      +RELATIONS

      --- RESTORE  [---] ---
      RESTORE
      - * &TIES  [064]

      --- ATTACK  [190] ---
      ATTACK

      --- OPPOSE  [112] ---
      OPPOSE

      --- MEET  [031:032] ---
      MEET {MET MEETS MEETING}
      """;

  static final String ACTORS =
      """
      ARNOR_  [ARN]
      GONDOR  [GON]
      +MINAS_TIRITH
      GOLLUM
      +SMEAGOL
      \t[HOB <950601]
      \t[HOBREB >950601]
      """;

  static final String AGENTS =
      """
      POLICE {} [~COP]
      MINISTER [~GOV]
      """;

  static final String DISCARDS =
      """
      +BASEBALL
      """;

  static final LocalDate DAY = LocalDate.of(1995, 1, 1);

  static final TreeCoder.Options NO_DYAD = TreeCoder.Options.of(Map.of("require_dyad", "false"));

  private static List<TreeCoder.Event> code(String parse, LocalDate date) {
    TreeDictionaries d = TreeDictionaries.ofText(VERBS, ACTORS, AGENTS, DISCARDS);
    return new TreeCoder(d).code(parse, date);
  }

  @Test
  void readsAPennTree() {
    ParseNode root =
        ParseNode.parse("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");
    assertThat(root.label()).isEqualTo("ROOT");
    assertThat(root.words()).containsExactly("ARNOR", "ATTACKED", "GONDOR", ".");
    ParseNode s = root.children().get(0);
    assertThat(s.children()).extracting(ParseNode::label).containsExactly("NP", "VP", ".");
    ParseNode vp = s.children().get(1);
    assertThat(vp.first()).isEqualTo(1);
    assertThat(vp.end()).isEqualTo(3);
    assertThatThrownBy(() -> ParseNode.parse("(S (NP (NNP Arnor))"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesAVerbWithItsObject() {
    assertThat(code("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))", DAY))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "190"));
  }

  @Test
  void aPatternWithASynsetGivesTheCodeAndThePrepositionalTarget() {
    String parse =
        "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB restore)"
            + " (NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Minas) (NNP Tirith))))))))"
            + " (. .)))";
    assertThat(code(parse, DAY)).containsExactly(new TreeCoder.Event("ARN", "GON", "064"));
  }

  @Test
  void aVerbWithoutCodeAndWithoutPatternCodesNothing() {
    String parse =
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN trade)) (PP (IN with) (NP (NNP"
            + " Gondor)))) (. .)))";
    assertThat(code(parse, DAY)).isEmpty();
  }

  @Test
  void theRecordDateChoosesTheActorCode() {
    String parse = "(ROOT (S (NP (NNP Smeagol)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))";
    assertThat(code(parse, LocalDate.of(1995, 1, 1)))
        .containsExactly(new TreeCoder.Event("HOB", "GON", "190"));
    assertThat(code(parse, LocalDate.of(1996, 1, 1)))
        .containsExactly(new TreeCoder.Event("HOBREB", "GON", "190"));
  }

  @Test
  void anAgentComposesWithTheCountry() {
    String parse =
        "(ROOT (S (NP (NNP Arnor) (NN police)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))";
    assertThat(code(parse, DAY)).containsExactly(new TreeCoder.Event("ARNCOP", "GON", "190"));
    String minister =
        "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN minister)) (VP (VBD attacked) (NP (NNP"
            + " Arnor))) (. .)))";
    assertThat(code(minister, DAY)).containsExactly(new TreeCoder.Event("GONGOV", "ARN", "190"));
  }

  @Test
  void aPassiveVerbTakesItsSourceFromTheByPhrase() {
    String parse =
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP"
            + " Gondor))))) (. .)))";
    assertThat(code(parse, DAY)).containsExactly(new TreeCoder.Event("GON", "ARN", "112"));
  }

  @Test
  void aTwoSidedCodeGivesTheReverseEventToo() {
    String parse = "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))";
    assertThat(code(parse, DAY))
        .containsExactly(
            new TreeCoder.Event("ARN", "GON", "031"), new TreeCoder.Event("GON", "ARN", "032"));
  }

  @Test
  void aDiscardPhraseSilencesTheSentence() {
    String parse =
        "(ROOT (S (NP (NNP Arnor) (NN baseball)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))";
    assertThat(code(parse, DAY)).isEmpty();
  }

  @Test
  void aSentenceWithoutActorsHasNoEvent() {
    String parse =
        "(ROOT (S (NP (NNS crowds)) (VP (VBD attacked) (NP (DT the) (NN embassy))) (. .)))";
    assertThat(code(parse, DAY)).isEmpty();
  }

  @Test
  void aNegatedVerbCodesNothing() {
    String parse =
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Gondor))))"
            + " (. .)))";
    assertThat(code(parse, DAY)).isEmpty();
  }

  @Test
  void readsDictionaryStructures() {
    TreeDictionaries d = TreeDictionaries.ofText(VERBS, ACTORS, AGENTS, DISCARDS);
    assertThat(d.verb("MET")).extracting(TreeDictionaries.Verb::block).containsExactly("MEET");
    assertThat(d.verb("ATTACKED")).extracting(TreeDictionaries.Verb::code).containsExactly("190");
    assertThat(d.patterns("RESTORE")).hasSize(1);
    assertThat(d.synset("&TIES")).hasSize(2);
    // "{}" after POLICE: no generated plural
    assertThat(d.agentsStartingWith("POLICES")).isEmpty();
    assertThat(d.agentsStartingWith("MINISTERS")).hasSize(1);
    assertThat(d.discards()).containsExactly(List.of("BASEBALL"));
  }

  @Test
  void withoutRequireDyadAnEventMissingItsTargetIsKeptAgainstDashes() {
    String parse =
        "(ROOT (S (NP (DT the) (NN minister)) (VP (VBD attacked) (PP (IN on) (NP (NNP Saturday))))"
            + " (. .)))";
    TreeCoder coder = new TreeCoder(TreeDictionaries.ofText(VERBS, ACTORS, AGENTS, DISCARDS));
    assertThat(coder.code(parse, DAY)).isEmpty();
    assertThat(coder.code(parse, DAY, NO_DYAD))
        .containsExactly(new TreeCoder.Event("---GOV", "---", "190"));
  }

  @Test
  void allAgentsOfAPhraseComposeWithEachActorAndConjoinedAgentsAreAlternatives() {
    assertThat(TreeCoder.mix(List.of("DNK"), List.of("~MUS", "~MED"))).containsExactly("DNKMUSMED");
    assertThat(TreeCoder.mix(List.of("ARN"), List.of("NGO~", "~GOV"))).containsExactly("NGOARNGOV");
    assertThat(TreeCoder.mix(List.of("DNK"), List.of("~MUS", "~MED", TreeCoder.AND, "~GOV")))
        .containsExactly("DNKMUSMED", "DNKMUSGOV");
    assertThat(TreeCoder.mix(List.of(), List.of("~GOV", "~PPL"))).containsExactly("~GOV");
  }

  @Test
  void aPossessivePronounIsNoActor() {
    // "its" is not resolved to the subject: the event has no target
    String parse =
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (PRP$ its) (NN embassy))) (. .)))";
    TreeCoder coder = new TreeCoder(TreeDictionaries.ofText(VERBS, ACTORS, AGENTS, DISCARDS));
    assertThat(coder.code(parse, DAY, NO_DYAD))
        .containsExactly(new TreeCoder.Event("ARN", "---", "190"));
  }

  @Test
  void aCodedVerbHidesTheClausesItEmbeds() {
    String embedded =
        "(SBAR (IN after) (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor)))))";
    TreeCoder coder = new TreeCoder(TreeDictionaries.ofText(VERBS, ACTORS, AGENTS, DISCARDS));
    // OPPOSE codes: the clause under it is not read
    assertThat(
            coder.code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD opposed) (NP (NNP Gondor)) "
                    + embedded
                    + ") (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "112"));
    // a verb without a code lets the embedded clause through
    assertThat(
            coder.code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (NP (NNP Gondor)) "
                    + embedded
                    + ") (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("GON", "ARN", "190"));
  }

  @Test
  void aPassiveWithoutAnAgentPhraseHasItsSubjectActOnItsObject() {
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN opposed) (PP (IN over) (NP (DT"
                    + " the) (NN dispute))) (PP (IN with) (NP (NNP Gondor))))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "112"));
    // with a by phrase, that phrase is the source and the subject the target
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP"
                    + " Gondor))))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("GON", "ARN", "112"));
  }

  @Test
  void aCaretInAPatternPassesOverOneNounPhrase() {
    String verbs =
        """
        --- CELEBRATE  [181] ---
        CELEBRATE
        - * IFTAR IN ^ +  [045]
        """;
    TreeCoder coder = new TreeCoder(TreeDictionaries.ofText(verbs, ACTORS, AGENTS, DISCARDS));
    assertThat(
            coder.code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD celebrated) (NP (NP (NNP Iftar)) (PP (IN in)"
                    + " (NP (NNP Gondor)))) (PP (IN with) (NP (NNP Gollum)))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "HOB", "045"));
  }

  @Test
  void aNounPhraseNamesOneActorBetweenConjunctions() {
    // "the evil Arnor awful Gondor" is Arnor; "Arnor and Gondor" are both
    assertThat(
            code(
                "(ROOT (S (NP (DT the) (JJ evil) (NNP Arnor) (JJ awful) (NNP Gondor)) (VP (VBD"
                    + " attacked) (NP (NNP Gollum))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "HOB", "190"));
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD attacked) (NP (NNP"
                    + " Gollum))) (. .)))",
                DAY))
        .containsExactly(
            new TreeCoder.Event("ARN", "HOB", "190"), new TreeCoder.Event("GON", "HOB", "190"));
  }

  @Test
  void aParticipleInANounPhraseLendsItsFirstObjectOnly() {
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NP (NNS links)) (VP (VBG"
                    + " leading) (PP (IN into) (NP (NNP Gondor))) (PP (IN near) (NP (NNP"
                    + " Gollum)))))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "190"));
  }

  @Test
  void aPatternWithAComplexEventMarkerCodesNothing() {
    String verbs =
        """
        --- RESTORE  [064] ---
        RESTORE
        - * FULL DIPLOMATIC  [+++]
        - * DIPLOMATIC  [064]
        """;
    assertThat(TreeCoder.eventCode("+++")).isFalse();
    assertThat(TreeCoder.eventCode("174K")).isTrue();
    TreeCoder coder = new TreeCoder(TreeDictionaries.ofText(verbs, ACTORS, AGENTS, DISCARDS));
    assertThat(
            coder.code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ full) (JJ diplomatic) (NNS"
                    + " ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "064"));
  }

  @Test
  void aSubjectlessInfinitiveAfterAPrepositionTakesTheSubjectAbove() {
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (VBG inching) (S (SBAR (IN nearer) (S"
                    + " (VP (TO to) (VP (VB attack) (NP (NNP Gondor))))))))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "190"));
    // a relative clause does not
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (NP (NP (DT a) (NN state)) (SBAR (WHNP (WDT"
                    + " that)) (S (VP (VBD attacked) (NP (NNP Gondor))))))) (. .)))",
                DAY))
        .isEmpty();
  }

  @Test
  void aVerbInsideAPrepositionalPhraseCodesNothing() {
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (PP (IN after) (S"
                    + " (VP (VBG opposing) (NP (NNP Gollum)))))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "190"));
  }

  @Test
  void aCodedVerbKeepsItsCodeOverTheInfinitiveItGoverns() {
    // OPPOSE codes: "opposed efforts to attack Gondor" is an opposition, aimed at the
    // infinitive's object
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD opposed) (NP (NNS efforts)) (S (VP (TO to) (VP"
                    + " (VB attack) (NP (NNP Gondor)))))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "112"));
    // LEAVE has no code: the infinitive's code stands
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (S (VP (TO to) (VP (VB attack) (NP (NNP"
                    + " Gondor)))))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "190"));
  }

  @Test
  void withoutRequireDyadAnEventNeedsSomeNounPhraseForItsTarget() {
    String parse =
        "(ROOT (S (NP (DT the) (NN minister)) (VP (VBD attacked) (NP-TMP (NN today))) (. .)))";
    ParseNode tmp = ParseNode.parse(parse).children().get(0).children().get(1).children().get(1);
    assertThat(tmp.label()).isEqualTo("NP");
    assertThat(tmp.tag()).isEqualTo("-TMP");
    TreeCoder coder = new TreeCoder(TreeDictionaries.ofText(VERBS, ACTORS, AGENTS, DISCARDS));
    assertThat(coder.code(parse, DAY, NO_DYAD)).isEmpty();
  }

  @Test
  void commaOptionsRemoveAShortTerminalClause() {
    String parse =
        "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD opposed) (NP (NNP Gondor)))) (, ,) (NP (DT the) (NN"
            + " minister)) (VP (VBD attacked) (PP (IN on) (NP (NNP Saturday)))) (. .)))";
    TreeCoder coder = new TreeCoder(TreeDictionaries.ofText(VERBS, ACTORS, AGENTS, DISCARDS));
    // ", the minister attacked on Saturday" has 5 words: within comma_emin 2 .. comma_emax 8
    assertThat(coder.code(parse, DAY, NO_DYAD))
        .containsExactly(new TreeCoder.Event("ARN", "GON", "112"));
    TreeCoder.Options kept =
        TreeCoder.Options.of(Map.of("require_dyad", "false", "comma_emax", "4"));
    assertThat(coder.code(parse, DAY, kept))
        .containsExactlyInAnyOrder(
            new TreeCoder.Event("ARN", "GON", "112"), new TreeCoder.Event("---GOV", "---", "190"));
  }

  @Test
  void aPassiveFindsItsByPhraseInsideAnAdverbPhrase() {
    assertThat(
            code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN opposed) (ADVP (RB earlier) (PP"
                    + " (IN by) (NP (NNP Gondor)))))) (. .)))",
                DAY))
        .containsExactly(new TreeCoder.Event("GON", "ARN", "112"));
  }
}
