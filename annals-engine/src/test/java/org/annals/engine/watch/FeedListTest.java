package org.annals.engine.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedListTest {
  @Test
  void commentsBlankLinesAndBadLinesWithFileAndLine() {
    FeedList list =
        FeedList.parse(
            "FEEDS.txt",
            List.of(
                "# my feeds",
                "",
                "https://a.example/rss.xml  # inline comment",
                "ftp://b.example/feed",
                "not a url",
                "https://a.example/rss.xml",
                "http://c.example/atom"));
    assertThat(list.feeds())
        .containsExactly(
            URI.create("https://a.example/rss.xml"), URI.create("http://c.example/atom"));
    assertThat(list.problems())
        .containsExactly(
            "FEEDS.txt:4: not an http(s) URL: 'ftp://b.example/feed'; write the feed's full"
                + " address, e.g. https://example.org/feed.xml; line skipped",
            "FEEDS.txt:5: one feed URL per line, found 'not a url'; line skipped",
            "FEEDS.txt:6: repeats line 3; line skipped");
  }

  @Test
  void backoffDoublesIsCappedJittersDownwardAndHonoursRetryAfter() {
    Backoff b = new Backoff(Duration.ofMinutes(10), Duration.ofHours(1), new Random(7));
    for (int failures = 1; failures <= 40; failures++) {
      long full = Math.min(10L << Math.min(failures - 1, 20), 60);
      Duration d = b.delay(failures, Optional.empty());
      assertThat(d)
          .isBetween(
              Duration.ofMinutes(full).multipliedBy(8).dividedBy(10), Duration.ofMinutes(full));
    }
    assertThat(b.delay(1, Optional.of(Duration.ofHours(3)))).isEqualTo(Duration.ofHours(3));
    assertThat(b.delay(1, Optional.of(Duration.ofDays(9)))).isEqualTo(Backoff.MAX_RETRY_AFTER);
  }
}
