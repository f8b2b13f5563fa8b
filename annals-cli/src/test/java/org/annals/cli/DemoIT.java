package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command on the bundled samples, with the real CoreNLP models. */
class DemoIT {
  @TempDir Path tmp;

  @Test
  void demoIngestsTheSamplesAndShowsWhatItFound() {
    String data = tmp.resolve("data").toString();
    CliTest.Run r =
        CliTest.run(
            "demo", "--no-serve", "--samples", Path.of("..", "samples").toString(), "--data", data);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("added 23, unchanged 1, new versions 0, quarantined 6")
        .contains("Articles")
        .contains("Most mentioned person")
        .contains("Quarantine")
        .containsPattern("Events: [1-9][0-9]* reports coded, merged into [1-9][0-9]* real events")
        .containsPattern("Stories: [1-9][0-9]*")
        .containsPattern("resolved 23 article\\(s\\) in [0-9.]+ s")
        .contains("coded ")
        .contains("truncated");
    CliTest.Run again =
        CliTest.run(
            "demo", "--no-serve", "--samples", Path.of("..", "samples").toString(), "--data", data);
    assertThat(again.out()).contains("added 0, unchanged 24");
  }
}
