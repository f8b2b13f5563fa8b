package org.annals.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.ingest.clean.BoilerplateFilter;
import org.annals.ingest.clean.HtmlExtractor;
import org.annals.ingest.clean.HtmlPage;
import org.annals.ingest.clean.Line;
import org.annals.ingest.meta.DateParser;
import org.annals.ingest.meta.LanguageIdentifier;
import org.annals.ingest.meta.TextDateEvidence;
import org.annals.ingest.meta.UrlCanonicalizer;
import org.annals.model.ArticleId;
import org.annals.model.CleanArticle;
import org.annals.model.CleanText;
import org.annals.model.ContentType;
import org.annals.model.DatePrecision;
import org.annals.model.Language;
import org.annals.model.Problem;
import org.annals.model.PublishedDate;
import org.annals.model.RawArticle;
import org.annals.model.Removal;
import org.annals.model.Stage;

/**
 * CLEAN stage: a {@link RawArticle} becomes a {@link CleanArticle} (main text, identity, title,
 * outlet, publication date, language), or a {@link Problem} when no article text is left.
 * Thread-safe.
 */
public final class ArticleCleaner {
  private static final Pattern URL_DAY =
      Pattern.compile("/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?:[/_-]|$)");
  private static final Pattern URL_COMPACT_DAY =
      Pattern.compile("[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/");

  private final Supplier<LocalDate> today;
  private final LanguageIdentifier languages;

  /**
   * @param today the date used as the upper bound for inferred dates when nothing better is known
   */
  public ArticleCleaner(Supplier<LocalDate> today) {
    this.today = today;
    this.languages = LanguageIdentifier.shared();
  }

  /** The outcome of cleaning: exactly one of article or problem. */
  public record Outcome(Optional<CleanArticle> article, Optional<Problem> problem) {
    static Outcome of(CleanArticle a) {
      return new Outcome(Optional.of(a), Optional.empty());
    }

    static Outcome failed(Problem p) {
      return new Outcome(Optional.empty(), Optional.of(p));
    }
  }

  public Outcome clean(RawArticle raw) {
    List<Removal> removals = new ArrayList<>();
    final Optional<HtmlPage> page =
        raw.contentType() == ContentType.HTML
            ? Optional.of(HtmlExtractor.extract(raw.text(), raw.declared().url().orElse("")))
            : Optional.empty();
    CleanText base;
    if (page.isPresent()) {
      base = page.get().mainText();
      removals.addAll(page.get().removals());
    } else {
      base = org.annals.ingest.clean.PlainText.normalize(raw.text());
    }
    boolean headlineFirst = raw.contentType() == ContentType.PLAIN_TEXT;
    BoilerplateFilter.Result filtered = BoilerplateFilter.apply(base, headlineFirst);
    removals.addAll(filtered.removals());
    CleanText clean = filtered.text();
    if (!hasArticleText(clean.text(), raw.contentType())) {
      String what =
          raw.contentType() == ContentType.HTML
              ? "HTML page has no article text (only navigation, scripts or page furniture)"
              : "no article text left after removing boilerplate";
      return Outcome.failed(
          new Problem(raw.source(), Stage.CLEAN, Problem.Severity.ERROR, what, raw.rawSha256()));
    }

    String canonical =
        page.flatMap(HtmlPage::canonicalUrl)
            .flatMap(UrlCanonicalizer::canonicalize)
            .or(() -> raw.declared().url().flatMap(UrlCanonicalizer::canonicalize))
            .orElseGet(
                () ->
                    UrlCanonicalizer.forFile(Path.of(raw.source().path()), raw.source().locator()));
    String contentSha = ArticleId.sha256Hex(clean.text());
    List<String> warnings = new ArrayList<>(raw.warnings());
    PublishedDate published = published(raw, page, filtered.lines(), canonical, warnings);
    Optional<String> outlet =
        raw.declared()
            .outlet()
            .or(() -> page.flatMap(HtmlPage::outlet))
            .or(filtered::sourceOutlet)
            .or(
                () ->
                    canonical.startsWith("http")
                        ? UrlCanonicalizer.host(canonical)
                        : Optional.empty());
    Optional<String> title =
        raw.declared().title().or(() -> page.flatMap(HtmlPage::title)).or(filtered::headline);
    Language language = languages.identify(clean.text());
    if (language.code().equals("und") && page.flatMap(HtmlPage::language).isPresent()) {
      String attr = page.get().language().get().split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
      language = new Language(attr, 0.5);
    }
    RawArticle withWarnings =
        warnings.size() == raw.warnings().size()
            ? raw
            : new RawArticle(
                raw.source(),
                raw.text(),
                raw.contentType(),
                raw.charset(),
                raw.rawSha256(),
                raw.byteLength(),
                raw.declared(),
                warnings);
    return Outcome.of(
        new CleanArticle(
            ArticleId.of(canonical, contentSha),
            withWarnings,
            canonical,
            contentSha,
            clean,
            title,
            outlet,
            published,
            language,
            removals));
  }

