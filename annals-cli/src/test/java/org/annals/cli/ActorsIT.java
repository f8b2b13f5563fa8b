package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidate actors: found at ingest, reviewed, promoted into the data directory's actor file. */
class ActorsIT {
  @TempDir Path tmp;

  @Test
  void anUnknownMinisterBecomesACandidateAndAfterPromotionAnActor() throws Exception {
    Path first = tmp.resolve("first.jsonl");
    Files.writeString(
        first,
        "{\"url\": \"https://x.example/a1\", \"title\": \"t\", \"published\": \"2025-03-14\","
            + " \"text\": \"Colombian Defense Minister Tomas Arbelaez accused Venezuela of"
            + " sheltering rebels on Thursday. Arbelaez also criticized Cuba.\"}\n",
        StandardCharsets.UTF_8);
    String data = tmp.resolve("data").toString();
    CliTest.Run ingest = CliTest.run("ingest", "--data", data, "--no-progress", first.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();

    CliTest.Run candidates = CliTest.run("actors", "--data", data, "--candidates");
    assertThat(candidates.code()).isZero();
    assertThat(candidates.out())
        .contains("Tomas Arbelaez")
        .contains("COLGOV")
        .contains("Colombian Defense Minis");
    CliTest.Run json = CliTest.run("actors", "--data", data, "--candidates", "--format", "jsonl");
    assertThat(json.out()).contains("\"likely_code\":\"COLGOV\"").contains("\"mentions\":2");

    CliTest.Run bad =
        CliTest.run("actors", "promote", "--data", data, "Tomas Arbelaez", "--code", "colombia!");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    CliTest.Run missing =
        CliTest.run("actors", "promote", "--data", data, "Nobody Known", "--code", "COLGOV");
    assertThat(missing.code()).isEqualTo(ExitCodes.NOT_FOUND);

    CliTest.Run promote =
        CliTest.run(
            "actors",
            "promote",
            "--data",
            data,
            "tomás arbelaez",
            "--code",
            "COLGOV",
            "--from",
            "2024-01-01");
    assertThat(promote.code()).as(promote.err()).isZero();
    String file = Files.readString(Path.of(data, ActorsCommand.USER_ACTORS));
    assertThat(file).contains("PERSON  Tomas Arbelaez").contains("role: COL GOV 2024-01-01..");
    assertThat(CliTest.run("actors", "--data", data, "--candidates").out())
        .doesNotContain("Tomas Arbelaez");
    assertThat(CliTest.run("actors", "--data", data, "--candidates", "--reviewed").out())
        .contains("=COLGOV");

    // later ingests into the same data directory know him
    Path second = tmp.resolve("second.jsonl");
    Files.writeString(
        second,
        "{\"url\": \"https://x.example/a2\", \"title\": \"t\", \"published\": \"2025-03-20\","
            + " \"text\": \"Tomas Arbelaez criticized Cuba on Wednesday.\"}\n",
        StandardCharsets.UTF_8);
    CliTest.Run again = CliTest.run("ingest", "--data", data, "--no-progress", second.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(CliTest.run("events", "--data", data, "--dyad", "COLGOV", "CUB").out())
        .contains("2025-03-19");
    assertThat(CliTest.run("actors", "--data", data).out()).contains("COLGOV");
  }
}
