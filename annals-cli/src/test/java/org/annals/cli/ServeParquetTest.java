package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals serve --parquet} refuses what is not Spark output, saying why. Serving real Spark
 * output is tested in annals-spark ({@code SparkJobIT}), which makes some.
 */
class ServeParquetTest {
  @TempDir Path tmp;

  @Test
  void aDirectoryThatIsNotSparkOutputFailsClearly() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "not parquet");
    CliTest.Run r = CliTest.run("serve", "--parquet", tmp.toString(), "--port", "0");
    assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err())
        .contains("is not the output of the annals Spark job")
        .contains("_annals-spark.json");
  }

  @Test
  void aMissingDirectoryFailsClearly() {
    CliTest.Run r = CliTest.run("serve", "--parquet", tmp.resolve("none").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("is not a directory");
  }

  @Test
  void sparkOutputIsServedReadOnly() {
    CliTest.Run r =
        CliTest.run(
            "serve", "--parquet", tmp.toString(), "--token-file", tmp.resolve("t").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("read-only");
  }
}
