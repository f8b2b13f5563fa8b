package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void parsesSeveralInputsAndTheOptions() {
    JobOptions o =
        JobOptions.parse(
            "--input",
            "s3a://b/x/*.warc.gz",
            "/data/y.jsonl",
            "--output",
            "/out",
            "--master",
            "local[2]",
            "--partitions",
            "8");
    assertThat(o.inputs()).isEqualTo(List.of("s3a://b/x/*.warc.gz", "/data/y.jsonl"));
    assertThat(o.output()).isEqualTo("/out");
    assertThat(o.master()).isEqualTo(Optional.of("local[2]"));
    assertThat(o.partitions()).isEqualTo(8);
  }

  @Test
  void rejectsWhatItDoesNotKnowSayingWhatItKnows() {
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--fast"))
        .hasMessageContaining("unknown argument '--fast'")
        .hasMessageContaining("--partitions");
    assertThatThrownBy(() -> JobOptions.parse("--output", "o")).hasMessageContaining("no --input");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a")).hasMessageContaining("no --output");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--partitions", "x"))
        .hasMessageContaining("needs a number");
  }
}
