package org.annals.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedText;
import org.annals.model.ArticleId;
import org.annals.model.CharSpan;
import org.annals.model.CleanArticle;
import org.annals.model.CleanText;
import org.annals.model.ContentType;
import org.annals.model.DeclaredMetadata;
import org.annals.model.Dependency;
import org.annals.model.EntityMention;
import org.annals.model.Language;
import org.annals.model.OffsetMap;
import org.annals.model.Problem;
import org.annals.model.PublishedDate;
import org.annals.model.RawArticle;
import org.annals.model.Removal;
import org.annals.model.Sentence;
import org.annals.model.SourceRef;
import org.annals.model.Stage;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/**
 * Hand-built articles: a small HTML page whose paragraphs become the clean text (one sentence per
 * paragraph), with a toy annotation that knows a few names and weekdays.
 */
final class Fixtures {
  static final String TITLE = "Harbour talks resume";
  static final String OUTLET = "The Quay Courier";
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
  private static final Map<String, String> NAMES =
      Map.of(
          "Alice", "PERSON",
          "Bob", "PERSON",
          "Lisbon", "LOCATION",
          "Porto", "LOCATION",
          "Acme", "ORGANIZATION");
  private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "yesterday");

  private Fixtures() {}

  static ArticleRecord article(String url, String... paragraphs) {
    return article(
        url,
        PublishedDate.declared(LocalDate.of(2024, 3, 5), "2024-03-05", "declared"),
        paragraphs);
  }

  static ArticleRecord article(String url, PublishedDate published, String... paragraphs) {
    return article(url, published, new SourceRef("inputs/news.jsonl", "line 1", 0), paragraphs);
  }

  static ArticleRecord article(
      String url, PublishedDate published, SourceRef source, String... paragraphs) {
    StringBuilder raw = new StringBuilder("<html><body><h1>" + TITLE + "</h1>\n");
    StringBuilder clean = new StringBuilder();
    List<Integer> table = new ArrayList<>();
    List<CharSpan> sentenceSpans = new ArrayList<>();
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        table.add(
            raw.length() - "</p>\n".length()); // the inserted '\n' maps to the end of the last
        clean.append('\n');
      }
      raw.append("<p>");
      int start = clean.length();
      for (int i = 0; i < paragraphs[p].length(); i++) {
        table.add(raw.length() + i);
      }
      raw.append(paragraphs[p]);
      clean.append(paragraphs[p]);
      sentenceSpans.add(new CharSpan(start, clean.length()));
      raw.append("</p>\n");
    }
    table.add(raw.length() - "</p>\n".length());
    int creditStart = raw.length();
    raw.append("<figcaption>Photo: Quay Courier</figcaption>");
    CharSpan credit = new CharSpan(creditStart, raw.length());
    raw.append("</body></html>");

    String rawText = raw.toString();
    CleanText cleanText =
        new CleanText(
            clean.toString(), OffsetMap.fromTable(table.stream().mapToInt(i -> i).toArray()));
    String contentSha = ArticleId.sha256Hex(cleanText.text());
    byte[] rawBytes = rawText.getBytes(StandardCharsets.UTF_8);
    RawArticle rawArticle =
        new RawArticle(
            source,
            rawText,
            ContentType.HTML,
            "UTF-8",
            ArticleId.sha256Hex(rawBytes),
            rawBytes.length,
            DeclaredMetadata.of(url, TITLE, "2024-03-05T09:30:00Z", OUTLET, null),
            List.of("fixture warning: none really"));
    CleanArticle article =
        new CleanArticle(
            ArticleId.of(url, contentSha),
            rawArticle,
            url,
            contentSha,
            cleanText,
            Optional.of(TITLE),
            Optional.of(OUTLET),
            published,
            new Language("en", 0.97),
            List.of(new Removal(credit, "photo-credit")));
    return new ArticleRecord(article, annotate(cleanText.text(), sentenceSpans));
  }

  /** One sentence per span; the first sentence is "parsed" into a flat tree. */
  static AnnotatedText annotate(String text, List<CharSpan> sentenceSpans) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (int s = 0; s < sentenceSpans.size(); s++) {
      CharSpan span = sentenceSpans.get(s);
      List<Token> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(text).region(span.start(), span.end());
      while (m.find()) {
        String word = m.group();
        CharSpan tokenSpan = new CharSpan(m.start(), m.end());
        String ner = NAMES.getOrDefault(word, DAYS.contains(word) ? "DATE" : "O");
        tokens.add(
            new Token(
                tokens.size(),
                tokenSpan,
                word,
                word.toLowerCase(java.util.Locale.ROOT),
                Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN",
                ner));
        if (NAMES.containsKey(word)) {
          entities.add(new EntityMention(s, tokenSpan, word, ner));
        }
        if (DAYS.contains(word)) {
          boolean relative = word.equals("yesterday");
          times.add(
              new TimeExpression(
                  s,
                  tokenSpan,
                  word,
                  "DATE",
                  relative ? Optional.empty() : Optional.of("2024-03-04"),
                  !relative));
        }
      }
      List<Dependency> deps = new ArrayList<>();
      boolean parsed = s == 0 && !tokens.isEmpty();
      if (parsed) {
        deps.add(new Dependency("root", Dependency.ROOT, 0));
        for (int t = 1; t < tokens.size(); t++) {
          deps.add(new Dependency("dep", 0, t));
        }
      }
      sentences.add(new Sentence(s, span, tokens, deps, parsed));
    }
    return new AnnotatedText("toy-1.0", sentences, entities, times);
  }

  /** The same article with another annotation. */
  static ArticleRecord withAnnotation(ArticleRecord record, AnnotatedText annotation) {
    return new ArticleRecord(record.article(), annotation);
  }

  static Problem problem(String locator, Problem.Severity severity, String reason) {
    return new Problem(
        new SourceRef("inputs/bad.jsonl", locator, 42),
        Stage.PARSE,
        severity,
        reason,
        ArticleId.sha256Hex(locator + reason));
  }
}
