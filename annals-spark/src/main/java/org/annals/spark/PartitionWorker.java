package org.annals.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import org.annals.engine.ArticleProcessor;
import org.annals.ingest.read.ArticleSink;
import org.annals.ingest.read.IngestLimits;
import org.annals.ingest.read.InputScanner;
import org.annals.model.CleanArticle;
import org.annals.model.CodedEvent;
import org.annals.model.Problem;
import org.annals.model.RawArticle;
import org.annals.model.Sentence;
import org.annals.model.SourceRef;
import org.annals.model.Stage;
import org.annals.model.Token;
import org.annals.resolve.Terms;
import org.annals.resolve.dedup.MinHash;
import org.annals.resolve.story.StoryClusterer;
import org.annals.resolve.story.StoryDocs;
import org.annals.store.ArticleRecord;
import org.annals.store.StoreRows;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * The per-partition work: for every input file of the partition, read it (a file on another file
 * system is first copied to a local temporary file), run CLEAN → ANNOTATE → CODE → PLACE on each
 * article with this JVM's {@link ExecutorModels}, and emit the store's rows for it, each tagged
 * with its table. Bad articles and unreadable files become {@code problems} rows.
 */
final class PartitionWorker implements FlatMapFunction<Iterator<String>, Tuple2<String, Row>> {
  private static final long serialVersionUID = 1L;

  static final String PROBLEMS = "problems";

  /** Internal: MinHash signatures of the articles (see {@link Schemas#MINHASH}). */
  static final String MINHASH = "minhash";

  private static final MinHash MIN_HASH = MinHash.standard();

  /** Internal: each article's story document (see {@link Schemas#STORY_DOCS}). */
  static final String STORY_DOCS = "story_docs";

  /** The table the job calls the store's {@code events} (one row per report of an event). */
  static final String MENTIONS = "mentions";

  private final Map<String, String> hadoopConf;
  private final Map<String, StructType> schemas;

  PartitionWorker(Map<String, String> hadoopConf, Map<String, StructType> schemas) {
    this.hadoopConf = new HashMap<>(hadoopConf);
    this.schemas = new HashMap<>(schemas);
  }

  /**
   * The partition's rows, produced one article at a time by a reader thread while Spark consumes
   * them: an executor holds a few articles' rows, not a whole WARC file's (a CC-NEWS file holds
   * tens of thousands of articles).
   */
  @Override
  public Iterator<Tuple2<String, Row>> call(Iterator<String> files) {
    List<String> inputs = new ArrayList<>();
    files.forEachRemaining(inputs::add);
    RowStream stream = new RowStream(inputs);
    TaskContext task = TaskContext.get();
    if (task != null) {
      // a failed or killed task stops its reader
      task.addTaskCompletionListener((TaskCompletionListener) c -> stream.close());
    }
    return stream;
  }

  /** Rows handed from the reader thread, an article's at a time, ending with {@link #END}. */
  private final class RowStream implements Iterator<Tuple2<String, Row>>, AutoCloseable {
    /** Its own instance: compared by identity. */
    private static final List<Tuple2<String, Row>> END =
        java.util.Collections.unmodifiableList(new ArrayList<>());

    private final BlockingQueue<List<Tuple2<String, Row>>> queue =
        new ArrayBlockingQueue<>(QUEUED_ARTICLES);
    private final Thread reader;
    private volatile Throwable failure;
    private volatile boolean closed;
    private Iterator<Tuple2<String, Row>> current = java.util.Collections.emptyIterator();
    private boolean ended;

