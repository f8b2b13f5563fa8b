package org.annals.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.CleanText;
import org.annals.model.Removal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateFilterTest {
  private static BoilerplateFilter.Result filter(String raw) {
    return BoilerplateFilter.apply(PlainText.normalize(raw), true);
  }

  private static final String BODY =
      "Foreign ministers from six countries met in Vienna on Tuesday to finalize the agreement.\n"
          + "The deal limits enrichment in exchange for sanctions relief, officials said.\n"
          + "Critics in Washington and Jerusalem condemned the accord within hours.\n";

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Photo: Jane Doe/Reuters | photo-credit",
        "(Photo by Ana Ruiz/AFP via Getty Images) | photo-credit",
        "Share this article | share",
        "Share on Facebook Twitter WhatsApp Email | share",
        "Follow us on Telegram for the latest updates | share",
        "Sign up for our daily newsletter | share",
        "Comments are closed. | comments",
        "Please log in or register to comment. | comments",
        "Source: Meridian Wire | source-line",
        "This is a developing story. More details to follow. | developing-notice",
        "ADVERTISEMENT | ad",
        "Read more: Ceasefire talks stall in Doha | related",
        "Disclaimer: The views expressed are the author's own. | disclaimer",
        "Reporting by Ana Ruiz; Editing by Tom Hale | credits",
        "— Foreign Ministry (@MFA_example) July 14, 2015 | social-embed",
        "We welcome the agreement pic.twitter.com/AbC123xyz | social-embed",
        "*** | separator",
        "We use cookies to improve your experience. | cookie-notice",
      })
  void removesBoilerplateLine(String line, String reason) {
    var r = filter(BODY + line + "\n" + BODY);
    assertThat(r.text().text()).doesNotContain(line.strip());
    assertThat(r.removals()).extracting(Removal::reason).contains(reason);
  }

  @Test
  void keepsOrdinaryNewsSentences() {
    String text =
        "Venezuela's government said the deployment was a threat.\n"
            + "The minister shared his concerns with reporters in Caracas.\n"
            + "Source documents seen by the agency show the plan was drafted in May.\n"
            + "Photographers were kept away from the ceremony, officials said.\n"
            + "He said comments by the envoy were unacceptable.\n";
    var r = BoilerplateFilter.apply(PlainText.normalize(text), false);
    assertThat(r.removals()).isEmpty();
    assertThat(r.text().text()).isEqualTo(text.strip());
  }

  @Test
  void captionNextToPhotoCreditAndTweetBodyAboveAttribution() {
    String raw =
        "Leaders sign pact\n"
            + BODY
            + "Photo: Wikimedia Commons\n"
            + "National flag\n"
            + "We welcome the agreement reached today in Vienna.\n"
            + "— Jane Official (@JaneOfficial) July 14, 2015\n"
            + BODY;
    var r = filter(raw);
    assertThat(r.headline()).contains("Leaders sign pact");
    assertThat(r.text().text())
        .doesNotContain("National flag")
        .doesNotContain("We welcome")
        .doesNotContain("Leaders sign pact");
    assertThat(r.removals())
        .extracting(Removal::reason)
        .containsExactly("headline", "photo-credit", "caption", "social-embed", "social-embed");
  }

  @Test
  void datedCaptionUnderCreditGoesButADatedLeadParagraphStays() {
    String caption = "Members of the council attend a session in Moscow on October 22, 2025.";
    var r = filter(BODY + "(Photo by Ana Ruiz/AFP via Getty Images)\n" + caption + "\n" + BODY);
    assertThat(r.text().text()).doesNotContain(caption);
    String lead =
        "The president met his counterpart in Caracas on Wednesday, February 16, 2022, and the"
            + " two governments signed an agreement.";
    var kept = filter("Photo: Staff/Wire\n" + lead + "\n" + BODY);
    assertThat(kept.text().text()).contains(lead);
  }

  @Test
  void commentSectionAtTheEndTakesTheRest() {
    String raw = BODY + BODY + "Comments\nGreat article!\nI disagree with this.\n";
    var r = filter(raw);
    assertThat(r.text().text()).doesNotContain("Great article").doesNotContain("disagree");
  }

  @Test
  void authorBioOnlyNearTheEnd() {
    String bio = "Maria Lopez is a correspondent covering the Andean region for the paper.";
    var atEnd = filter(BODY + BODY + bio + "\n");
    assertThat(atEnd.text().text()).doesNotContain(bio);
    var atStart = BoilerplateFilter.apply(PlainText.normalize(bio + "\n" + BODY + BODY), false);
    assertThat(atStart.text().text()).contains(bio);
  }

  @Test
  void sourceLineGivesOutlet() {
    assertThat(filter(BODY + "Source: CNN Brasil\n").sourceOutlet()).contains("CNN Brasil");
  }

  @Test
  void everyCleanCharMapsToTheSameRawChar() {
    String raw =
        "Title line here\n\n" + BODY + "Share this article\n" + "  Extra   spaces  here.\r\n";
    var r = filter(raw);
    CleanText t = r.text();
    for (int i = 0; i < t.text().length(); i++) {
      char c = t.text().charAt(i);
      int src = t.offsets().toSource(i);
      if (c != ' ' && c != '\n') {
        assertThat(raw.charAt(src)).as("clean %d -> raw %d", i, src).isEqualTo(c);
      }
    }
    assertThat(List.of(t.text().split("\n"))).last().isEqualTo("Extra spaces here.");
  }

  @Test
  void hardWrappedTextIsJoined() {
    String raw =
        "MOSCOW, Feb 24 - Russian forces launched a broad assault on\n"
            + "Ukraine early on Thursday, striking cities and military\n"
            + "facilities across the country, officials in Kyiv said.\n\n"
            + "Western leaders condemned the attack and promised new\n"
            + "sanctions against Moscow within hours of the first strikes\n"
            + "being reported in the east and south of the country.\n";
    assertThat(PlainText.normalize(raw).text().split("\n")).hasSize(2);
  }
}
