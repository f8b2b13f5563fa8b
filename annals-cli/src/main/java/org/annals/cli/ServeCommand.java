package org.annals.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annals.server.ApiServer;
import org.annals.server.ServerOptions;
import org.annals.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store over HTTP: the web UI at / (dashboard, events and their evidence, dyads,"
          + " actor network, map, stories, search, adding articles) and the REST API under /api/v1"
          + " (articles, events, stories, actors, dyad series, the actor network, search), described"
          + " by /openapi.json.",
      "Reading needs nothing. Writing (uploading files or pasting articles, which the server"
          + " ingests and codes as annals ingest does) needs the write token: the one in"
          + " --token-file, else $ANNALS_TOKEN, else a random one printed at start; --read-only"
          + " refuses every write.",
      "Serves until stopped (Ctrl-C). The data directory stays open meanwhile, so other annals"
          + " commands cannot use it until the server stops.",
    },
    footer = ExitCodes.FOOTER)
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "The port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for"
              + " every interface).")
  String host;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "A file whose first line is the write token (at least 16 characters). Default:"
              + " $ANNALS_TOKEN, else a random token printed at start.")
  java.nio.file.Path tokenFile;

  @Option(names = "--read-only", description = "Refuse every write (uploads, pasted articles).")
  boolean readOnly;

  @Option(
      names = "--max-upload-mb",
      defaultValue = "32",
      description = "The largest upload request in MB (default ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @Option(
      names = "--parquet",
      paramLabel = "DIR",
      description =
          "Serve the Parquet output of the Spark job (annals-spark, AnnalsJob --output DIR)"
              + " instead of --data: it is loaded through DuckDB into a temporary store, deleted"
              + " when the server stops, and served read-only.")
  java.nio.file.Path parquet;

  @Option(
      names = "--watch",
      paramLabel = "FEEDS",
      description =
          "Also poll these RSS/Atom feeds (a file with one URL per line, as for annals watch) and"
              + " ingest new items while serving: each round is a job in /api/v1/jobs, run on the"
              + " server's job thread, so it shares the data directory with uploads.")
  java.nio.file.Path watchFeeds;

  @Option(
      names = "--watch-interval",
      paramLabel = "DURATION",
      defaultValue = "15m",
      description = "With --watch: time between rounds, e.g. 90s, 15m (default ${DEFAULT-VALUE}).")
  String watchInterval;

  @Option(
      names = "--fetch-pages",
      description = "With --watch: fetch the linked page of items that carry only a summary.")
  boolean fetchPages;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("annals serve: --port must be 0..65535, got " + port);
      return ExitCodes.USAGE;
    }
    if (maxUploadMb < 1 || maxUploadMb > 4096) {
      err.println("annals serve: --max-upload-mb must be 1..4096, got " + maxUploadMb);
      return ExitCodes.USAGE;
    }
    if (readOnly && tokenFile != null) {
      err.println("annals serve: --read-only and --token-file contradict; give one");
      return ExitCodes.USAGE;
    }
    if (parquet != null) {
      if (tokenFile != null) {
        err.println("annals serve: --parquet serves read-only; drop --token-file");
        return ExitCodes.USAGE;
      }
      if (watchFeeds != null) {
        err.println("annals serve: --parquet serves a read-only copy; --watch needs --data");
        return ExitCodes.USAGE;
      }
      return serveParquet(parquet, host, port, out, err);
    }
    java.util.function.Consumer<ApiServer> started = s -> {};
    if (watchFeeds != null) {
      java.time.Duration every;
      org.annals.engine.watch.FeedList list;
      try {
        every = WatchCommand.duration("--watch-interval", watchInterval);
        if (every.isZero()) {
          throw new IllegalArgumentException("--watch-interval must be more than 0");
        }
        list = org.annals.engine.watch.FeedList.read(watchFeeds);
      } catch (IllegalArgumentException e) {
        err.println("annals serve: " + e.getMessage());
        return ExitCodes.USAGE;
      } catch (java.io.IOException e) {
        err.println("annals serve: cannot read " + watchFeeds + ": " + e);
        return ExitCodes.USAGE;
      }
      list.problems().forEach(p -> err.println("annals serve: " + p));
      if (list.feeds().isEmpty()) {
        err.println(
            "annals serve: no feed URL in "
                + watchFeeds
                + "; write one http(s) URL per line ('#' starts a comment)");
        return ExitCodes.USAGE;
      }
      started =
          s -> {
            s.watch(
                list.feeds(),
                new org.annals.engine.watch.Watcher.Options(
                    every, fetchPages, java.time.Duration.ofSeconds(2)),
                new org.annals.engine.watch.FeedFetcher(
                    java.time.Duration.ofSeconds(30), 64L << 20, java.time.Clock.systemUTC()));
            out.println(
                "  watching "
                    + list.feeds().size()
                    + " feed"
                    + (list.feeds().size() == 1 ? "" : "s")
                    + " every "
                    + watchInterval
                    + " (rounds appear in /api/v1/jobs)");
          };
    }
    ServerOptions options;
    try {
      options =
          writeOptions(readOnly, tokenFile, System.getenv(TOKEN_ENV))
              .withMaxUploadBytes(maxUploadMb * 1048576L);
    } catch (IllegalArgumentException e) {
      err.println("annals serve: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return serve(data.data, host, port, false, options, started, out, err);
  }

  /** The environment variable that may hold the write token. */
  static final String TOKEN_ENV = "ANNALS_TOKEN";

  /**
   * The write options: read-only, or the token from the file, else from the environment, else a
   * random one.
   *
   * @throws IllegalArgumentException for an unreadable or too short token, saying which
   */
  static ServerOptions writeOptions(
      boolean readOnly, java.nio.file.Path tokenFile, String fromEnvironment) {
    if (readOnly) {
      return ServerOptions.readOnly();
    }
    if (tokenFile != null) {
      String token;
      try {
        token =
            java.nio.file.Files.readAllLines(tokenFile, java.nio.charset.StandardCharsets.UTF_8)
                .stream()
                .findFirst()
                .orElse("")
                .strip();
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        throw new IllegalArgumentException(
            "cannot read the token file " + tokenFile + " (" + e.getMessage() + ")", e);
      }
      try {
        return ServerOptions.writable(token);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(tokenFile + ": " + e.getMessage(), e);
      }
    }
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      try {
        return ServerOptions.writable(fromEnvironment);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("$" + TOKEN_ENV + ": " + e.getMessage(), e);
      }
    }
    return ServerOptions.writable(ServerOptions.randomToken());
  }

  /**
   * Serves a data directory until the process is stopped.
   *
   * @param fallback when the port is taken, take a free one instead of failing (the demo)
   * @return an exit code when it could not start; otherwise it returns only when stopped
   */
  static int serve(
      java.nio.file.Path dataDir,
      String host,
      int port,
      boolean fallback,
      ServerOptions options,
      PrintWriter out,
      PrintWriter err)
      throws InterruptedException {
    return serve(dataDir, host, port, fallback, options, s -> {}, out, err);
  }

  /** As {@link #serve}, running {@code started} on the server once it listens (to watch feeds). */
  static int serve(
      java.nio.file.Path dataDir,
      String host,
      int port,
      boolean fallback,
      ServerOptions options,
      java.util.function.Consumer<ApiServer> started,
      PrintWriter out,
      PrintWriter err)
      throws InterruptedException {
    ArticleStore store = ArticleStore.open(dataDir);
    return serveStore(
        store, dataDir.toString(), host, port, fallback, options, () -> {}, started, out, err);
  }

  /**
   * Serves an open store until the process is stopped, then stops the server, closes the store and
   * runs {@code cleanup}; the store is closed (and cleaned up) also when the server cannot start.
   *
   * @param what what is served, as the first line says it
   */
  private static int serveStore(
      ArticleStore store,
      String what,
      String host,
      int port,
      boolean fallback,
      ServerOptions options,
      Runnable cleanup,
      java.util.function.Consumer<ApiServer> started,
      PrintWriter out,
      PrintWriter err)
      throws InterruptedException {
    ApiServer server;
    try {
      server = start(store, host, port, fallback, options, err);
    } catch (RuntimeException e) {
      store.close();
      cleanup.run();
      err.println(
          "annals serve: cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); is the port in use? try another --port, or 0");
      return ExitCodes.FAILURE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop();
                  } finally {
                    store.close();
                    cleanup.run();
                    stopped.countDown();
                  }
                },
                "annals-serve-shutdown"));
    String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
    out.println("serving " + what + ": open " + base + "/ in a browser");
    out.println("  REST API at " + base + "/api/v1/ (see " + base + "/openapi.json)");
    out.println(
        options
            .writeToken()
            .map(
                t ->
                    "  write token (to add articles in the UI or with 'Authorization: Bearer ...'): "
                        + t)
            .orElse("  read-only: uploads are refused"));
    started.accept(server);
    out.println("stop with Ctrl-C");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  /**
   * Serves the Spark job's Parquet output read-only, from a temporary store that is deleted when
   * the server stops.
   */
  static int serveParquet(
      java.nio.file.Path dir, String host, int port, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    java.nio.file.Path scratch;
    try {
      scratch = java.nio.file.Files.createTempDirectory("annals-parquet-");
    } catch (java.io.IOException e) {
      err.println("annals serve: cannot make a temporary directory: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    ArticleStore store;
    try {
      store = ArticleStore.fromParquet(dir, scratch);
    } catch (org.annals.store.StoreException e) {
      deleteTree(scratch);
      err.println("annals serve: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    return serveStore(
        store,
        "the Spark output " + dir,
        host,
        port,
        false,
        ServerOptions.readOnly(),
        () -> deleteTree(scratch),
        s -> {},
        out,
        err);
  }

  private static void deleteTree(java.nio.file.Path dir) {
    try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private static ApiServer start(
      ArticleStore store,
      String host,
      int port,
      boolean fallback,
      ServerOptions options,
      PrintWriter err) {
    try {
      return ApiServer.over(store, options).start(host, port);
    } catch (RuntimeException e) {
      if (!fallback || port == 0) {
        throw e;
      }
      err.println("port " + port + " is in use (" + e.getMessage() + "); taking a free one");
      return ApiServer.over(store, options).start(host, 0);
    }
  }
}