    RowStream(List<String> inputs) {
      reader =
          new Thread(
              () -> {
                try {
                  for (String input : inputs) {
                    readOne(input, this::put);
                  }
                } catch (RuntimeException | Error e) {
                  failure = e;
                } catch (InterruptedException e) {
                  return; // closed: nobody reads any more
                }
                try {
                  queue.put(END);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "annals-partition-reader");
      reader.setDaemon(true);
      reader.start();
    }

    /**
     * Waits for room; throws once the stream is closed, even where a reader caught the first
     * interruption (the WARC reader reports an exception from one record and goes on).
     */
    private void put(List<Tuple2<String, Row>> rows) throws InterruptedException {
      if (rows.isEmpty()) {
        return;
      }
      while (!queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new InterruptedException("the partition's row stream was closed");
        }
      }
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && !ended) {
        List<Tuple2<String, Row>> next;
        try {
          next = queue.take();
        } catch (InterruptedException e) {
          close();
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading the partition's articles", e);
        }
        if (next == END) {
          ended = true;
          if (failure != null) {
            throw new IllegalStateException(
                "reading the partition's articles failed: " + failure, failure);
          }
        } else {
          current = next.iterator();
        }
      }
      return current.hasNext();
    }

    @Override
    public Tuple2<String, Row> next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return current.next();
    }

