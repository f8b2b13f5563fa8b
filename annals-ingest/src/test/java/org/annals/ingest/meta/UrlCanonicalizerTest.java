package org.annals.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
  @Test
  void normalizesHostPortFragmentTrackingAndOrder() {
    assertThat(
            UrlCanonicalizer.canonicalize(
                "HTTPS://WWW.Example.org:443/World/Story/?utm_source=tw&b=2&a=1&fbclid=x#top"))
        .contains("https://www.example.org/World/Story?a=1&b=2");
  }

  @Test
  void rejectsNonHttp() {
    assertThat(UrlCanonicalizer.canonicalize("mailto:a@b.c")).isEmpty();
    assertThat(UrlCanonicalizer.canonicalize("not a url")).isEmpty();
  }

  @Test
  void declaredDatesParse() {
    assertThat(DateParser.parse("2023-08-06T09:00:00+01:00")).contains(LocalDate.of(2023, 8, 6));
    assertThat(DateParser.parse("2023-03-10")).contains(LocalDate.of(2023, 3, 10));
    assertThat(DateParser.parse("Tue, 14 Jul 2015 09:30:00 GMT"))
        .contains(LocalDate.of(2015, 7, 14));
    assertThat(DateParser.parse("Tuesday, Oct. 21, 2025")).contains(LocalDate.of(2025, 10, 21));
    assertThat(DateParser.parse("20190123")).contains(LocalDate.of(2019, 1, 23));
    assertThat(DateParser.parse("yesterday")).isEmpty();
    assertThat(DateParser.parse("2023-02-30")).isEmpty();
  }
}
