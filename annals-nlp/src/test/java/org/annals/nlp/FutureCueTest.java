package org.annals.nlp;

import static org.annals.nlp.TestSentences.sentence;
import static org.annals.nlp.TestSentences.spanOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;

class FutureCueTest {
  @Test
  void auxWillOnTheGoverningVerbIsFuture() {
    // Maduro will attend the parade on Friday .
    Sentence s =
        sentence(
            "Maduro/NNP/Maduro/PERSON will/MD/will attend/VB/attend the/DT/the parade/NN/parade"
                + " on/IN/on Friday/NNP/Friday/DATE ./././O",
            "nsubj 2 0",
            "aux 2 1",
            "root -1 2",
            "det 4 3",
            "obj 2 4",
            "case 6 5",
            "nmod:on 4 6",
            "punct 2 7");
    assertThat(FutureCue.isFuture(s, spanOf(s, "Friday"))).isTrue();
  }

  @Test
  void pastVerbIsNotFutureEvenWithAWillElsewhere() {
    // Putin said on Friday that Maduro will come .
    Sentence s =
        sentence(
            "Putin/NNP/Putin/PERSON said/VBD/say on/IN/on Friday/NNP/Friday/DATE that/IN/that"
                + " Maduro/NNP/Maduro/PERSON will/MD/will come/VB/come ./././O",
            "nsubj 1 0",
            "root -1 1",
            "case 3 2",
            "obl:on 1 3",
            "mark 7 4",
            "nsubj 7 5",
            "aux 7 6",
            "ccomp 1 7",
            "punct 1 8");
    assertThat(FutureCue.isFuture(s, spanOf(s, "Friday"))).isFalse();
  }

  @Test
  void goingToIsFutureButWentToIsNot() {
    // Putin is going to visit Paris on Friday .
    Sentence going =
        sentence(
            "Putin/NNP/Putin/PERSON is/VBZ/be going/VBG/go to/TO/to visit/VB/visit"
                + " Paris/NNP/Paris/LOCATION on/IN/on Friday/NNP/Friday/DATE ./././O",
            "nsubj 2 0",
            "aux 2 1",
            "root -1 2",
            "mark 4 3",
            "xcomp 2 4",
            "obj 4 5",
            "case 7 6",
            "obl:on 4 7",
            "punct 2 8");
    assertThat(FutureCue.isFuture(going, spanOf(going, "Friday"))).isTrue();

    // Putin went to visit Paris on Friday .
    Sentence went =
        sentence(
            "Putin/NNP/Putin/PERSON went/VBD/go to/TO/to visit/VB/visit Paris/NNP/Paris/LOCATION"
                + " on/IN/on Friday/NNP/Friday/DATE ./././O",
            "nsubj 1 0",
            "root -1 1",
            "mark 3 2",
            "xcomp 1 3",
            "obj 3 4",
            "case 6 5",
            "obl:on 3 6",
            "punct 1 7");
    assertThat(FutureCue.isFuture(went, spanOf(went, "Friday"))).isFalse();
  }

  @Test
  void copularPredicateIsCheckedOnTheExpressionItself() {
    // The summit will be on Friday .
    Sentence s =
        sentence(
            "The/DT/the summit/NN/summit will/MD/will be/VB/be on/IN/on Friday/NNP/Friday/DATE"
                + " ./././O",
            "det 1 0",
            "nsubj 5 1",
            "aux 5 2",
            "cop 5 3",
            "case 5 4",
            "root -1 5",
            "punct 5 6");
    assertThat(FutureCue.isFuture(s, spanOf(s, "Friday"))).isTrue();
  }

