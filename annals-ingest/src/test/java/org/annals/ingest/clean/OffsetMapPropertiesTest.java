package org.annals.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.annals.model.CleanText;
import org.annals.model.OffsetMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random noisy texts: every clean offset maps into the raw text, monotonically, and back to the
 * same char.
 */
class OffsetMapPropertiesTest {
  private static final String[] PIECES = {
    "Ministers",
    " met",
    "  in ",
    "Vienna",
    ".\n",
    "\r\n",
    "\n\n",
    "\u00a0",
    "\u200b",
    "Share this article\n",
    "Photo: Staff/AFP\n",
    "(@handle)",
    "—",
    "Bogotá",
    " ",
    "\t",
    "Comments\n",
    "pic.twitter.com/x "
  };

  @RepeatedTest(200)
  void cleanOffsetsMapBackToTheSameRawCharacters(RepetitionInfo rep) {
    long seed = 0x5EED_0000L + rep.getCurrentRepetition();
    Random random = new Random(seed);
    StringBuilder raw = new StringBuilder();
    int n = 5 + random.nextInt(60);
    for (int i = 0; i < n; i++) {
      raw.append(PIECES[random.nextInt(PIECES.length)]);
    }
    String input = raw.toString();
    CleanText clean =
        BoilerplateFilter.apply(PlainText.normalize(input), random.nextBoolean()).text();
    OffsetMap map = clean.offsets();
    int previous = -1;
    for (int i = 0; i <= clean.text().length(); i++) {
      int src = map.toSource(i);
      assertThat(src).as("seed=%d offset %d in range", seed, i).isBetween(0, input.length());
      assertThat(src).as("seed=%d monotonic at %d", seed, i).isGreaterThanOrEqualTo(previous);
      previous = src;
      if (i < clean.text().length()) {
        char c = clean.text().charAt(i);
        if (!Character.isWhitespace(c)) {
          assertThat(input.charAt(src)).as("seed=%d char at %d", seed, i).isEqualTo(c);
        }
      }
    }
    assertThat(OffsetMap.decode(map.encode())).as("seed=%d round trip", seed).isEqualTo(map);
  }
}
