package org.annals.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.ingest.meta.TextDateEvidence.EvidenceLine;
import org.annals.model.DatePrecision;
import org.annals.model.PublishedDate;
import org.junit.jupiter.api.Test;

class TextDateEvidenceTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static EvidenceLine kept(String s) {
    return new EvidenceLine(s, null);
  }

  @Test
  void embeddedPostDateIsStrongEvidence() {
    PublishedDate d =
        TextDateEvidence.infer(
            List.of(
                kept("The agreement was signed on Wednesday night (16) in the capital."),
                new EvidenceLine(
                    "— Jane Official (@JaneOfficial) February 17, 2022", "social-embed"),
                kept("In 2019 the treaty collapsed.")),
            TODAY);
    assertThat(d.date()).contains(LocalDate.of(2022, 2, 17));
    assertThat(d.method()).isEqualTo("embed");
    assertThat(d.inferred()).isTrue();
    assertThat(d.evidence()).contains("February 17, 2022");
  }

  @Test
  void captionMonthDayTakesTheYearWhoseWeekdayTheArticleMentions() {
    // Feb 16 was a Wednesday in 2022 and a Tuesday in 2021; the text talks of Wednesday twice.
    PublishedDate d =
        TextDateEvidence.infer(
            List.of(
                kept("After lengthy talks on Wednesday the two sides signed agreements."),
                kept("The 2019 collapse of the treaty still weighs on relations."),
                new EvidenceLine(
                    "The president (right) greets the envoy in the capital on February 16.",
                    "caption"),
                kept("A day earlier, on Tuesday, ministers met in another capital."),
                kept("He said Wednesday that the talks were productive.")),
            TODAY);
    assertThat(d.date()).contains(LocalDate.of(2022, 2, 16));
    assertThat(d.method()).isEqualTo("caption");
  }

  @Test
  void bodyMonthDayTakesTheLatestYearMentioned() {
    PublishedDate d =
        TextDateEvidence.infer(
            List.of(
                kept("The leaders first promoted the document in May 2025."),
                kept("Strikes continued since the operation began on September 2."),
                kept("Parliament ratified the treaty on Wednesday.")),
            TODAY);
    assertThat(d.date()).contains(LocalDate.of(2025, 9, 2));
    assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(d.method()).isEqualTo("date-in-text");
  }

  @Test
  void futureDatesAreNotEvidence() {
    PublishedDate d =
        TextDateEvidence.infer(
            List.of(
                kept("Talks were held on March 3, 2021, officials said."),
                kept("A new round is scheduled for June 9, 2021 in Geneva.")),
            TODAY);
    assertThat(d.date()).contains(LocalDate.of(2021, 3, 3));
  }

  @Test
  void datelineAndPublishedLine() {
    PublishedDate dateline =
        TextDateEvidence.infer(
            List.of(
                kept("VIENNA, July 14 (Meridian Wire) - Negotiators reached a deal."),
                kept("The talks began in 2013.")),
            TODAY);
    assertThat(dateline.method()).isEqualTo("dateline");
    assertThat(dateline.date()).contains(LocalDate.of(2013, 7, 14));

    PublishedDate stated =
        TextDateEvidence.infer(
            List.of(kept("Published: 12 June 2018"), kept("The summit ended.")), TODAY);
    assertThat(stated.inferred()).isFalse();
    assertThat(stated.date()).contains(LocalDate.of(2018, 6, 12));
  }

  @Test
  void nothingDatedGivesUnknown() {
    PublishedDate d =
        TextDateEvidence.infer(List.of(kept("Moscow and Caracas present the treaty.")), TODAY);
    assertThat(d.isKnown()).isFalse();
    assertThat(d).isEqualTo(PublishedDate.UNKNOWN);
  }

  @Test
  void evidenceAfterTheUpperBoundIsIgnored() {
    PublishedDate d =
        TextDateEvidence.infer(
            List.of(kept("Fighting resumed on January 5, 2024."), kept("On March 1, 2027 x.")),
            LocalDate.of(2025, 1, 1));
    assertThat(d.date()).contains(LocalDate.of(2024, 1, 5));
  }
}
