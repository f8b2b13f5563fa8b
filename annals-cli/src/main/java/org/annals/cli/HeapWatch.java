package org.annals.cli;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.model.Threads;

/**
 * Samples the heap for {@code annals bench}: the peak of used heap (sampled every 20 ms) and the
 * heap still used after the last garbage collection (what the live data takes).
 */
final class HeapWatch implements AutoCloseable {
  private final AtomicLong peak = new AtomicLong();
  private final java.util.Map<Long, long[]> threadCpu =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<Long, String> threadNames =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile java.util.Map<String, long[]> osThreadsAtReset = java.util.Map.of();

  HeapWatch() {
    sampler =
        Threads.named("heap-watch-%d")
            .newThread(
                () -> {
                  while (running) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    peak.accumulateAndGet(used, Math::max);
                    sampleThreads();
                    try {
                      Thread.sleep(20);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Records each live thread's CPU time: the first and the latest seen since {@link #reset}. */
  private void sampleThreads() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    for (long id : bean.getAllThreadIds()) {
      long cpu = bean.getThreadCpuTime(id);
      if (cpu < 0) {
        continue;
      }
      threadCpu
              .computeIfAbsent(
                  id,
                  k -> {
                    java.lang.management.ThreadInfo info = bean.getThreadInfo(k);
                    threadNames.put(
                        k, info == null ? "?" : info.getThreadName().replaceAll("-\\d+$", ""));
                    return new long[] {cpu, cpu};
                  })[1] =
          cpu;
    }
  }

  /** CPU seconds of the Java threads since {@link #reset}, by thread name without its number. */
  java.util.Map<String, Double> cpuByThread() {
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    threadCpu.forEach(
        (id, v) -> out.merge(threadNames.getOrDefault(id, "?"), (v[1] - v[0]) / 1e9, Double::sum));
    return out;
  }

  /** Starts a new peak from the heap used now. */
  void reset() {
    threadCpu.clear();
    osThreadsAtReset = osThreadCpu();
    peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  long peakBytes() {
    return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  /**
   * CPU seconds since {@link #reset} of every thread of the process as the operating system names
   * them (numbers stripped), native ones included: the JIT compiler, the garbage collector and
   * DuckDB's workers, which {@link #cpuByThread} cannot see. Threads that ended meanwhile are
   * missing; empty where there is no {@code /proc/self/task}.
   */
  java.util.Map<String, Double> cpuByOsThread() {
    java.util.Map<String, long[]> before = osThreadsAtReset;
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    osThreadCpu()
        .forEach(
            (tid, v) -> {
              long[] b = before.get(tid);
              long ticks = v[0] - (b == null ? 0 : b[0]);
              String name = OS_NAMES.getOrDefault(tid, "?");
              if (ticks > 0) {
                out.merge(name, ticks / 100.0, Double::sum);
              }
            });
    return out;
  }

  /**
   * CPU seconds the JIT compiler threads (C1, C2) have used, from {@code /proc/self/task}; -1 where
   * there is no such directory. Compiler threads the JVM stopped meanwhile are not counted.
   */
  static double compilerCpuSeconds() {
    java.util.Map<String, long[]> now = osThreadCpu();
    if (now.isEmpty()) {
      return -1;
    }
    long ticks = 0;
    for (java.util.Map.Entry<String, long[]> e : now.entrySet()) {
      if (OS_NAMES.getOrDefault(e.getKey(), "").contains("CompilerThre")) {
        ticks += e.getValue()[0];
      }
    }
    return ticks / 100.0;
  }

  private static final java.util.Map<String, String> OS_NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Thread id → {CPU ticks}, from {@code /proc/self/task/<tid>/stat}; names kept aside. */
  private static java.util.Map<String, long[]> osThreadCpu() {
    java.util.Map<String, long[]> out = new java.util.HashMap<>();
    java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
    try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(tasks)) {
      for (java.nio.file.Path t : list.toList()) {
        try {
          String stat =
              java.nio.file.Files.readString(
                  t.resolve("stat"), java.nio.charset.StandardCharsets.UTF_8);
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          String tid = t.getFileName().toString();
          OS_NAMES.put(tid, name.replaceAll("[-#]?\\d+$", ""));
          out.put(tid, new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12])});
        } catch (java.io.IOException | RuntimeException e) {
          // the thread ended while we read
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return java.util.Map.of();
    }
    return out;
  }

  /**
   * CPU seconds this process has used (user + system, all threads), from {@code /proc/self/stat};
   * -1 where there is no such file. Unlike wall time, not inflated by other processes competing for
   * the cores.
   */
  static double processCpuSeconds() {
    try {
      String stat =
          java.nio.file.Files.readString(
              java.nio.file.Path.of("/proc/self/stat"), java.nio.charset.StandardCharsets.UTF_8);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of stat (utime, stime), counted from after the command name
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  static long maxHeapBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
