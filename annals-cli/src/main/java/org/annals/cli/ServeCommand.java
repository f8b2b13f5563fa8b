package org.annals.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annals.server.ApiServer;
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
          + " actor network, map, stories) and the read-only REST API under /api/v1 (articles,"
          + " events, stories, actors, dyad series, the actor network), described by /openapi.json.",
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

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("annals serve: --port must be 0..65535, got " + port);
      return ExitCodes.USAGE;
    }
    return serve(data.data, host, port, false, out, err);
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
      PrintWriter out,
      PrintWriter err)
      throws InterruptedException {
    ArticleStore store = ArticleStore.open(dataDir);
    ApiServer server;
    try {
      server = start(store, host, port, fallback, err);
    } catch (RuntimeException e) {
      store.close();
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
                    stopped.countDown();
                  }
                },
                "annals-serve-shutdown"));
    String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
    out.println("serving " + dataDir + ": open " + base + "/ in a browser");
    out.println("  REST API at " + base + "/api/v1/ (see " + base + "/openapi.json)");
    out.println("stop with Ctrl-C");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private static ApiServer start(
      ArticleStore store, String host, int port, boolean fallback, PrintWriter err) {
    try {
      return ApiServer.over(store).start(host, port);
    } catch (RuntimeException e) {
      if (!fallback || port == 0) {
        throw e;
      }
      err.println("port " + port + " is in use (" + e.getMessage() + "); taking a free one");
      return ApiServer.over(store).start(host, 0);
    }
  }
}
