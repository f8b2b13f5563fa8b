package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.store.export.EventTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals export}: bad input says what to do, without CoreNLP (events: ExportIT). */
class ExportCliTest {
  @TempDir Path tmp;

  private CliTest.Run export(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "export";
    all[1] = "--data";
    all[2] = tmp.resolve("data").toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliTest.run(all);
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheFormats() {
    CliTest.Run r = export("--format", "xml");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("expected one of [gdelt, plover, csv, parquet]");
    CliTest.Run none = export();
    assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("Missing required option: '--format=FORMAT'");
  }

  @Test
  void parquetNeedsADirectory() {
    CliTest.Run r = export("--format", "parquet");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("give a directory: --out DIR");
  }

  @Test
  void anUnwritableOutIsAUsageErrorSayingWhatToDo() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x", StandardCharsets.UTF_8);
    CliTest.Run onFile = export("--format", "csv", "--out", file.toString());
    assertThat(onFile.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(onFile.err()).contains("is a file; give a directory");
    CliTest.Run under = export("--format", "gdelt", "--out", file.resolve("sub").toString());
    assertThat(under.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(under.err())
        .contains("cannot create the directory")
        .contains("choose another --out");
    assertThat(Files.exists(tmp.resolve("data"))).as("the store is not opened").isFalse();
  }

  @Test
  void gdeltOptionsAreForGdeltOnly() {
    CliTest.Run r = export("--format", "csv", "--undated", "skip");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("are for --format gdelt");
    assertThat(export("--format", "gdelt", "--undated", "sometimes").code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void filtersAreCheckedAsByEvents() {
    assertThat(export("--format", "csv", "--code", "x1").err()).contains("2 to 4 digits");
    assertThat(export("--format", "csv", "--min-confidence", "2").code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(export("--format", "csv", "--from", "May 1").err()).contains("YYYY-MM-DD");
  }

  @Test
  void anEmptyStoreExportsAHeaderAndSaysWhy() throws IOException {
    CliTest.Run r = export("--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(String.join(",", EventTable.names(EventTable.EVENTS)) + "\r\n");
    assertThat(r.err()).contains("no events in").contains("annals ingest");

    Path out = tmp.resolve("out");
    CliTest.Run files = export("--format", "gdelt", "--out", out.toString(), "--header");
    assertThat(files.code()).as(files.err()).isZero();
    assertThat(Files.readString(out.resolve("events.tsv"), StandardCharsets.UTF_8))
        .startsWith("GlobalEventID\tDay\tMonthYear\t")
        .endsWith("\tDATEADDED\tSOURCEURL\n");
    assertThat(Files.readString(out.resolve("mentions.tsv"), StandardCharsets.UTF_8))
        .startsWith("GLOBALEVENTID\tEventTimeDate\t");
    try (var listing = Files.list(out)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .as("no temporary files are left")
          .containsExactlyInAnyOrder("events.tsv", "mentions.tsv");
    }
  }
}
