package org.annals.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annals.store.AmbiguousIdException;
import org.annals.store.ArticleStore;
import org.annals.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API over a store: the read routes of {@link Routes} under {@code /api/v1}, the write
 * routes of {@link WriteRoutes} (uploads ingested by {@link IngestJobs}; they need the token of
 * {@link ServerOptions}), and {@code /openapi.json} describing them. Errors are JSON {@code
 * {"error", "status"}}. The web UI is static files at {@code /} that call the same API.
 *
 * <p>Thread-safe as the store is: requests run on Jetty's threads and the store serializes its
 * reads. The caller owns the store and closes it after {@link #stop}.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  /** The OpenAPI document, a resource beside this class. */
  public static final String OPENAPI_PATH = "/openapi.json";

  /**
   * The web UI's files on the classpath, served at {@code /} ({@code index.html}) and {@code
   * /ui/...}; its libraries come from WebJars at {@code /webjars/...}.
   */
  static final String WEB_DIRECTORY = "/org/annals/server/web";

  /** Request attribute: an error body was rendered. */
  private static final String RENDERED = "annals.error";

  private final Javalin app;
  private final IngestJobs jobs;
  private final Search search;
  private final List<String> registered = Collections.synchronizedList(new ArrayList<>());

  private ApiServer(ArticleStore store, ServerOptions options) {
    ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    byte[] openapi = openapi();
    Routes routes = new Routes(store);
    this.search = new Search(store);
    this.jobs = new IngestJobs(store, search::refresh);
    WriteRoutes writes = new WriteRoutes(options, jobs, json);
    this.app =
        Javalin.create(
            config -> {
              config.jsonMapper(new JavalinJackson(json, false));
              config.startup.showJavalinBanner = false;
              config.http.maxRequestSize = options.maxUploadBytes();
              config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(
                  options.maxUploadBytes(), SizeUnit.BYTES);
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB_DIRECTORY;
                    files.location = Location.CLASSPATH;
                  });
              config.staticFiles.enableWebjars();
              config.events.handlerAdded(
                  h -> registered.add(h.getHttpMethod().name() + " " + h.getPath()));
              for (Routes.Route r : routes.all()) {
                config.routes.get(r.path(), r.handler());
              }
              config.routes.get(Search.PATH, search::handle);
              config.routes.post(WriteRoutes.UPLOADS, writes::upload);
              config.routes.post(WriteRoutes.PASTE, writes::paste);
              config.routes.get(WriteRoutes.JOBS, writes::list);
              config.routes.get(WriteRoutes.JOBS + "/{id}", writes::job);
              config.routes.get(
                  OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(openapi));
              config.routes.exception(
                  ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
              config.routes.exception(
                  AmbiguousIdException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
              config.routes.exception(
                  IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
              config.routes.exception(
                  StoreException.class,
                  (e, ctx) -> {
                    LOG.warn("store failure on {}", ctx.path(), e);
                    error(ctx, 503, "the store failed: " + e.getMessage());
                  });
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("unexpected failure on {}", ctx.path(), e);
                    error(ctx, 500, "unexpected failure: " + e + "; please report it");
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    // ours are rendered already; Javalin's own "not found" is not JSON
                    if (ctx.attribute(RENDERED) == null) {
                      error(
                          ctx,
                          404,
                          "no route "
                              + ctx.method().name()
                              + " "
                              + ctx.path()
                              + "; "
                              + OPENAPI_PATH
                              + " lists the routes");
                    }
                  });
            });
  }

  /** A read-only server for this store; not started. */
  public static ApiServer over(ArticleStore store) {
    return over(store, ServerOptions.readOnly());
  }

  /**
   * A server for this store that takes writes (uploads ingested into the store) as the options say;
   * not started.
   */
  public static ApiServer over(ArticleStore store, ServerOptions options) {
    return new ApiServer(Objects.requireNonNull(store, "store"), Objects.requireNonNull(options));
  }

  /** Starts listening; {@code port} 0 picks a free port (see {@link #port}). */
  public ApiServer start(String host, int port) {
    app.start(host, port);
    // bring the search index up to date with the store, behind any upload sent meanwhile
    jobs.background(search::refresh);
    return this;
  }

  /**
   * Polls these feeds now and then every {@code options.interval()}, ingesting new items on the
   * server's job thread like uploads (each round is a job of kind {@code watch} in {@code
   * /api/v1/jobs}); the feeds' state is kept in the data directory as {@code annals watch} keeps
   * it.
   */
  public ApiServer watch(
      List<java.net.URI> feeds,
      org.annals.engine.watch.Watcher.Options options,
      org.annals.engine.watch.FeedFetcher fetcher) {
    java.time.Clock clock = java.time.Clock.systemUTC();
    jobs.watch(
        new IngestJobs.WatchPlan(
            feeds,
            options,
            fetcher,
            org.annals.engine.watch.Backoff.forInterval(options.interval(), new java.util.Random()),
            clock));
    return this;
  }

  /**
   * Brings the search index up to date now (the server does it by itself after starting and after
   * each ingest job; tests call this to wait for it).
   */
  public void refreshSearch() {
    search.refresh();
  }

  /** The port it listens on, once started. */
  public int port() {
    return app.port();
  }

  /** The registered routes as "GET /path", in registration order. */
  public List<String> routes() {
    synchronized (registered) {
      return List.copyOf(registered);
    }
  }

  /** Stops listening, then stops the ingest job that may be running. */
  public void stop() {
    try {
      app.stop();
    } finally {
      try {
        jobs.close();
      } finally {
        search.close();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    ctx.attribute(RENDERED, Boolean.TRUE);
    ctx.status(status).json(body);
  }

  /** The OpenAPI document's bytes. */
  public static byte[] openapi() {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing beside " + ApiServer.class);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read openapi.json: " + e.getMessage(), e);
    }
  }
}