    @Override
    public void close() {
      closed = true;
      reader.interrupt();
    }
  }

  /** Articles whose rows may wait for Spark to take them. */
  static final int QUEUED_ARTICLES = 16;

  /** Takes one article's rows (or one problem's); may block until Spark has taken earlier ones. */
  @FunctionalInterface
  private interface Rows {
    void put(List<Tuple2<String, Row>> rows) throws InterruptedException;
  }

  private void readOne(String input, Rows out) throws InterruptedException {
    URI uri = URI.create(input);
    boolean local = uri.getScheme() == null || "file".equals(uri.getScheme());
    Path tempDir = null;
    Path file;
    try {
      if (local) {
        file = uri.getScheme() == null ? Path.of(input) : Path.of(uri);
      } else {
        tempDir = Files.createTempDirectory("annals-spark-");
        file = tempDir.resolve(new org.apache.hadoop.fs.Path(uri).getName());
        copyToLocal(uri, file);
      }
      process(input, file, out);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      Problem p = Problem.error(SourceRef.file(input), Stage.READ, "cannot read: " + e);
      out.put(List.of(new Tuple2<>(PROBLEMS, problemRow(input, p, input, input))));
    } finally {
      if (tempDir != null) {
        deleteTree(tempDir);
      }
    }
  }

  /** Thrown through the scanner's callbacks when the stream is closed while a file is read. */
  private static final class Closed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Closed(InterruptedException cause) {
      super("the partition's row stream was closed", cause);
    }
  }

  private void process(String input, Path file, Rows deliver) throws InterruptedException {
    String localName = file.toString();
    ArticleProcessor processor = ExecutorModels.processor();
    InputScanner scanner = new InputScanner(IngestLimits.DEFAULT);
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void article(RawArticle raw) {
            List<Tuple2<String, Row>> out = new ArrayList<>();
            ArticleProcessor.Outcome o = processor.process(raw);
            for (Problem p : o.problems()) {
              out.add(new Tuple2<>(PROBLEMS, problemRow(input, p, localName, input)));
            }
            o.record().ifPresent(r -> emit(input, localName, r, out));
            hand(out);
          }

          @Override
          public void problem(Problem problem) {
            hand(List.of(new Tuple2<>(PROBLEMS, problemRow(input, problem, localName, input))));
          }

          private void hand(List<Tuple2<String, Row>> rows) {
            try {
              deliver.put(rows);
            } catch (InterruptedException e) {
              throw new Closed(e);
            }
          }
        };
    try {
      for (InputScanner.InputFile f : scanner.expand(List.of(file), sink)) {
        scanner.read(f, sink);
      }
    } catch (Closed e) {
      throw (InterruptedException) e.getCause();
    }
  }

  private void emit(
      String input, String localName, ArticleRecord record, List<Tuple2<String, Row>> out) {
    Map<String, StoreRows.Table> tables;
    try {
      tables = StoreRows.of(record);
    } catch (RuntimeException e) {
      Problem p =
          new Problem(
              record.article().raw().source(),
              Stage.STORE,
              Problem.Severity.ERROR,
              "cannot make store rows: " + e.getMessage() + "; report this as a bug",
              record.article().raw().rawSha256());
      out.add(new Tuple2<>(PROBLEMS, problemRow(input, p, localName, input)));
      return;
    }
    String text = record.article().clean().text();
    if (!text.isBlank()) {
      long[] signature = MIN_HASH.signature(text);
      long[] bands = MIN_HASH.bandHashes(signature);
      out.add(
          new Tuple2<>(
              MINHASH,
              RowFactory.create(record.article().id().value(), MinHash.toBytes(signature), bands)));
    }
    StoryClusterer.Doc doc =
        StoryDocs.of(
            record.article().id().value(),
            record.article().published().date(),
            record.article().outlet().orElse(""),
            record.annotation());
    out.add(
        new Tuple2<>(
            STORY_DOCS,
            RowFactory.create(
                record.article().id().value(),
                Schemas.map(doc.counts()),
                Schemas.map(doc.labels()))));
    for (StoreRows.Table t : tables.values()) {
      String name = t.name().equals("events") ? MENTIONS : t.name();
      StructType schema = schemas.get(name);
      for (Object[] values : t.rows()) {
        Object[] row = new Object[schema.size()];
        for (int i = 0; i < t.columns().size(); i++) {
          Object v = values[i];
          if ("source_path".equals(t.columns().get(i)) && localName.equals(v)) {
            v = input; // a copied file is named by where it came from
          }
          row[i] = Schemas.coerce(v, schema.fields()[i].dataType());
        }
        if (name.equals(MENTIONS)) {
          fillMentionExtras(record, t.columns(), values, row);
        }
        out.add(new Tuple2<>(name, RowFactory.create(row)));
      }
    }
  }

  /**
   * Adds the sentence's text, the article's URL, outlet and date, and the merge features (trigger
   * lemma, the sentence's content terms and numbers, as {@code Resolution} computes them) to a
   * mention row.
   */
  private static void fillMentionExtras(
      ArticleRecord record, List<String> columns, Object[] values, Object[] row) {
    CleanArticle a = record.article();
    int start = (Integer) values[columns.indexOf("sentence_char_start")];
    int end = (Integer) values[columns.indexOf("sentence_char_end")];
    String text = a.clean().text();
    int n = columns.size();
    row[n] = text.substring(Math.max(0, start), Math.min(text.length(), end));
    row[n + 1] = a.canonicalUrl();
    row[n + 2] = a.outlet().orElse(null);
    row[n + 3] = a.published().date().orElse(null);
    CodedEvent e = record.events().get((Integer) values[columns.indexOf("idx")]);
    List<Token> tokens = List.of();
    for (Sentence s : record.annotation().sentences()) {
      if (s.index() == e.evidence().sentenceIndex()) {
        tokens = s.tokens();
        break;
      }
    }
    row[n + 4] = Terms.triggerLemma(tokens, e.evidence().trigger());
    row[n + 5] = new TreeSet<>(Terms.content(tokens)).toArray(String[]::new);
    row[n + 6] = new TreeSet<>(Terms.numbers(tokens)).toArray(String[]::new);
  }

  static Row problemRow(String input, Problem p, String localName, String original) {
    String path = p.source().path().equals(localName) ? original : p.source().path();
    return RowFactory.create(
        input,
        path,
        p.source().locator(),
        p.source().byteOffset(),
        p.stage().name().toLowerCase(Locale.ROOT),
        p.severity().name().toLowerCase(Locale.ROOT),
        p.reason(),
        p.rawSha256());
  }

  private void copyToLocal(URI uri, Path target) throws IOException {
    Configuration conf = new Configuration(false);
    hadoopConf.forEach(conf::set);
    FileSystem fs = FileSystem.get(uri, conf);
    fs.copyToLocalFile(
        false,
        new org.apache.hadoop.fs.Path(uri),
        new org.apache.hadoop.fs.Path(target.toUri()),
        true);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