  @Test
  void unparsedSentencesUseTheModalAndTense() {
    Sentence future =
        sentence("It/PRP/it will/MD/will rain/VB/rain on/IN/on Friday/NNP/Friday/DATE ./././O");
    assertThat(FutureCue.isFuture(future, spanOf(future, "Friday"))).isTrue();

    Sentence past =
        sentence(
            "They/PRP/they said/VBD/say on/IN/on Friday/NNP/Friday/DATE it/PRP/it will/MD/will"
                + " rain/VB/rain ./././O");
    assertThat(FutureCue.isFuture(past, spanOf(past, "Friday"))).isFalse();

    Sentence plain = sentence("It/PRP/it rained/VBD/rain on/IN/on Friday/NNP/Friday/DATE ./././O");
    assertThat(FutureCue.isFuture(plain, spanOf(plain, "Friday"))).isFalse();

    // the nearest verb decides: "planned to leave on Thursday" reads forward
    Sentence plan =
        sentence(
            "The/DT/the team/NN/team planned/VBD/plan to/TO/to leave/VB/leave on/IN/on"
                + " Thursday/NNP/Thursday/DATE ./././O");
    assertThat(FutureCue.isFuture(plan, spanOf(plan, "Thursday"))).isTrue();
    Sentence present =
        sentence("Congress/NNP/Congress reconvenes/VBZ/reconvene Jan./NNP/Jan. 24/CD/24 ./././O");
    assertThat(FutureCue.isFuture(present, spanOf(present, "Jan. 24"))).isTrue();
    Sentence opening =
        sentence(
            "On/IN/on Tuesday/NNP/Tuesday/DATE ,/,/, the/DT/the group/NN/group"
                + " announced/VBD/announce it/PRP/it ./././O");
    assertThat(FutureCue.isFuture(opening, spanOf(opening, "Tuesday"))).isFalse();
  }

  @Test
  void unparsedPassivesReadTheirAuxiliaries() {
    Sentence willBePaid =
        sentence(
            "The/DT/the dividend/NN/dividend will/MD/will be/VB/be paid/VBN/pay Dec./NNP/Dec."
                + " 14/CD/14 ./././O");
    assertThat(FutureCue.isFuture(willBePaid, spanOf(willBePaid, "Dec. 14"))).isTrue();
    Sentence toBeCompleted =
        sentence(
            "The/DT/the sale/NN/sale is/VBZ/be to/TO/to be/VB/be completed/VBN/complete"
                + " Nov./NNP/Nov. 1/CD/1 ./././O");
    assertThat(FutureCue.isFuture(toBeCompleted, spanOf(toBeCompleted, "Nov. 1"))).isTrue();
    Sentence wasPaid =
        sentence(
            "The/DT/the dividend/NN/dividend was/VBD/be paid/VBN/pay Dec./NNP/Dec. 14/CD/14"
                + " ./././O");
    assertThat(FutureCue.isFuture(wasPaid, spanOf(wasPaid, "Dec. 14"))).isFalse();
    Sentence hasBeenPaid =
        sentence("It/PRP/it has/VBZ/have been/VBN/be paid/VBN/pay Dec./NNP/Dec. 14/CD/14 ./././O");
    assertThat(FutureCue.isFuture(hasBeenPaid, spanOf(hasBeenPaid, "Dec. 14"))).isFalse();
  }

  @Test
  void payableDatesAreProspective() {
    // "a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17": a schedule
    Sentence s =
        sentence(
            "a/DT/a dividend/NN/dividend ,/,/, payable/JJ/payable Dec./NNP/Dec. 15/CD/15 to/TO/to"
                + " stock/NN/stock of/IN/of record/NN/record Nov./NNP/Nov. 17/CD/17 ./././O");
    assertThat(FutureCue.isProspective(s, spanOf(s, "Nov. 17"))).isTrue();
  }

  @Test
  void plainlyFutureNeedsAModalOrAPlannedInfinitive() {
    Sentence modal =
        sentence(
            "He/PRP/he could/MD/could come/VB/come as/RB/as early/RB/early as/IN/as"
                + " Tuesday/NNP/Tuesday/DATE ./././O");
    assertThat(FutureCue.isPlainlyFuture(modal, spanOf(modal, "Tuesday"))).isTrue();
    Sentence planned =
        sentence(
            "Talks/NNS/talk are/VBP/be set/VBN/set to/TO/to resume/VB/resume"
                + " Monday/NNP/Monday/DATE ./././O");
    assertThat(FutureCue.isPlainlyFuture(planned, spanOf(planned, "Monday"))).isTrue();
    // an infinitive of purpose is no plan; a present tense is no modal
    Sentence purpose =
        sentence(
            "Hungary/NNP/Hungary voted/VBD/vote to/TO/to accede/VB/accede on/IN/on"
                + " Friday/NNP/Friday/DATE ./././O");
    assertThat(FutureCue.isPlainlyFuture(purpose, spanOf(purpose, "Friday"))).isFalse();
    Sentence present = sentence("They/PRP/they meet/VBP/meet Monday/NNP/Monday/DATE ./././O");
    assertThat(FutureCue.isPlainlyFuture(present, spanOf(present, "Monday"))).isFalse();
  }
}
