package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.model.Problem;
import org.duckdb.DuckDBConnection;

/**
 * The article store: one DuckDB file, {@value #FILE_NAME}, in a data directory.
 *
 * <p>Only one process may have a data directory open, and only one {@code ArticleStore} per
 * directory within a process. Thread-safe: writes ({@link #beginRun}, {@link #storeBatch}, {@link
 * #finishRun}) are serialized on one connection; reads ({@link #contains} and the queries) run on a
 * second connection, concurrently with writes, and see only committed batches.
 */
public final class ArticleStore implements AutoCloseable {
  /** The database file inside the data directory. */
  public static final String FILE_NAME = "annals.duckdb";

  private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();
  private static final Set<String> RUN_STATUSES = Set.of("running", "finished", "failed");

  private final Path dataDir;
  private final Path file;
  private final Clock clock;
  private final Object writeLock = new Object();
  private final Object readLock = new Object();
  private final Connection writer;
  private final Connection reader;
  private volatile boolean closed;

  private ArticleStore(Path dataDir, Path file, Clock clock, Connection writer, Connection reader) {
    this.dataDir = dataDir;
    this.file = file;
    this.clock = clock;
    this.writer = writer;
    this.reader = reader;
  }

  /**
   * Opens the store in {@code dataDir}, creating the directory and the database if needed and
   * bringing the schema up to date.
   *
   * @throws StoreException if another process (or another store in this process) has it open, if
   *     its schema is newer than this code, or if it is not an annals store
   */
  public static ArticleStore open(Path dataDir) {
    return open(dataDir, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock that stamps runs, articles and quarantine entries. */
  public static ArticleStore open(Path dataDir, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    Path dir = createDirectory(dataDir);
    if (!OPEN_IN_THIS_PROCESS.add(dir)) {
      throw new StoreException(
          "the data directory "
              + dir
              + " is already open in this process; use that ArticleStore, or close it first");
    }
    Path file = dir.resolve(FILE_NAME);
    Connection writer = null;
    Connection reader = null;
    try {
      writer = connect(file);
      Migrations.apply(writer, file, clock);
      reader = writer.unwrap(DuckDBConnection.class).duplicate();
      reader.setAutoCommit(true);
      return new ArticleStore(dir, file, clock, writer, reader);
    } catch (SQLException | RuntimeException e) {
      Sql.closeQuietly(reader, e);
      Sql.closeQuietly(writer, e);
      OPEN_IN_THIS_PROCESS.remove(dir);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A store in {@code dataDir} (which must hold no store yet) filled from the Parquet output of the
   * Spark job ({@code annals-spark}) in {@code sparkOutput}: its articles with their sentences,
   * entities, times and events, its merged events as merge links, and its problems as quarantine
   * entries. The rows are copied through DuckDB ({@code read_parquet}); later changes to the
   * Parquet files are not seen. Stories are not computed.
   *
   * @throws StoreException if {@code sparkOutput} is not Spark output of a format this code reads
   *     (saying what is missing), or {@code dataDir} already holds articles
   */
  public static ArticleStore fromParquet(Path sparkOutput, Path dataDir) {
    ParquetImport.check(sparkOutput);
    ArticleStore store = open(dataDir);
    try {
      synchronized (store.writeLock) {
        if (store.stats().articles() > 0) {
          throw new StoreException(
              store.dataDir + " already holds articles; load Spark output into an empty directory");
        }
        try {
          store.writer.setAutoCommit(false);
          ParquetImport.load(store.writer, sparkOutput, store.now());
          store.writer.commit();
        } catch (SQLException e) {
          Sql.rollback(store.writer, e);
          throw new StoreException(
              "cannot load the Spark output " + sparkOutput + ": " + e.getMessage(), e);
        } finally {
          store.restoreAutoCommit();
        }
      }
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static Path createDirectory(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      return dir.toRealPath();
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the data directory "
              + dir
              + " ("
              + e
              + "); check it, or use another --data",
          e);
    }
  }

  private static Connection connect(Path file) {
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + file);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("Could not set lock")) {
        throw new StoreException(
            "the data directory "
                + file.getParent()
                + " is in use by another annals process; wait for it to finish, or use another"
                + " --data ("
                + message
                + ")",
            e);
      }
      if (message.contains("not a valid DuckDB database")) {
        throw new StoreException(
            file
                + " is not an annals store (not a DuckDB database); move it away, or use another"
                + " --data",
            e);
      }
      throw new StoreException("cannot open the store " + file + ": " + message, e);
    }
  }

  /** The data directory, absolute and real. */
  public Path dataDir() {
    return dataDir;
  }

  // ---------------------------------------------------------------- writes

  /** Records the start of an ingest over {@code inputs}; returns its run id. */
  public long beginRun(List<String> inputs) {
    String json = Json.strings(inputs);
    synchronized (writeLock) {
      ensureOpen();
      try {
        long id;
        try (Statement s = writer.createStatement();
            ResultSet r = s.executeQuery("SELECT nextval('ingest_run_ids')")) {
          r.next();
          id = r.getLong(1);
        }
        try (PreparedStatement p =
            writer.prepareStatement(
                "INSERT INTO ingest_runs (id, started_at, inputs, status)"
                    + " VALUES (?, ?, ?, 'running')")) {
          p.setLong(1, id);
          p.setObject(2, now());
          p.setString(3, json);
          p.executeUpdate();
        }
        return id;
      } catch (SQLException e) {
        throw new StoreException("cannot record a new ingest run in " + file + ": " + e, e);
      }
    }
  }

  /**
   * Records the end of a run with its totals.
   *
   * @param status {@code finished} or {@code failed} ({@code running} is accepted, for progress)
   * @throws StoreException if there is no such run
   */
  public void finishRun(long runId, RunCounts counts, String status) {
    Objects.requireNonNull(counts, "counts");
    if (!RUN_STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "run status must be one of " + RUN_STATUSES + ", got '" + status + "'");
    }
    synchronized (writeLock) {
      ensureOpen();
      int updated;
      try (PreparedStatement p =
          writer.prepareStatement(
              "UPDATE ingest_runs SET finished_at = ?, added = ?, unchanged = ?,"
                  + " new_versions = ?, quarantined = ?, warnings = ?, status = ? WHERE id = ?")) {
        if (status.equals("running")) {
          p.setNull(1, Types.TIMESTAMP);
        } else {
          p.setObject(1, now());
        }
        p.setLong(2, counts.added());
        p.setLong(3, counts.unchanged());
        p.setLong(4, counts.newVersions());
        p.setLong(5, counts.quarantined());
        p.setLong(6, counts.warnings());
        p.setString(7, status);
        p.setLong(8, runId);
        updated = p.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("cannot record the end of ingest run " + runId + ": " + e, e);
      }
      if (updated != 1) {
        throw new StoreException(
            "there is no ingest run " + runId + " in " + file + "; start one with beginRun");
      }
    }
  }