  private PublishedDate published(
      RawArticle raw,
      Optional<HtmlPage> page,
      List<Line> lines,
      String canonical,
      List<String> warnings) {
    Optional<String> declared = raw.declared().published();
    if (declared.isPresent()) {
      Optional<LocalDate> d = DateParser.parse(declared.get());
      if (d.isPresent()) {
        return PublishedDate.declared(d.get(), declared.get(), "declared");
      }
      warnings.add(
          "declared publication date '"
              + declared.get()
              + "' is not a date Annals can read"
              + " (use ISO 8601, e.g. 2023-03-10 or 2023-03-10T14:05:00Z); inferred instead");
    }
    if (page.isPresent()) {
      for (HtmlPage.DateCandidate c : page.get().dateCandidates()) {
        Optional<LocalDate> d = DateParser.parse(c.value());
        if (d.isPresent()) {
          return PublishedDate.declared(d.get(), c.value(), c.method());
        }
      }
    }
    for (String url : List.of(canonical, raw.declared().url().orElse(""))) {
      Optional<PublishedDate> fromUrl = fromUrl(url);
      if (fromUrl.isPresent()) {
        return fromUrl.get();
      }
    }
    LocalDate notAfter = raw.declared().fetched().flatMap(DateParser::parse).orElseGet(today);
    List<TextDateEvidence.EvidenceLine> evidence = new ArrayList<>();
    for (Line l : lines) {
      evidence.add(new TextDateEvidence.EvidenceLine(l.text(), l.reason()));
    }
    page.ifPresent(
        p ->
            p.captions()
                .forEach(c -> evidence.add(new TextDateEvidence.EvidenceLine(c, "caption"))));
    return TextDateEvidence.infer(evidence, notAfter);
  }

  /**
   * Whether anything article-like is left: for HTML a paragraph of at least eight words (a page of
   * headings and link labels is not an article), for plain text at least three words.
   */
  static boolean hasArticleText(String text, ContentType type) {
    int needed = type == ContentType.HTML ? 8 : 3;
    for (String paragraph : text.split("\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      if (paragraph.strip().split("\\s+").length >= needed) {
        return true;
      }
    }
    return false;
  }

  static Optional<PublishedDate> fromUrl(String url) {
    if (!url.startsWith("http")) {
      return Optional.empty();
    }
    for (Pattern p : List.of(URL_DAY, URL_COMPACT_DAY)) {
      Matcher m = p.matcher(url);
      if (m.find()) {
        Optional<LocalDate> d = DateParser.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        if (d.isPresent()) {
          return Optional.of(PublishedDate.inferred(d.get(), DatePrecision.DAY, url, "url"));
        }
      }
    }
    Matcher m = URL_MONTH.matcher(url);
    if (m.find()) {
      return DateParser.parse(m.group(1) + "-" + m.group(2) + "-01")
          .map(d -> PublishedDate.inferred(d, DatePrecision.MONTH, url, "url"));
    }
    return Optional.empty();
  }
}
