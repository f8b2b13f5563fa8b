package org.annals.resolve.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String TEXT =
      "The parliament of Freedonia ratified the defence treaty with Sylvania on Wednesday after a"
          + " short debate. The treaty allows each country's warships to use the other's ports and"
          + " provides for joint exercises twice a year. Opposition members said the vote was"
          + " rushed and that the agreement had not been published in full before the session.";

  private final MinHash mh = MinHash.standard();

  @Test
  void aCopyWithOtherPunctuationAndCaseIsTheSame() {
    String copy = TEXT.toUpperCase(java.util.Locale.ROOT).replace(".", " --").replace("'", "’");
    assertEquals(1.0, MinHash.similarity(mh.signature(TEXT), mh.signature(copy)));
  }

  @Test
  void aLightRewriteIsNearAndSharesABand() {
    String rewrite =
        TEXT.replace("on Wednesday", "late on Wednesday") + " The government welcomed the result.";
    long[] a = mh.signature(TEXT);
    long[] b = mh.signature(rewrite);
    double s = MinHash.similarity(a, b);
    assertTrue(s > 0.6, "similarity " + s);
    long[] ba = mh.bandHashes(a);
    long[] bb = mh.bandHashes(b);
    boolean shared = false;
    for (int i = 0; i < ba.length; i++) {
      shared |= ba[i] == bb[i];
    }
    assertTrue(shared, "a near copy shares at least one band");
  }

  @Test
  void anotherArticleOnTheSameSubjectIsFar() {
    String other =
        "Sylvania's navy said on Thursday that two of its frigates would visit Freedonian ports"
            + " next month, the first visit since the defence treaty was ratified by parliament.";
    double s = MinHash.similarity(mh.signature(TEXT), mh.signature(other));
    assertTrue(s < 0.1, "similarity " + s);
  }

  @Test
  void signaturesRoundTripAndAreDeterministic() {
    long[] a = mh.signature(TEXT);
    assertArrayEquals(a, MinHash.fromBytes(MinHash.toBytes(a)));
    assertArrayEquals(a, MinHash.standard().signature(TEXT));
    assertEquals(32, mh.bandHashes(a).length);
  }

  @Test
  void emptyAndShortTexts() {
    long[] empty = mh.signature("");
    assertTrue(Arrays.stream(empty).allMatch(x -> x == Long.MAX_VALUE));
    assertEquals(1, mh.shingles("two words").size());
  }

  @Test
  void badParametersSayWhatIsWrong() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MinHash(5, 100, 32));
    assertTrue(e.getMessage().contains("hashes=100"), e.getMessage());
  }
}
