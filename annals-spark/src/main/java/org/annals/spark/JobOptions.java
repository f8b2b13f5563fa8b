package org.annals.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link AnnalsJob} is asked to do, parsed strictly: unknown options are errors that list the
 * known ones.
 *
 * @param inputs files, directories or globs on any Hadoop file system (file:, hdfs:, s3a:, …)
 * @param output the output directory (replaced if it exists)
 * @param master the Spark master when not run by spark-submit ({@code local[2]}, …)
 * @param partitions how many tasks the files are spread over; 0 means one per file, at most twice
 *     the default parallelism
 */
public record JobOptions(
    List<String> inputs, String output, Optional<String> master, int partitions) {
  static final String USAGE =
      "usage: AnnalsJob --input PATH [PATH…] --output DIR [--master local[2]] [--partitions N]";

  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no --input given; " + USAGE);
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("no --output given; " + USAGE);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be >= 0, got " + partitions);
    }
  }

  public static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    Optional<String> master = Optional.empty();
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input" -> {
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            inputs.add(args[++i]);
          }
        }
        case "--output" -> output = value(args, ++i, a);
        case "--master" -> master = Optional.of(value(args, ++i, a));
        case "--partitions" -> {
          String v = value(args, ++i, a);
          try {
            partitions = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions needs a number, got '" + v + "'", e);
          }
        }
        default ->
            throw new IllegalArgumentException(
                "unknown argument '"
                    + a
                    + "'; known: --input, --output, --master, --partitions; "
                    + USAGE);
      }
    }
    return new JobOptions(inputs, output, master, partitions);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value; " + USAGE);
    }
    return args[i];
  }
}
