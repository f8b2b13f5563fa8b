package org.annals.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CleanText;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  static final String PAGE =
      """
      <!doctype html>
      <html lang="en"><head>
      <title>Leaders sign accords at White House | Northfield Daily</title>
      <meta property="og:site_name" content="Northfield Daily">
      <meta property="article:published_time" content="2020-09-15T18:00:00Z">
      <link rel="canonical" href="https://northfield.example/world/accords?utm_source=tw">
      <script>var x = "<p>not text</p>";</script>
      </head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
      <div class="cookie-banner">We use cookies. Accept all cookies</div>
      <div class="ad-slot">Buy now</div>
      <main>
      <h1>Leaders sign accords at White House</h1>
      <div class="byline">By Ana Ruiz</div>
      <figure><img src="a.jpg"><figcaption>Officials at the signing, Sept. 15, 2020 (Photo: Staff)</figcaption></figure>
      <div class="story-body">
      <p>Israel, the United Arab Emirates and Bahrain signed agreements at the White House on Tuesday, normalizing relations.</p>
      <p>The accords were brokered by the United States &amp; hailed as &ldquo;historic&rdquo; by President Donald Trump.</p>
      <div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a></div>
      <p>Palestinian leaders condemned the deals, saying they abandoned a long-standing Arab consensus.</p>
      </div>
      <section class="related"><h3>Related stories</h3><ul><li><a href="/a">Gulf talks resume</a></li><li><a href="/b">Oil prices rise</a></li></ul></section>
      </main>
      <section id="comments"><p>Reader comment: this is great news for everyone in the region.</p></section>
      <footer>Copyright 2020 Northfield Daily. All rights reserved.</footer>
      </body></html>
      """;

  @Test
  void extractsMainTextWithoutFurniture() {
    HtmlPage page = HtmlExtractor.extract(PAGE, "");
    String text = page.mainText().text();
    assertThat(text.split("\n")).hasSize(3);
    assertThat(text)
        .startsWith("Israel, the United Arab Emirates and Bahrain signed")
        .contains("the United States & hailed as “historic” by President Donald Trump.")
        .contains("Palestinian leaders condemned")
        .doesNotContain("Home")
        .doesNotContain("cookies")
        .doesNotContain("Buy now")
        .doesNotContain("Ana Ruiz")
        .doesNotContain("Officials at the signing")
        .doesNotContain("Share")
        .doesNotContain("Gulf talks")
        .doesNotContain("Reader comment")
        .doesNotContain("Copyright")
        .doesNotContain("not text");
  }

  @Test
  void readsDeclaredMetadata() {
    HtmlPage page = HtmlExtractor.extract(PAGE, "");
    assertThat(page.title()).contains("Leaders sign accords at White House");
    assertThat(page.outlet()).contains("Northfield Daily");
    assertThat(page.canonicalUrl())
        .contains("https://northfield.example/world/accords?utm_source=tw");
    assertThat(page.dateCandidates())
        .first()
        .extracting(HtmlPage.DateCandidate::value)
        .isEqualTo("2020-09-15T18:00:00Z");
    assertThat(page.captions()).anyMatch(c -> c.contains("Sept. 15, 2020"));
    assertThat(page.language()).contains("en");
  }

  @Test
  void offsetsPointIntoTheRawHtmlIncludingEntities() {
    HtmlPage page = HtmlExtractor.extract(PAGE, "");
    CleanText t = page.mainText();
    int amp = t.text().indexOf('&');
    assertThat(PAGE.substring(t.offsets().toSource(amp))).startsWith("&amp;");
    int quote = t.text().indexOf('“');
    assertThat(PAGE.substring(t.offsets().toSource(quote))).startsWith("&ldquo;");
    int israel = t.text().indexOf("Israel");
    assertThat(PAGE.substring(t.offsets().toSource(israel))).startsWith("Israel, the United");
    for (int i = 1; i <= t.text().length(); i++) {
      assertThat(t.offsets().toSource(i)).isGreaterThanOrEqualTo(t.offsets().toSource(i - 1));
    }
  }

  @Test
  void pageWithoutArticleElementIsScoredByParagraphs() {
    String html =
        "<html><body><div id='menu'><a href='/'>Home</a> <a href='/x'>Politics</a></div>"
            + "<div class='col'><p>Short.</p></div><div class='content'>"
            + "<p>The Lima Group, a bloc of Latin American countries, said on Friday it would not"
            + " recognize the new term, and urged new elections.</p>"
            + "<p>Officials in Caracas rejected the statement, calling it interference in the"
            + " country's internal affairs, and recalled their envoys.</p></div>"
            + "<div class='sidebar'><p>Most read: a story about football, and weather.</p></div>"
            + "</body></html>";
    String text = HtmlExtractor.extract(html, "").mainText().text();
    assertThat(text).startsWith("The Lima Group").contains("recalled their envoys.");
    assertThat(text).doesNotContain("Most read").doesNotContain("Home");
  }

  @Test
  void navigationOnlyPageHasNoText() {
    String html =
        "<html><body><nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
            + "<footer>About us</footer></body></html>";
    assertThat(HtmlExtractor.extract(html, "").mainText().text()).isEmpty();
  }

  @Test
  void jsonLdDateAndPublisher() {
    String html =
        "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            + "\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Summit ends\","
            + "\"datePublished\":\"2018-06-12T08:30:00+08:00\",\"publisher\":{\"@type\":"
            + "\"Organization\",\"name\":\"Meridian Wire\"}}]}</script></head><body><article>"
            + "<p>The summit in Singapore ended with a joint statement signed by both leaders"
            + " after hours of talks, officials said, and more talks were planned.</p>"
            + "</article></body></html>";
    HtmlPage page = HtmlExtractor.extract(html, "");
    assertThat(page.outlet()).contains("Meridian Wire");
    assertThat(page.dateCandidates())
        .extracting(HtmlPage.DateCandidate::method)
        .contains("json-ld");
    assertThat(page.title()).contains("Summit ends");
  }
}
