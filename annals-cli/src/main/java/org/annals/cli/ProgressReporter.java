package org.annals.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.annals.engine.IngestCounts;
import org.annals.engine.IngestListener;

/**
 * Shows a progress bar (on standard error) for long ingests, measured in input kilobytes, with
 * running counts; short ingests get none.
 */
final class ProgressReporter implements IngestListener, AutoCloseable {
  private static final long MIN_BYTES_FOR_BAR = 256 * 1024;
  private static final int MIN_FILES_FOR_BAR = 50;

  private final PrintWriter err;
  private final boolean enabled;
  private ProgressBar bar;

  ProgressReporter(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public synchronized void started(long totalBytes, int files) {
    if (enabled && (totalBytes >= MIN_BYTES_FOR_BAR || files >= MIN_FILES_FOR_BAR)) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("ingest")
              .setInitialMax(Math.max(1, totalBytes / 1024))
              .setUnit(" KB", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(500)
              .showSpeed()
              .continuousUpdate()
              .build();
    }
  }

  @Override
  public synchronized void progressed(long doneBytes, IngestCounts counts) {
    if (bar != null) {
      bar.stepTo(doneBytes / 1024);
      bar.setExtraMessage(
          counts.added()
              + " added, "
              + counts.unchanged()
              + " unchanged, "
              + counts.quarantined()
              + " quarantined");
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
      bar = null;
    }
  }
}
