package org.annals.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.engine.CoreNlp;
import org.annals.engine.DataCoders;
import org.annals.engine.IngestCounts;
import org.annals.engine.IngestListener;
import org.annals.engine.IngestOptions;
import org.annals.engine.IngestPipeline;
import org.annals.engine.TextAnnotator;
import org.annals.ingest.read.SourceKind;
import org.annals.model.ArticleId;
import org.annals.model.Problem;
import org.annals.model.Threads;
import org.annals.store.ArticleStore;
import org.annals.store.ResolveRows;
import org.annals.store.StoreOutcome;
import org.annals.store.StoredArticle;
import org.annals.store.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests uploaded and pasted articles into the served store: the full pipeline (clean, CoreNLP,
 * code, place, resolve) as {@code annals ingest} runs it, one job at a time on one thread, so the
 * store has a single writer while the API keeps reading.
 *
 * <p>Uploads are kept under {@code <data>/uploads/<digest>/<name>}, addressed by their content and
 * name: the stored articles point at them as their source, and uploading the same file again is
 * idempotent (its articles come back {@code unchanged}). CoreNLP's models load on the first job.
 * The last {@value #KEPT} jobs are remembered in memory (the store's ingest runs are the permanent
 * record).
 */
final class IngestJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);

  /** Jobs waiting or running beyond which a submission is refused (429). */
  static final int MAX_PENDING = 8;

  /** Finished jobs remembered. */
  static final int KEPT = 100;

  /** A file to ingest: its name (which says its format) and bytes. */
  record Upload(String name, byte[] bytes) {}

  /** Job states, in order. */
  enum State {
    QUEUED,
    LOADING_MODELS,
    INGESTING,
    INDEXING,
    DONE,
    FAILED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final ArticleStore store;
  private final Path uploads;
  private final IngestOptions options;
  private final Runnable afterIngest;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Threads.named("ingest-job-%d"));
  private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final AtomicLong sequence = new AtomicLong();
  private volatile TextAnnotator annotator;
  private java.util.concurrent.ScheduledExecutorService ticker; // with watch()
  private org.annals.engine.watch.Watcher watcher; // made on the job thread by the first round

  /**
   * Feeds the server polls itself (see {@link #watch}): the watcher's settings and its parts.
   *
   * @param feeds the feed URLs
   */
  record WatchPlan(
      List<java.net.URI> feeds,
      org.annals.engine.watch.Watcher.Options options,
      org.annals.engine.watch.FeedFetcher fetcher,
      org.annals.engine.watch.Backoff backoff,
      java.time.Clock clock) {
    WatchPlan {
      feeds = List.copyOf(feeds);
    }
  }

  /**
   * @param afterIngest runs after each job's ingest, before it is done (e.g. refresh the search
   *     index); its failure fails the job
   */
  IngestJobs(ArticleStore store, Runnable afterIngest) {
    this.store = store;
    this.uploads = store.dataDir().resolve("uploads");
    this.options = IngestOptions.defaults().withGazetteerOf(store.dataDir());
    this.afterIngest = afterIngest;
  }

  /**
   * Saves the uploads and queues a job that ingests them.
   *
   * @throws ApiException 400 for a name Annals cannot read, 429 when too many jobs are pending
   */
  Job submit(List<Upload> files) {
    if (files.isEmpty()) {
      throw ApiException.badRequest(
          "no files in the upload; send multipart/form-data with one or more 'file' parts ("
              + SourceKind.SUPPORTED
              + ")");
    }
    List<String> names = new ArrayList<>();
    for (Upload u : files) {
      String name = safeName(u.name());
      if (SourceKind.of(Path.of(name)).isEmpty()) {
        throw ApiException.badRequest(
            "'"
                + u.name()
                + "' is not a format Annals reads (it goes by the file name's ending); rename it"
                + " or convert it to one of: "
                + SourceKind.SUPPORTED);
      }
      if (u.bytes().length == 0) {
        throw ApiException.badRequest("'" + u.name() + "' is empty; nothing to ingest");
      }
      names.add(name);
    }
    synchronized (jobs) {
      long pending = jobs.values().stream().filter(j -> !j.finished()).count();
      if (pending >= MAX_PENDING) {
        throw new ApiException(
            429,
            pending
                + " ingest jobs are waiting or running; wait for one to finish (GET /api/v1/jobs)"
                + " and send again");
      }
      List<Path> paths = new ArrayList<>();
      List<Map<String, Object>> described = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        paths.add(save(names.get(i), files.get(i).bytes()));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", names.get(i));
        f.put("bytes", files.get(i).bytes().length);
        described.add(f);
      }
      String id = "job_" + sequence.incrementAndGet();
      Job job = new Job(id, "upload", paths, described);
      jobs.put(id, job);
      trim();
      worker.submit(() -> run(job));
      return job;
    }
  }

  /**
   * Polls the feeds now and then every interval, each round a job on the job thread (kind {@code
   * watch}), so rounds, uploads and index refreshes never write at the same time. A round is not
   * queued while the previous one waits or runs.
   */
  synchronized void watch(WatchPlan plan) {
    if (ticker != null) {
      throw new IllegalStateException("already watching feeds");
    }
    ticker =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            Threads.named("watch-ticker-%d"));
    ticker.scheduleWithFixedDelay(
        () -> submitRound(plan),
        0,
        Math.max(1, plan.options().interval().toMillis()),
        TimeUnit.MILLISECONDS);
  }

  private void submitRound(WatchPlan plan) {
    synchronized (jobs) {
      if (jobs.values().stream().anyMatch(j -> j.kind.equals("watch") && !j.finished())) {
        return;
      }
      List<Map<String, Object>> described = new ArrayList<>();
      for (java.net.URI feed : plan.feeds()) {
        described.add(Map.of("name", feed.toString()));
      }
      String id = "job_" + sequence.incrementAndGet();
      Job job = new Job(id, "watch", List.of(), described);
      jobs.put(id, job);
      trim();
      worker.submit(() -> runRound(plan, job));
    }
  }

  private void runRound(WatchPlan plan, Job job) {
    job.started = Instant.now();
    try {
      if (watcher == null) {
        TextAnnotator a = annotator();
        job.state = State.INGESTING;
        watcher =
            new org.annals.engine.watch.Watcher(
                store,
                plan.feeds(),
                Optional.of(a),
                Optional.of(DataCoders.forData(store.dataDir())),
                options,
                plan.options(),
                plan.fetcher(),
                plan.backoff(),
                plan.clock(),
                org.annals.engine.watch.Watcher.Pause.SLEEP);
      }
      job.state = State.INGESTING;
      org.annals.engine.watch.Watcher.RoundReport r = watcher.round(job);
      job.counts = r.counts();
      job.summary = r.summary();
      job.feedFailures = r.failures().stream().map(f -> f.describe()).toList();
      job.resolution =
          r.ingest()
              .flatMap(IngestPipeline.Report::resolution)
              .map(IngestJobs::resolution)
              .orElse(null);
      job.articles = describeArticles(job.stored);
      job.state = State.INDEXING;
      afterIngest.run();
      job.state = State.DONE;
      LOG.info("{}", r.summary());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.fail("the server stopped during the round; the next start polls again");
    } catch (RuntimeException | Error e) {
      LOG.error("watch round {} failed", job.id, e);
      job.fail("the round failed: " + e.getMessage() + "; the next round tries again");
    } finally {
      job.finishedAt = Instant.now();
    }
  }

  /** The models, loaded by the first job that needs them. */
  private TextAnnotator annotator() {
    TextAnnotator a = annotator;
    if (a == null) {
      a = CoreNlp.annotator();
      annotator = a;
    }
    return a;
  }

  private static Map<String, Object> resolution(org.annals.engine.Resolution.Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", r.articles());
    m.put("copies", r.copies());
    m.put("merged_reports", r.merged());
    m.put("reports", r.mentions());
    m.put("new_stories", r.newStories());
    m.put("failures", r.failures());
    return m;
  }

  /** Runs a task on the job thread, after the jobs queued before it (an index refresh, say). */
  void background(Runnable task) {
    worker.submit(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.error("background task failed", e);
          }
        });
  }

  Optional<Job> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The remembered jobs, newest first. */
  List<Job> jobs() {
    synchronized (jobs) {
      List<Job> all = new ArrayList<>(jobs.values());
      Collections.reverse(all);
      return all;
    }
  }

  private void trim() {
    var it = jobs.values().iterator();
    while (jobs.size() > KEPT && it.hasNext()) {
      if (it.next().finished()) {
        it.remove();
      }
    }
  }

  /** A file name safe to write: its last segment, odd characters replaced, at most 100 chars. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).trim();
    base = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
    if (base.length() > 100) {
      base = base.substring(base.length() - 100);
    }
    return base.isEmpty() ? "upload" : base;
  }

  /** Writes an upload where the same name and bytes always land, unless it is there already. */
  private Path save(String name, byte[] bytes) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(bytes);
      String digest = HexFormat.of().formatHex(sha.digest()).substring(0, 20);
      Path dir = uploads.resolve(digest);
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
        return file;
      }
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".upload", ".part");
      Files.write(tmp, bytes);
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot save the upload under " + uploads + ": " + e.getMessage(), e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  private void run(Job job) {
    job.started = Instant.now();
    try {
      if (annotator == null) {
        job.state = State.LOADING_MODELS;
      }
      TextAnnotator a = annotator();
      job.state = State.INGESTING;
      IngestPipeline pipeline =
          new IngestPipeline(
              store, Optional.of(a), Optional.of(DataCoders.forData(store.dataDir())), options);
      IngestPipeline.Report report = pipeline.run(job.paths, job);
      job.counts = report.counts();
      job.resolution = report.resolution().map(IngestJobs::resolution).orElse(null);
      job.articles = describeArticles(job.stored);
      job.state = State.INDEXING;
      afterIngest.run();
      job.state = State.DONE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.fail("the server stopped during the ingest; send the files again");
    } catch (RuntimeException | Error e) {
      LOG.error("ingest job {} failed", job.id, e);
      job.fail(
          "the ingest failed: "
              + e.getMessage()
              + "; articles stored before the failure stay; send the files again to retry");
    } finally {
      job.finishedAt = Instant.now();
    }
  }

  /** Each stored article with its real events, for links from the job to the views. */
  private List<Map<String, Object>> describeArticles(Map<ArticleId, StoreOutcome> stored) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<ArticleId, StoreOutcome> e : stored.entrySet()) {
      Map<String, Object> m = new LinkedHashMap<>();
      String id = e.getKey().value();
      m.put("id", id);
      m.put("outcome", e.getValue().name().toLowerCase(Locale.ROOT));
      Optional<StoredArticle> a = store.article(id);
      m.put("title", a.flatMap(StoredArticle::title).orElse(null));
      m.put("url", a.map(StoredArticle::canonicalUrl).orElse(null));
      LinkedHashSet<String> events = new LinkedHashSet<>();
      for (StoredEvent ev : store.eventsOf(id)) {
        if (ev.event().flags().asserted()) {
          store.eventGroupOf(ev.id()).map(ResolveRows.EventGroup::id).ifPresent(events::add);
        }
      }
      m.put("events", List.copyOf(events));
      out.add(m);
    }
    return out;
  }

  /**
   * Lets the running task finish (an interrupt would close Lucene's and DuckDB's file channels
   * under them), waiting up to a minute, then interrupts what is left.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (ticker != null) {
        ticker.shutdownNow();
      }
    }
    worker.shutdown();
    try {
      if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
        LOG.warn("an ingest job did not finish within 60 s of stopping; interrupting it");
        worker.shutdownNow();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
          LOG.warn("an ingest job did not stop within 30 s of its interrupt");
        }
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** One ingest of uploaded files; hears the pipeline's progress. */
  final class Job implements IngestListener {
    final String id;
    final String kind; // upload or watch
    final Instant submitted = Instant.now();
    final List<Path> paths;
    final List<Map<String, Object>> files;
    volatile State state = State.QUEUED;
    volatile Instant started;
    volatile Instant finishedAt;
    volatile long totalBytes;
    volatile long doneBytes;
    volatile IngestCounts counts = IngestCounts.ZERO;
    volatile Map<String, Object> resolution;
    volatile List<Map<String, Object>> articles = List.of();
    volatile String error;
    volatile String summary; // a watch round's one line
    volatile List<String> feedFailures = List.of();
    final Map<ArticleId, StoreOutcome> stored = Collections.synchronizedMap(new LinkedHashMap<>());
    final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    Job(String id, String kind, List<Path> paths, List<Map<String, Object>> files) {
      this.id = id;
      this.kind = kind;
      this.paths = List.copyOf(paths);
      this.files = List.copyOf(files);
    }

    boolean finished() {
      return state == State.DONE || state == State.FAILED;
    }

    void fail(String message) {
      error = message;
      state = State.FAILED;
    }

    @Override
    public void started(long bytes, int fileCount) {
      totalBytes = bytes;
    }

    @Override
    public void progressed(long done, IngestCounts c) {
      doneBytes = done;
      counts = c;
    }

    @Override
    public void stored(ArticleId article, StoreOutcome outcome) {
      stored.putIfAbsent(article, outcome);
    }

    @Override
    public void problem(Problem p) {
      problems.add(p);
    }

    /** The job as the API shows it. */
    Map<String, Object> record() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("kind", kind);
      m.put("state", state.label());
      m.put("submitted", submitted.toString());
      m.put("started", started == null ? null : started.toString());
      m.put("finished", finishedAt == null || !finished() ? null : finishedAt.toString());
      m.put("files", files);
      Map<String, Object> progress = new LinkedHashMap<>();
      progress.put("done_bytes", doneBytes);
      progress.put("total_bytes", totalBytes);
      m.put("progress", progress);
      IngestCounts c = counts;
      Map<String, Object> counted = new LinkedHashMap<>();
      counted.put("added", c.added());
      counted.put("unchanged", c.unchanged());
      counted.put("new_versions", c.newVersions());
      counted.put("quarantined", c.quarantined());
      counted.put("warnings", c.warnings());
      counted.put("events", c.events());
      m.put("counts", counted);
      m.put("resolution", resolution);
      m.put("articles", articles);
      List<Object> ps = new ArrayList<>();
      synchronized (problems) {
        for (Problem p : problems) {
          Map<String, Object> pm = new LinkedHashMap<>();
          pm.put("where", where(p));
          pm.put("stage", p.stage().label());
          pm.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
          pm.put("reason", p.reason());
          ps.add(pm);
        }
      }
      m.put("problems", ps);
      if (kind.equals("watch")) {
        m.put("summary", summary);
        m.put("feed_failures", feedFailures);
      }
      m.put("error", error);
      return m;
    }

    /** Where a problem is, naming the uploaded file rather than the server's path to it. */
    private String where(Problem p) {
      String described = p.source().describe();
      String prefix = uploads.toString();
      if (described.startsWith(prefix)) {
        String rest = described.substring(prefix.length() + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(slash + 1);
      }
      return described;
    }
  }
}