  /**
   * Stores a batch of articles (each with its sentences, entity mentions and time expressions) and
   * problems in one transaction: afterwards either all of it is stored or, if this throws, none of
   * it. Per article: its URL already has its content → {@code UNCHANGED}, nothing written; its URL
   * has other content → stored as the next version, {@code NEW_VERSION}, older versions kept;
   * otherwise version 1, {@code ADDED}. Problems go to quarantine; one seen before is counted again
   * rather than added twice.
   *
   * @throws StoreException naming the article or problem that failed; nothing of the batch is
   *     stored and earlier batches are intact
   */
  public BatchResult storeBatch(long runId, List<ArticleRecord> batch, List<Problem> problems) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(problems, "problems");
    synchronized (writeLock) {
      ensureOpen();
      requireRun(runId);
      try {
        writer.setAutoCommit(false);
        BatchResult result = BatchWriter.write(writer, runId, now(), batch, problems);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        Sql.rollback(writer, e);
        throw new StoreException(
            "storing a batch of "
                + batch.size()
                + " articles and "
                + problems.size()
                + " problems in "
                + file
                + " failed, so none of it was stored (earlier batches are intact): "
                + e.getMessage()
                + "; fix the cause (a bad annotation or record is a bug: report it with the"
                + " source above) and re-run the ingest, which skips what is already stored",
            e);
      } finally {
        restoreAutoCommit();
      }
    }
  }

  private void requireRun(long runId) {
    try (PreparedStatement p = writer.prepareStatement("SELECT 1 FROM ingest_runs WHERE id = ?")) {
      p.setLong(1, runId);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException(
              "there is no ingest run " + runId + "; start one with beginRun");
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up ingest run " + runId + ": " + e, e);
    }
  }

  private void restoreAutoCommit() {
    try {
      writer.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StoreException(
          "the connection to " + file + " broke after a batch; close the store and open it again",
          e);
    }
  }

  // ---------------------------------------------------------------- reads

  /** Whether this URL is stored with this content (committed batches only); cheap. */
  public boolean contains(String canonicalUrl, String contentSha256) {
    return read("check for " + canonicalUrl, c -> Queries.contains(c, canonicalUrl, contentSha256));
  }

  /** A page of articles, newest publication first; see {@link ArticleQuery}. */
  public List<ArticleSummary> listArticles(ArticleQuery query) {
    Objects.requireNonNull(query, "query");
    return read("list articles", c -> Queries.listArticles(c, query));
  }

  /**
   * The article with this id, or the one article whose id starts with this prefix (at least 4
   * characters; the leading {@code a_} may be left out).
   *
   * @throws AmbiguousIdException if the prefix matches several articles
   * @throws IllegalArgumentException if the prefix is too short
   */
  public Optional<StoredArticle> article(String idOrPrefix) {
    Objects.requireNonNull(idOrPrefix, "idOrPrefix");
    return read("read article " + idOrPrefix, c -> ArticleReader.find(c, idOrPrefix));
  }

  /** A page of coded events; see {@link EventQuery}. */
  public List<StoredEvent> events(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read("list events", c -> EventQueries.events(c, query));
  }

  /** How many events are stored (all versions, flagged ones included). */
  public long eventCount() {
    return read("count events", EventQueries::count);
  }

  /** The newest quarantine entries (errors and warnings), most recently seen first. */
  public List<QuarantineEntry> quarantine(int limit) {
    requirePositive(limit);
    return read("list quarantine", c -> Queries.quarantine(c, limit));
  }

  public StoreStats stats() {
    return read("count", Queries::stats);
  }

  /**
   * How many articles were published each day (distinct URLs, at their first version's date;
   * undated articles are left out): the volume event counts are normalised by.
   */
  public java.util.SortedMap<java.time.LocalDate, Long> articlesPerDay() {
    return read("count articles per day", Queries::articlesPerDay);
  }

  /**
   * The most mentioned entities over the latest version of each article.
   *
   * @param type an entity type such as {@code PERSON}, or null for all types
   */
  public List<EntityCount> topEntities(String type, int limit) {
    requirePositive(limit);
    return read("count entities", c -> Queries.topEntities(c, Optional.ofNullable(type), limit));
  }

  /** The latest ingest runs, newest first. */
  public List<IngestRun> runs(int limit) {
    requirePositive(limit);
    return read("list ingest runs", c -> Queries.runs(c, limit));
  }

  // ---------------------------------------------------------------- resolve stage

  /**
   * Latest article versions the RESOLVE stage has not seen, oldest publication first, then in input
   * order (source file, byte offset), then by id.
   */
  public List<String> articlesToResolve() {
    return read("list articles to resolve", ResolveQueries::articlesToResolve);
  }

  /** An article's coded events, flagged ones included, in coding order. */
  public List<StoredEvent> eventsOf(String articleId) {
    return read("list the events of " + articleId, c -> ResolveQueries.eventsOf(c, articleId));
  }

  public Optional<ResolveRows.ArticleFeatures> articleFeatures(String articleId) {
    return read("read features of " + articleId, c -> ResolveQueries.features(c, articleId));
  }

  /** In how many resolved articles each term occurs (terms never seen are left out). */
  public java.util.Map<String, Long> documentFrequencies(java.util.Collection<String> terms) {
    return read("read term frequencies", c -> ResolveQueries.documentFrequencies(c, terms));
  }

  /** How many articles the RESOLVE stage has seen. */
  public long resolvedArticleCount() {
    return read("count resolved articles", ResolveQueries::featureCount);
  }

  /** All stories, latest first. */
  public List<ResolveRows.StoryRow> stories() {
    return read("list stories", c -> ResolveQueries.stories(c, Optional.empty()));
  }

  /**
   * The stories whose last article is dated {@code since} or later, or that have no dates, latest
   * first: the ones an article published from {@code since} on may still join.
   */
  public List<ResolveRows.StoryRow> storiesActiveSince(LocalDate since) {
    return read(
        "list stories since " + since,
        c -> ResolveQueries.stories(c, Optional.empty(), Optional.of(since)));
  }

  public Optional<ResolveRows.StoryRow> story(String id) {
    return read("read story " + id, c -> ResolveQueries.stories(c, Optional.of(id))).stream()
        .findFirst();
  }

  /** The articles of a story, oldest first. */
  public List<String> storyArticles(String storyId) {
    return read("list articles of " + storyId, c -> ResolveQueries.storyArticles(c, storyId));
  }

  /** The mentions of a real event, first report first. */
  public List<ResolveRows.ResolvedMention> mentionsOf(String mergedId) {
    return read("list mentions of " + mergedId, c -> ResolveQueries.mentionsOf(c, mergedId));
  }

  /** Resolved, asserted mentions in the articles of a near-duplicate group. */
  public List<ResolveRows.ResolvedMention> mentionsInCopyGroup(String copyGroup) {
    return read(
        "list mentions of copies of " + copyGroup, c -> ResolveQueries.inCopyGroup(c, copyGroup));
  }

  /** Live (not superseded) mentions in earlier versions of an article. */
  public List<ResolveRows.ResolvedMention> mentionsInEarlierVersions(String articleId) {
    return read(
        "list mentions of earlier versions of " + articleId,
        c -> ResolveQueries.earlierVersions(c, articleId));
  }

  /** One resolved mention (a stored event and how it was merged). */
  public Optional<ResolveRows.ResolvedMention> resolvedMention(String mentionId) {
    return read("read mention " + mentionId, c -> ResolveQueries.mention(c, mentionId));
  }

  public List<ResolveRows.MergeOverride> mergeOverrides() {
    return read("list merge overrides", ResolveQueries::overrides);
  }

  /** How many stored events are not resolved yet. */
  public long unresolvedCount() {
    return read("count unresolved events", ResolveQueries::unresolved);
  }

  /**
   * Stores what the RESOLVE stage found for one article, in one transaction: its features and
   * bands, its story's new state, and its mentions' merge decisions.
   */
  public void saveResolution(
      ResolveRows.ArticleFeatures features,
      long[] bands,
      Optional<ResolveRows.StoryRow> story,
      List<ResolveRows.MergeDecision> decisions) {
    saveResolutions(List.of(new ResolveRows.Resolved(features, bands, story, decisions)));
  }

  /**
   * Stores what the RESOLVE stage found for a batch of articles, in one transaction, with the
   * effect of storing them one by one in order ({@link #saveResolution}).
   */
  public void saveResolutions(List<ResolveRows.Resolved> batch) {
    if (batch.isEmpty()) {
      return;
    }
    write(
        batch.size() == 1
            ? "store the resolution of " + batch.get(0).features().articleId()
            : "store the resolution of " + batch.size() + " articles",
        c -> {
          ResolveBatchQueries.saveAll(c, now(), batch);
          return null;
        });
  }

  /**
   * What the RESOLVE stage reads of these articles, in a few queries: text, sentences (tokens, no
   * dependencies), entity mentions and events. Ids no longer stored are left out.
   */
  public List<ResolveRows.ArticleInput> resolveInputs(List<String> articleIds) {
    return read(
        "read " + articleIds.size() + " articles to resolve",
        c -> ResolveBatchQueries.inputs(c, articleIds));
  }

  /** Resolved articles that share a MinHash band with any of these band arrays. */
  public List<ResolveRows.BandHit> bandHits(java.util.Collection<long[]> bandSets) {
    return read("look up near-duplicates", c -> ResolveBatchQueries.bandHits(c, bandSets));
  }

  /**
   * For each window, the resolved, asserted mentions dated (or published, when undated) within it
   * whose source has its source key (a country code, or the actor code of an actor without a
   * country) and whose target, when it names a target key, has that key or none; in one query per
   * 200 windows.
   */
  public List<List<ResolveRows.ResolvedMention>> resolvedMentionsIn(
      List<ResolveRows.MentionWindow> windows) {
    return read("list resolved mentions", c -> ResolveBatchQueries.inWindows(c, windows));
  }

  /** {@code n} fresh story ids; ids are never reused. */
  public List<String> nextStoryIds(int n) {
    return write("number stories", c -> ResolveQueries.nextStoryIds(c, n));
  }

  /** Stores a user's merge decision and the re-assignments it implies, in one transaction. */
  public void saveOverride(
      ResolveRows.MergeOverride override, List<ResolveRows.MergeDecision> decisions) {
    write(
        "store the " + override.kind() + " of " + override.mentionId(),
        c -> {
          ResolveQueries.addOverride(c, now(), override);
          ResolveBatchQueries.saveDecisions(c, now(), decisions);
          return null;
        });
  }

  /**
   * Real events (reports of one event merged): each by its representative mention, with counts over
   * its mentions.
   */
  public List<ResolveRows.EventGroup> eventGroups(
      EventQuery query, double minConfidence, Optional<String> storyId) {
    return read(
        "list real events",
        c -> ResolveQueries.groups(c, query, minConfidence, storyId, Optional.empty()));
  }

  /**
   * Every real event a query selects, each with all its mentions, in the order of {@link
   * #eventGroups}: for exports. The query's filters apply as there; its limit and offset do not
   * (everything that matches is passed on). One query and one consistent snapshot, however many
   * events; {@code sink} runs while the store's read connection is held, so it should not call the
   * store.
   *
   * @return how many real events were passed to {@code sink}
   */
  public long forEachRealEvent(
      EventQuery query,
      double minConfidence,
      Optional<String> storyId,
      java.util.function.Consumer<ExportRows.RealEvent> sink) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(sink, "sink");
    return read(
        "export real events", c -> ExportQueries.forEach(c, query, minConfidence, storyId, sink));
  }

  /** How many real events a query matches, its limit and offset aside. */
  public long eventGroupCount(EventQuery query, double minConfidence, Optional<String> storyId) {
    return read(
        "count real events", c -> ResolveQueries.countGroups(c, query, minConfidence, storyId));
  }

  /**
   * The real event an id names: an event's id or id prefix, else a report's (mention's) id, whose
   * event it is.
   */
  public Optional<ResolveRows.EventGroup> eventGroupOf(String id) {
    Optional<ResolveRows.EventGroup> found = eventGroup(id);
    if (found.isPresent()) {
      return found;
    }
    return resolvedMention(id).flatMap(m -> eventGroup(m.decision().mergedId()));
  }

  /** One real event by its id or an id prefix. */
  public Optional<ResolveRows.EventGroup> eventGroup(String idOrPrefix) {
    EventQuery all =
        new EventQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            true,
            2,
            0);
    List<ResolveRows.EventGroup> found =
        read(
            "read event " + idOrPrefix,
            c -> ResolveQueries.groups(c, all, 0, Optional.empty(), Optional.of(idOrPrefix)));
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "the id prefix " + idOrPrefix + " names several events; give more of the id");
    }
    return found.stream().findFirst();
  }

  /**
   * Candidate actors: people and organisations that acted in events but are not in the
   * dictionaries, most frequent first; reviewed ones only with {@code includeReviewed}.
   */
  public List<CandidateSummary> candidateActors(boolean includeReviewed, int limit) {
    requirePositive(limit);
    return read(
        "list candidate actors",
        c -> CandidateQueries.candidates(c, Optional.empty(), includeReviewed, limit));
  }

  /** One candidate actor by its key (the name with case and accents folded). */
  public Optional<CandidateSummary> candidateActor(String key) {
    return read(
            "read candidate actor " + key,
            c -> CandidateQueries.candidates(c, Optional.of(key), true, 1))
        .stream()
        .findFirst();
  }

  /**
   * Records a review: {@code promoted} (with the code and the entry written) or {@code rejected}.
   */
  public void reviewCandidate(
      String key, String status, Optional<String> code, Optional<String> entry) {
    if (!status.equals("promoted") && !status.equals("rejected")) {
      throw new IllegalArgumentException("a review is promoted or rejected, got " + status);
    }
    write(
        "review candidate " + key,
        c -> {
          CandidateQueries.review(c, now(), key, status, code, entry);
          return null;
        });
  }

  /** A transaction on the writer connection. */
  private <T> T write(String what, Query<T> work) {
    synchronized (writeLock) {
      ensureOpen();
      try {
        writer.setAutoCommit(false);
        T result = work.run(writer);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        Sql.rollback(writer, e);
        if (e instanceof IllegalArgumentException iae) {
          throw iae;
        }
        throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
      } finally {
        restoreAutoCommit();
      }
    }
  }

  private static void requirePositive(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
  }

  /** A query on the reader connection. */
  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Query<T> query) {
    synchronized (readLock) {
      ensureOpen();
      try {
        return query.run(reader);
      } catch (SQLException e) {
        throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
      }
    }
  }

  // ---------------------------------------------------------------- lifecycle

  private void ensureOpen() {
    if (closed) {
      throw new StoreException("the store " + file + " is closed; open it again");
    }
  }

  private LocalDateTime now() {
    return Times.toDb(clock.instant());
  }

  /** Closes the store; idempotent. Waits for a running batch to end. */
  @Override
  public void close() {
    synchronized (writeLock) {
      synchronized (readLock) {
        if (closed) {
          return;
        }
        closed = true;
        StoreException failure = null;
        for (Connection c : List.of(reader, writer)) {
          try {
            c.close();
          } catch (SQLException e) {
            if (failure == null) {
              failure = new StoreException("closing the store " + file + " failed: " + e, e);
            } else {
              failure.addSuppressed(e);
            }
          }
        }
        OPEN_IN_THIS_PROCESS.remove(dataDir);
        if (failure != null) {
          throw failure;
        }
      }
    }
  }

  @Override
  public String toString() {
    return "ArticleStore[" + file + (closed ? ", closed]" : "]");
  }
}
