package org.annals.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annals.model.ContentType;
import org.annals.model.Problem;
import org.annals.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ReadersTest {
  @TempDir Path dir;

  static final class Collect implements ArticleSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void article(RawArticle a) {
      articles.add(a);
    }

    @Override
    public void problem(Problem p) {
      problems.add(p);
    }
  }

  private Collect readAll(Path... inputs) {
    InputScanner scanner = new InputScanner(IngestLimits.DEFAULT);
    Collect sink = new Collect();
    for (var f : scanner.expand(Arrays.asList(inputs), sink)) {
      scanner.read(f, sink);
    }
    return sink;
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void jsonlReportsBadLinesWithLineNumbersAndGoesOn() throws IOException {
    Path f =
        write(
            "a.jsonl",
            """
            {"url":"https://example.org/1","title":"One","published":"2023-03-10","outlet":"Wire","text":"Ministers met in Vienna on Monday."}
            {"url": "https://example.org/2", "text": oops}

            {"url":"https://example.org/3","title":"No body"}
            {"url":"https://example.org/4","html":"<p>Talks resumed in Geneva.</p>"}
            [1,2]
            """);
    Collect c = readAll(f);
    assertThat(c.articles).hasSize(2);
    assertThat(c.articles.get(0).declared().outlet()).contains("Wire");
    assertThat(c.articles.get(1).contentType()).isEqualTo(ContentType.HTML);
    assertThat(c.problems).hasSize(3);
    assertThat(c.problems.get(0).source().locator()).isEqualTo("line 2");
    assertThat(c.problems.get(0).reason()).contains("malformed JSON");
    assertThat(c.problems.get(0).source().byteOffset()).isPositive();
    assertThat(c.problems.get(1).source().locator()).isEqualTo("line 4");
    assertThat(c.problems.get(1).reason()).contains("neither 'text' nor 'html'");
    assertThat(c.problems.get(2).reason()).contains("not an object");
  }

  @Test
  void directoryWalkSkipsDocsAndUnknownTypesWithWarnings() throws IOException {
    write("corpus/a.txt", "Leaders met in Lima on Friday to discuss the crisis.");
    write("corpus/README.TXT", "About this corpus");
    write("corpus/img.png", "not really");
    write("corpus/.hidden.txt", "ignored");
    Collect c = readAll(dir.resolve("corpus"));
    assertThat(c.articles).hasSize(1);
    assertThat(c.problems)
        .extracting(Problem::severity)
        .containsOnly(Problem.Severity.WARNING)
        .hasSize(2);
  }

  @Test
  void missingPathAndEmptyAndBinaryFilesAreProblems() throws IOException {
    Path empty = write("empty.txt", "");
    Path bin = dir.resolve("bin.html");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    Collect c = readAll(empty, bin, dir.resolve("nope.txt"));
    assertThat(c.articles).isEmpty();
    assertThat(c.problems).hasSize(3);
    assertThat(c.problems.get(0).reason()).contains("no such file");
    assertThat(c.problems.get(1).reason()).contains("empty");
    assertThat(c.problems.get(2).reason()).contains("PNG");
  }

  @Test
  void oversizedFileIsRejectedWithTheLimit() throws IOException {
    Path big = write("big.txt", "word ".repeat(300));
    InputScanner scanner = new InputScanner(new IngestLimits(1000, 1000));
    Collect c = new Collect();
    for (var f : scanner.expand(List.of(big), c)) {
      scanner.read(f, c);
    }
    assertThat(c.problems)
        .singleElement()
        .extracting(Problem::reason)
        .asString()
        .contains("over the per-article limit")
        .contains("--max-article-bytes");
  }

  @Test
  void rssAndAtomEntriesBecomeArticles() throws IOException {
    Path rss =
        write(
            "feed.rss",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Meridian Wire</title><link>https://meridian.example</link>
            <item><title>Talks open</title><link>https://meridian.example/a?utm_source=x</link>
            <pubDate>Tue, 14 Jul 2015 09:30:00 GMT</pubDate>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>Negotiators met in Vienna on Tuesday and reached a deal.</p>]]></content:encoded>
            </item>
            <item><title>No body</title><link>https://meridian.example/b</link></item>
            </channel></rss>
            """);
    Path atom =
        write(
            "feed.atom",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Northfield Daily</title>
            <id>urn:x</id><updated>2020-09-15T12:00:00Z</updated>
            <entry><title>Accords signed</title><id>urn:y</id>
            <link href="https://northfield.example/accords"/>
            <published>2020-09-15T18:00:00Z</published><updated>2020-09-15T18:00:00Z</updated>
            <content type="html">&lt;p&gt;Leaders signed the accords at the White House.&lt;/p&gt;</content>
            </entry></feed>
            """);
    Collect c = readAll(rss, atom);
    assertThat(c.articles).hasSize(2);
    RawArticle first = c.articles.get(0);
    assertThat(first.declared().outlet()).contains("Meridian Wire");
    assertThat(first.declared().published()).contains("Tue, 14 Jul 2015 09:30:00 GMT");
    assertThat(first.text()).contains("Vienna");
    assertThat(first.source().locator()).isEqualTo("item 1");
    assertThat(c.articles.get(1).declared().url()).contains("https://northfield.example/accords");
    assertThat(c.problems)
        .singleElement()
        .extracting(p -> p.source().locator())
        .isEqualTo("item 2");
  }

  @Test
  void malformedFeedNamesLine() throws IOException {
    Path bad =
        write(
            "bad.xml", "<?xml version=\"1.0\"?>\n<rss><channel><title>x</title>\n<item></channel>");
    Collect c = readAll(bad);
    assertThat(c.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source().locator()).matches("line \\d+, column \\d+");
              assertThat(p.reason()).contains("well-formed");
            });
  }

  private Path warc(String name, int htmlPages) throws IOException {
    Path f = dir.resolve(name);
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                f, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (int i = 0; i < htmlPages; i++) {
        byte[] body =
            ("<html><body><article><p>Page "
                    + i
                    + " says the summit in Singapore ended with a joint statement.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), body)
                .build();
        w.write(
            new WarcResponse.Builder(URI.create("https://news.example/p" + i))
                .date(Instant.parse("2018-06-13T00:00:00Z"))
                .body(http)
                .build());
      }
      HttpResponse png =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("image/png"), new byte[] {1, 2, 3})
              .build();
      w.write(new WarcResponse.Builder(URI.create("https://news.example/x.png")).body(png).build());
    }
    return f;
  }

  @Test
  void warcHtmlResponsesAreArticlesAndImagesAreNot() throws IOException {
    Collect c = readAll(warc("c.warc.gz", 3));
    assertThat(c.articles).hasSize(3);
    assertThat(c.articles.get(0).declared().url()).contains("https://news.example/p0");
    assertThat(c.articles.get(0).declared().fetched()).contains("2018-06-13T00:00:00Z");
    assertThat(c.articles.get(1).source().byteOffset()).isPositive();
    assertThat(c.problems).isEmpty();
  }

  @Test
  void truncatedWarcKeepsEarlierRecordsAndSaysWhere() throws IOException {
    Path full = warc("full.warc.gz", 3);
    byte[] bytes = Files.readAllBytes(full);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length * 6 / 10));
    Collect c = readAll(cut);
    assertThat(c.articles).hasSizeBetween(1, 2);
    assertThat(c.problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).contains("truncated");
              assertThat(p.source().locator()).startsWith("after record");
            });
  }
}
