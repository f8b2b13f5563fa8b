package org.annals.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annals.store.ArticleQuery;
import org.annals.store.ArticleStore;
import org.annals.store.ArticleSummary;
import org.annals.store.CandidateSummary;
import org.annals.store.EventQuery;
import org.annals.store.ResolveRows.EventGroup;
import org.annals.store.StoredArticle;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The full-text index of a data directory, in {@code <dataDir>/}{@value #DIRECTORY}: the latest
 * version of every article, every real (merged) event and every actor, searchable with Lucene's
 * query syntax.
 *
 * <p>The index is derived data: {@link #refresh} brings it up to date with the store, and deleting
 * the directory only costs a full refresh. Thread-safe: any number of threads may {@link #search}
 * while one {@link #refresh} runs (refreshes are serialized); a search sees the index as of the
 * last finished refresh, never half of one.
 */
public final class SearchIndex implements AutoCloseable {
  /** The index's directory inside the data directory. */
  public static final String DIRECTORY = "search";

  /** The largest page a search returns. */
  public static final int MAX_LIMIT = 1000;

  /** Written into each commit; an index of another format is rebuilt from scratch. */
  static final String FORMAT = "annals-search-1";

  private static final String FORMAT_KEY = "format";
  private static final String EVENTS_KEY = "events-fingerprint";
  private static final String ACTORS_KEY = "actors-fingerprint";
  private static final int ARTICLE_PAGE = 1000;
  private static final Sort ORDER =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(Fields.SORT_TYPE, SortField.Type.INT),
          new SortField(Fields.SORT_ID, SortField.Type.STRING));

  private final Path directory;
  private final FSDirectory fsDirectory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Object refreshLock = new Object();

  private SearchIndex(
      Path directory,
      FSDirectory fsDirectory,
      Analyzer analyzer,
      IndexWriter writer,
      SearcherManager searchers) {
    this.directory = directory;
    this.fsDirectory = fsDirectory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
  }

  /**
   * Opens the index of a data directory, creating it (empty) if needed; call {@link #refresh} to
   * fill it.
   *
   * @throws UncheckedIOException if the directory cannot be created or the index read, or another
   *     process has it open; the message says what to do
   */
  public static SearchIndex open(Path dataDir) {
    Path dir = dataDir.resolve(DIRECTORY).toAbsolutePath().normalize();
    FSDirectory fs = null;
    IndexWriter writer = null;
    try {
      Files.createDirectories(dir);
      fs = FSDirectory.open(dir);
      Analyzer analyzer = Fields.analyzer();
      writer =
          new IndexWriter(
              fs,
              new IndexWriterConfig(analyzer)
                  .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      if (!FORMAT.equals(userData(writer).get(FORMAT_KEY))) {
        writer.deleteAll(); // new, or written by another version: rebuilt on refresh
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
      }
      SearcherManager searchers = new SearcherManager(writer, null);
      return new SearchIndex(dir, fs, analyzer, writer, searchers);
    } catch (LockObtainFailedException e) {
      closeQuietly(writer, fs, e);
      throw new UncheckedIOException(
          "the search index "
              + dir
              + " is in use by another annals process; stop it, or use another --data",
          e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(writer, fs, e);
      throw new UncheckedIOException(
          "cannot open the search index "
              + dir
              + ": "
              + e.getMessage()
              + "; delete that directory and it is rebuilt from the store on the next refresh",
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  private static Map<String, String> userData(IndexWriter writer) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** The index's directory. */
  public Path directory() {
    return directory;
  }

  /**
   * Brings the index up to date with the store: adds articles not yet indexed, removes those no
   * longer the latest version at their URL, and re-indexes events and actors if they changed since
   * the last refresh. Idempotent: a second refresh with no change in the store changes nothing.
   * Searches meanwhile see the index as it was until the refresh commits.
   */
  public RefreshReport refresh(ArticleStore store) {
    Objects.requireNonNull(store, "store");
    synchronized (refreshLock) {
      long t0 = System.nanoTime();
      try {
        Map<String, String> data = userData(writer);
        int[] articles = refreshArticles(store);
        List<EventGroup> groups = new ArrayList<>();
        List<Document> events = new ArrayList<>();
        store.forEachRealEvent(
            EventQuery.everything(false),
            0,
            Optional.empty(),
            e -> {
              groups.add(e.group());
              events.add(Documents.event(e.group()));
            });
        List<Document> actors = new ArrayList<>();
        for (ActorActivity a : ActorActivity.of(groups)) {
          actors.add(Documents.codedActor(a));
        }
        for (CandidateSummary c : store.candidateActors(true, Integer.MAX_VALUE)) {
          actors.add(Documents.candidate(c));
        }
        String eventsPrint = Fingerprint.of(events);
        String actorsPrint = Fingerprint.of(actors);
        int eventsIndexed = 0;
        int actorsIndexed = 0;
        if (!eventsPrint.equals(data.get(EVENTS_KEY))) {
          replaceAll(DocType.EVENT, events);
          eventsIndexed = events.size();
        }
        if (!actorsPrint.equals(data.get(ACTORS_KEY))) {
          replaceAll(DocType.ACTOR, actors);
          actorsIndexed = actors.size();
        }
        if (articles[0] + articles[1] + eventsIndexed + actorsIndexed > 0) {
          writer.setLiveCommitData(
              Map.of(FORMAT_KEY, FORMAT, EVENTS_KEY, eventsPrint, ACTORS_KEY, actorsPrint)
                  .entrySet());
          writer.commit();
          searchers.maybeRefreshBlocking();
        }
        return new RefreshReport(
            articles[0],
            articles[1],
            eventsIndexed,
            actorsIndexed,
            articles[2],
            Duration.ofNanos(System.nanoTime() - t0));
      } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
        // Nothing is committed: the next refresh starts from the last commit again
        // (documents are replaced by key or by type, so nothing doubles).
        throw new UncheckedIOException(
            "cannot update the search index "
                + directory
                + ": "
                + e.getMessage()
                + "; check the disk, or delete that directory (it is rebuilt from the store)",
            e instanceof IOException io ? io : new IOException(e));
      }
    }
  }

  /** Adds new latest articles and drops the rest: {added, removed, in index}. */
  private int[] refreshArticles(ArticleStore store) throws IOException {
    Set<String> indexed = indexedIds(DocType.ARTICLE);
    Set<String> latest = new HashSet<>();
    int added = 0;
    for (int offset = 0; ; offset += ARTICLE_PAGE) {
      List<ArticleSummary> page = store.listArticles(new ArticleQuery(false, ARTICLE_PAGE, offset));
      for (ArticleSummary s : page) {
        String id = s.id().value();
        latest.add(id);
        if (!indexed.contains(id)) {
          Optional<StoredArticle> a = store.article(id);
          if (a.isPresent()) {
            writer.updateDocument(Documents.key(DocType.ARTICLE, id), Documents.article(a.get()));
            added++;
          }
        }
      }
      if (page.size() < ARTICLE_PAGE) {
        break;
      }
    }
    int removed = 0;
    for (String id : indexed) {
      if (!latest.contains(id)) {
        writer.deleteDocuments(Documents.key(DocType.ARTICLE, id));
        removed++;
      }
    }
    return new int[] {added, removed, latest.size()};
  }

  private void replaceAll(DocType type, List<Document> docs) throws IOException {
    writer.deleteDocuments(Documents.type(type));
    writer.addDocuments(docs);
  }

  /** The ids of the documents of a type in the last committed index. */
  private Set<String> indexedIds(DocType type) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TermQuery q = new TermQuery(Documents.type(type));
      int n = Math.max(1, s.getIndexReader().numDocs());
      TopDocs docs = s.search(q, n);
      StoredFields stored = s.storedFields();
      Set<String> ids = new HashSet<>();
      for (ScoreDoc d : docs.scoreDocs) {
        ids.add(stored.document(d.doc, Set.of(Fields.ID)).get(Fields.ID));
      }
      return ids;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Searches the index with Lucene's classic query syntax: words (all must match), {@code
   * "phrases"}, {@code OR}, {@code -exclusions}, {@code prefix*} and {@code field:value} for the
   * fields {@code title}, {@code text}, {@code names}, {@code codes}, {@code description}, {@code
   * trigger}, {@code id} and {@code date} ({@code date:2024-03*}). English words match their other
   * forms ("attacks" finds "attacked").
   *
   * @param query the query, not blank
   * @param types the types to return; empty for all
   * @param limit at most this many hits, 1..{@value #MAX_LIMIT}
   * @param offset skip this many hits first, at least 0
   * @throws QuerySyntaxException if the query does not parse (an {@link IllegalArgumentException})
   * @throws IllegalArgumentException if the query is blank, or limit or offset is out of range
   */
  public SearchResult search(String query, Set<DocType> types, int limit, int offset) {
    Objects.requireNonNull(types, "types");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "the search limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("the search offset must be 0 or more, got " + offset);
    }
    Query parsed = QueryParsing.parse(query, analyzer);
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return search(s, query, parsed, types, limit, offset);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot search the index " + directory + ": " + e.getMessage(), e);
    }
  }

  private SearchResult search(
      IndexSearcher s, String query, Query parsed, Set<DocType> types, int limit, int offset)
      throws IOException {
    Map<DocType, Long> totals = new EnumMap<>(DocType.class);
    long total = 0;
    for (DocType t : DocType.values()) {
      long n = s.count(ofType(parsed, Set.of(t)));
      totals.put(t, n);
      if (types.isEmpty() || types.contains(t)) {
        total += n;
      }
    }
    List<SearchHit> hits = new ArrayList<>();
    if (offset < total) {
      Query filtered = types.isEmpty() ? parsed : ofType(parsed, types);
      int n = (int) Math.min((long) offset + limit, total);
      TopDocs top = s.search(filtered, n, ORDER, true);
      ScoreDoc[] page =
          Arrays.copyOfRange(
              top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
      int[] docIds = new int[page.length];
      for (int i = 0; i < page.length; i++) {
        docIds[i] = page[i].doc;
      }
      List<Snippet> snippets = Snippets.create(s, analyzer).snippets(parsed, docIds);
      StoredFields stored = s.storedFields();
      for (int i = 0; i < page.length; i++) {
        Document d =
            stored.document(page[i].doc, Set.of(Fields.TYPE, Fields.ID, Fields.TITLE, Fields.DATE));
        hits.add(
            new SearchHit(
                DocType.of(d.get(Fields.TYPE)),
                d.get(Fields.ID),
                d.get(Fields.TITLE),
                Optional.ofNullable(d.get(Fields.DATE)).map(LocalDate::parse),
                page[i].score,
                snippets.get(i)));
      }
    }
    return new SearchResult(query, total, totals, offset, limit, hits);
  }

  private static Query ofType(Query q, Set<DocType> types) {
    List<BytesRef> labels = types.stream().map(t -> new BytesRef(t.label())).toList();
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(new TermInSetQuery(Fields.TYPE, labels), Occur.FILTER)
        .build();
  }

  /** How many documents of a type the index holds (as of the last refresh). */
  public long count(DocType type) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.count(new TermQuery(Documents.type(type)));
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count in " + directory + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(IndexWriter writer, FSDirectory fs, Exception cause) {
    for (AutoCloseable c : new AutoCloseable[] {writer, fs}) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception e) {
          cause.addSuppressed(e);
        }
      }
    }
  }

  /** Closes the index; searches must have ended. Idempotent. */
  @Override
  public void close() {
    synchronized (refreshLock) {
      closeUnderLock();
    }
  }

  private void closeUnderLock() {
    try {
      searchers.close();
      if (writer.isOpen()) {
        writer.close();
      }
      fsDirectory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "closing the search index " + directory + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "SearchIndex[" + directory + "]";
  }
}
