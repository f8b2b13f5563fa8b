package org.annals.ingest.clean;

import java.util.List;
import java.util.Optional;
import org.annals.model.CleanText;
import org.annals.model.Removal;

/**
 * What {@link HtmlExtractor} found in a page.
 *
 * @param mainText the main text, one paragraph per line, mapped to raw offsets
 * @param title og:title, the first h1, or the document title without its site suffix
 * @param outlet og:site_name, the JSON-LD publisher, or application-name
 * @param canonicalUrl {@code <link rel=canonical>} or og:url
 * @param dateCandidates publication dates declared in the markup, best first
 * @param captions figure captions, kept as date evidence though removed from the text
 * @param language the {@code lang} attribute of {@code <html>}
 * @param removals page parts left out of the main text, with reasons
 */
public record HtmlPage(
    CleanText mainText,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> canonicalUrl,
    List<DateCandidate> dateCandidates,
    List<String> captions,
    Optional<String> language,
    List<Removal> removals) {

  /**
   * A declared date string and where it was found.
   *
   * @param value as written, e.g. {@code 2018-06-12T08:30:00Z}
   * @param method e.g. {@code meta:article:published_time}, {@code json-ld}, {@code time}
   */
  public record DateCandidate(String value, String method) {}
}
