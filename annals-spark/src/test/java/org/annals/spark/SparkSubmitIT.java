package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.annals.store.ArticleStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar ({@code target/annals-spark-*-spark-submit.jar}, built by {@code package}) run by
 * Spark's own launcher, as the {@code spark-submit} script runs it: a new JVM with the module
 * options Spark's launcher passes on Java 17 ({@code spark.opens} of the pom), Spark's jars on the
 * class path and {@code org.apache.spark.deploy.SparkSubmit --class org.annals.spark.AnnalsJob
 * --master local[2] <jar> <args>}. The class path is this test's without Annals' own classes, so
 * every Annals class comes from the shaded jar; it holds Spark, Hadoop and Scala, the libraries
 * Annals shares with them, and the CoreNLP models jar, which on a cluster goes with {@code --jars}.
 */
class SparkSubmitIT {
  @TempDir Path dir;

  static Path shadedJar() throws IOException {
    Path target = Path.of("target");
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith("-spark-submit.jar"))
          .findFirst()
          .orElse(null);
    }
  }

  /** This test's class path without Annals' own classes and jars. */
  static String sparkClassPath() {
    String cp = System.getProperty("surefire.test.class.path", "");
    if (cp.isBlank()) {
      cp = System.getProperty("java.class.path");
    }
    List<String> kept = new ArrayList<>();
    for (String entry : cp.split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean annals =
          name.startsWith("annals-")
              || entry.replace('\\', '/').contains("/target/")
              || entry.replace('\\', '/').contains("/org/annals/");
      if (!entry.isBlank() && !annals) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  @Test
  void sparkSubmitRunsTheShadedJob() throws Exception {
    Path jar = shadedJar();
    Assumptions.assumeTrue(
        jar != null,
        "no target/*-spark-submit.jar: build it with"
            + " mvn -B -o -pl annals-spark -am package -DskipTests, then run this test");
    String opens = System.getProperty("spark.opens", "");
    assertThat(opens).as("failsafe passes the pom's spark.opens").contains("--add-opens");
    String classPath = sparkClassPath();
    assertThat(classPath).contains("spark-core").contains("models").doesNotContain("annals-");

    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    SparkJobIT.warc(
        in.resolve("news.warc.gz"),
        Map.of(
            "https://kyiv-daily.example/2025/03/04/kharkiv-attack",
            SparkJobIT.page("Russian forces attack Kharkiv", "2025-03-04", SparkJobIT.ATTACK_1),
            "https://east-wire.example/news/kharkiv-drones",
            SparkJobIT.page("Drones and missiles hit Kharkiv", "2025-03-04", SparkJobIT.ATTACK_2)));

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.addAll(Arrays.asList(opens.trim().split("\\s+")));
    command.addAll(
        List.of(
            "-cp",
            classPath,
            "org.apache.spark.deploy.SparkSubmit",
            "--class",
            "org.annals.spark.AnnalsJob",
            "--master",
            "local[2]",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.sql.shuffle.partitions=2",
            jar.toAbsolutePath().toString(),
            "--input",
            in.toString(),
            "--output",
            out.toString()));
    Path log = dir.resolve("spark-submit.log");
    long started = System.nanoTime();
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(6, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.printf(
        java.util.Locale.ROOT,
        "spark-submit took %.1f s, exit %s%n",
        (System.nanoTime() - started) / 1e9,
        done ? p.exitValue() : "none (killed)");
    output.lines().filter(l -> l.startsWith("annals-spark:")).forEach(System.out::println);
    assertThat(done).as("spark-submit finished within 6 minutes").isTrue();
    assertThat(p.exitValue()).as(tail(output)).isZero();
    assertThat(output).contains("annals-spark: 1 files, 2 articles");

    String marker = Files.readString(out.resolve(AnnalsJob.MARKER), StandardCharsets.UTF_8);
    assertThat(marker).contains("\"" + AnnalsJob.FORMAT + "\"").contains("\"articles\": 2");
    // the two reports of the attack are one event, in one story, and the store reads it all
    try (ArticleStore store = ArticleStore.fromParquet(out, dir.resolve("served"))) {
      assertThat(store.stories()).hasSize(1);
      assertThat(store.stories().get(0).articles()).isEqualTo(2);
    }
    assertThat(marker).contains("\"events\": 1");
  }

  static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
