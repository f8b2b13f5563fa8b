package org.annals.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The data directory option shared by commands that use the store. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${ANNALS_DATA:-./annals-data}",
      description =
          "Data directory (default: $ANNALS_DATA or ./annals-data; now ${DEFAULT-VALUE}).")
  Path data;
}
