package org.annals.coder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.CharSpan;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/** Which tagged runs are names that could be actors; no parse needed. */
class ProperNameTest {
  /** Tokens "word/POS/NER" separated by spaces. */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String t : tagged.split(" ")) {
      String[] p = t.split("/");
      out.add(new Token(out.size(), new CharSpan(at, at + p[0].length()), p[0], p[0], p[1], p[2]));
      at += p[0].length() + 1;
    }
    return out;
  }

  @Test
  void aRunOfOneTypeTrimmedOfArticlesAndPossessives() {
    List<Token> t =
        tokens(
            "the/DT/ORGANIZATION Chamber/NNP/ORGANIZATION of/IN/ORGANIZATION"
                + " Commerce/NNP/ORGANIZATION 's/POS/ORGANIZATION head/NN/O met/VBD/O"
                + " Juan/NNP/PERSON Perez/NNP/PERSON");
    assertThat(ProperName.all(t, null))
        .containsExactly(
            new ProperName(1, 4, 3, "ORGANIZATION"), new ProperName(7, 9, 8, "PERSON"));
  }

  @Test
  void pronounsAdjectivesAndCommonNounsAreNotNames() {
    assertThat(ProperName.all(tokens("He/PRP/PERSON met/VBD/O Perez/NNP/PERSON"), null))
        .containsExactly(new ProperName(2, 3, 2, "PERSON"));
    // a nationality (MISC, not a plural proper noun) and a lower-case word tagged ORGANIZATION
    assertThat(
            ProperName.all(
                tokens("Venezuelan/JJ/MISC troops/NNS/O and/CC/O police/NN/ORGANIZATION"), null))
        .isEmpty();
    assertThat(ProperName.all(tokens("the/DT/O Zapatistas/NNPS/MISC marched/VBD/O"), null))
        .containsExactly(new ProperName(1, 2, 1, "MISC"));
  }
}
