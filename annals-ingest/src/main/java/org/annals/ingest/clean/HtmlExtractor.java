package org.annals.ingest.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.CharSpan;
import org.annals.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Extracts the main text and declared metadata of a news page. Finds the article body ({@code
 * itemprop=articleBody}, the largest {@code <article>}, or the block whose paragraphs score highest
 * by text length, commas and link density), then walks it leaving out navigation, asides, figures
 * and captions, forms, ads, share bars, related-link lists, comment sections and bylines. Every
 * character of the result maps back to its offset in the raw HTML (entities included). Stateless
 * and thread-safe.
 */
public final class HtmlExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> SKIP_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "iframe",
          "form",
          "button",
          "select",
          "input",
          "textarea",
          "nav",
          "aside",
          "footer",
          "figure",
          "figcaption",
          "picture",
          "video",
          "audio",
          "canvas",
          "object",
          "embed",
          "header",
          "h1",
          "menu",
          "dialog",
          "head",
          "title",
          "meta",
          "link");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "hr",
          "address",
          "center",
          "body",
          "html");

  private static final Pattern JUNK =
      Pattern.compile(
          "(^|[-_ ])(comment|comments|disqus|related|recommend|recommended|share|sharing|shares|"
              + "social|newsletter|subscribe|subscription|signup|promo|advert|advertisement|ad|ads|"
              + "adslot|sponsor|sponsored|cookie|cookies|consent|banner|popup|modal|sidebar|widget|"
              + "breadcrumb|breadcrumbs|tags|byline|author|bio|footer|header|masthead|menu|nav|"
              + "navigation|skip|toolbar|outbrain|taboola|caption|credit|credits|more-stories|"
              + "read-more|most-read|popular|trending|paywall|login|print|hidden|sr-only)([-_ ]|$)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CONTENTISH =
      Pattern.compile("article|body|content|entry|main|story|text|post", Pattern.CASE_INSENSITIVE);

  private static final List<String> DATE_METAS =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "date",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date",
          "dcterms.created",
          "dcterms.date",
          "sailthru.date",
          "parsely-pub-date",
          "original-publish-date",
          "article.published");

  private HtmlExtractor() {}

  public static HtmlPage extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri, Parser.htmlParser().setTrackPosition(true));
    Map<String, String> metas = metas(doc);
    JsonLd ld = jsonLd(doc);
    List<HtmlPage.DateCandidate> dates = new ArrayList<>();
    for (String name : DATE_METAS) {
      String v = metas.get(name);
      if (v != null) {
        dates.add(new HtmlPage.DateCandidate(v, "meta:" + name));
      }
    }
    ld.published.forEach(v -> dates.add(new HtmlPage.DateCandidate(v, "json-ld")));
    for (Element t : doc.select("time[itemprop=datePublished], time[pubdate], time[datetime]")) {
      String v = t.hasAttr("datetime") ? t.attr("datetime") : t.text();
      if (!v.isBlank()) {
        dates.add(new HtmlPage.DateCandidate(v.strip(), "time"));
      }
    }
    List<String> captions = new ArrayList<>();
    for (Element c : doc.select("figcaption, [class~=(?i)caption]")) {
      String t = c.text().strip();
      if (!t.isEmpty()) {
        captions.add(t);
      }
    }
    Optional<String> outlet =
        first(metas.get("og:site_name"), ld.publisher, metas.get("application-name"));
    Optional<String> canonical =
        first(doc.select("link[rel=canonical]").attr("abs:href"), metas.get("og:url"), ld.url);
    Optional<String> title = title(doc, metas, ld, outlet);
    Optional<String> lang =
        first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));

    Element main = mainElement(doc);
    List<Removal> removals = new ArrayList<>();
    TextBuilder out = new TextBuilder();
    new Walker(html, out, removals, main.text().length()).walk(main);
    int end = html.length();
    return new HtmlPage(out.build(end), title, outlet, canonical, dates, captions, lang, removals);
  }

  private static Optional<String> title(
      Document doc, Map<String, String> metas, JsonLd ld, Optional<String> outlet) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    String docTitle = doc.title();
    if (!docTitle.isBlank()) {
      // "Headline | Outlet" or "Headline - Outlet"
      String[] parts = docTitle.split("\\s+[|–—-]\\s+");
      if (parts.length > 1) {
        String last = parts[parts.length - 1];
        if (outlet.map(o -> o.equalsIgnoreCase(last)).orElse(last.split("\\s+").length <= 4)) {
          docTitle = docTitle.substring(0, docTitle.length() - last.length()).strip();
          docTitle = docTitle.replaceAll("\\s+[|–—-]$", "").strip();
        }
      }
    }
    return first(metas.get("og:title"), ld.headline, h1 == null ? null : h1.text(), docTitle);
  }

  private static Map<String, String> metas(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (key.isEmpty()) {
        key = m.attr("itemprop");
      }
      key = key.toLowerCase(Locale.ROOT).strip();
      if (!key.isEmpty() && !m.attr("content").isBlank()) {
        metas.putIfAbsent(key, m.attr("content").strip());
      }
    }
    return metas;
  }

  private static final class JsonLd {
    final List<String> published = new ArrayList<>();
    String publisher;
    String headline;
    String url;
  }

  private static JsonLd jsonLd(Document doc) {
    JsonLd ld = new JsonLd();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        visit(JSON.readTree(s.data()), ld, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // malformed JSON-LD is common on news sites; the other sources still apply
      }
    }
    return ld;
  }

  private static void visit(JsonNode node, JsonLd ld, int depth) {
    if (node == null || depth > 8) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> visit(n, ld, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.hasNonNull("datePublished") && node.get("datePublished").isTextual()) {
      ld.published.add(node.get("datePublished").asText());
      if (ld.headline == null && node.hasNonNull("headline")) {
        ld.headline = node.get("headline").asText();
      }
      if (ld.url == null && node.hasNonNull("url") && node.get("url").isTextual()) {
        ld.url = node.get("url").asText();
      }
    }
    JsonNode publisher = node.get("publisher");
    if (ld.publisher == null && publisher != null) {
      JsonNode name = publisher.isArray() ? publisher.path(0).get("name") : publisher.get("name");
      if (name != null && name.isTextual()) {
        ld.publisher = name.asText();
      }
    }
    visit(node.get("@graph"), ld, depth + 1);
    visit(node.get("mainEntity"), ld, depth + 1);
  }

  private static Optional<String> first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }

  /** The element holding the article body. */
  static Element mainElement(Document doc) {
    Element body = doc.body();
    Element declared = doc.selectFirst("[itemprop=articleBody]");
    if (declared != null && paragraphText(declared) >= 200) {
      return declared;
    }
    Element best = null;
    int bestLen = 0;
    for (Element a : doc.select("article")) {
      int len = paragraphText(a);
      if (len > bestLen) {
        best = a;
        bestLen = len;
      }
    }
    if (best != null && bestLen >= 200) {
      return best;
    }
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select("p, pre, td, blockquote")) {
      if (inJunk(p)) {
        continue;
      }
      String text = p.text();
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + text.split(",").length + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element top = null;
    double topScore = 0;
    for (var e : scores.entrySet()) {
      Element el = e.getKey();
      double s = e.getValue();
      String cls = el.className() + " " + el.id();
      if (CONTENTISH.matcher(cls).find()) {
        s += 25;
      }
      if (JUNK.matcher(cls).find()) {
        s -= 25;
      }
      s *= 1 - linkDensity(el);
      if (s > topScore) {
        top = el;
        topScore = s;
      }
    }
    return top != null ? top : body;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static boolean inJunk(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (SKIP_TAGS.contains(a.normalName()) && !a.normalName().equals("header")) {
        return true;
      }
      if (isJunkClass(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJunkClass(Element e) {
    String cls = e.className() + " " + e.id();
    return !cls.isBlank() && JUNK.matcher(cls).find() && !e.normalName().equals("body");
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, links / (double) total);
  }

  /** Walks the main element, appending visible text with raw offsets. */
  private static final class Walker {
    private final String raw;
    private final TextBuilder out;
    private final List<Removal> removals;
    private final int mainTextLength;

    Walker(String raw, TextBuilder out, List<Removal> removals, int mainTextLength) {
      this.raw = raw;
      this.out = out;
      this.removals = removals;
      this.mainTextLength = mainTextLength;
    }

    void walk(Node node) {
      if (node instanceof TextNode t) {
        appendText(t);
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      String reason = skipReason(e, tag);
      if (reason != null) {
        int start = e.sourceRange().isTracked() ? e.sourceRange().startPos() : -1;
        int end = e.endSourceRange().isTracked() ? e.endSourceRange().endPos() : -1;
        if (start >= 0 && end > start && !e.text().isBlank()) {
          removals.add(new Removal(new CharSpan(start, end), reason));
        }
        return;
      }
      boolean block = BLOCK_TAGS.contains(tag);
      int at = e.sourceRange().isTracked() ? e.sourceRange().startPos() : 0;
      if (tag.equals("br")) {
        out.paragraphBreak(at);
      }
      if (block) {
        out.paragraphBreak(at);
      }
      for (Node child : e.childNodes()) {
        walk(child);
      }
      if (block) {
        int end = e.endSourceRange().isTracked() ? e.endSourceRange().startPos() : at;
        out.paragraphBreak(end);
      }
    }

    private String skipReason(Element e, String tag) {
      if (SKIP_TAGS.contains(tag)) {
        return switch (tag) {
          case "figure", "figcaption", "picture" -> "caption";
          case "nav", "menu" -> "navigation";
          case "aside" -> "aside";
          case "footer" -> "footer";
          case "header", "h1" -> "header";
          case "form", "button", "select", "input", "textarea" -> "form";
          default -> "markup";
        };
      }
      if (e.hasAttr("hidden")
          || e.attr("aria-hidden").equals("true")
          || e.attr("style").replace(" ", "").contains("display:none")) {
        return "hidden";
      }
      if (isJunkClass(e) && e.text().length() * 2 < Math.max(1, mainTextLength)) {
        return "page-furniture";
      }
      if ((tag.equals("ul") || tag.equals("ol")) && linkDensity(e) > 0.5) {
        return "link-list";
      }
      return null;
    }

    private void appendText(TextNode t) {
      String text = t.getWholeText();
      if (!t.sourceRange().isTracked()) {
        out.appendLinear(text, out.length());
        return;
      }
      int j = t.sourceRange().startPos();
      int rawEnd = Math.min(raw.length(), t.sourceRange().endPos());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        while (j < rawEnd && raw.charAt(j) == '\r' && c != '\r') {
          j++;
        }
        int entityEnd = entityEnd(j, rawEnd);
        if (entityEnd > j) {
          // an entity: every char it decodes to maps to its '&'
          out.append(c, j);
          if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
            out.append(text.charAt(++i), j);
          }
          j = entityEnd;
        } else if (j < rawEnd && raw.charAt(j) == c) {
          out.append(c, j);
          j++;
        } else {
          int found = raw.indexOf(c, j);
          if (found >= 0 && found < Math.min(rawEnd, j + 8)) {
            j = found;
            out.append(c, j++);
          } else {
            out.append(c, Math.min(j, Math.max(0, rawEnd - 1)));
          }
        }
      }
    }

    /** End of a character reference starting at {@code j}, or {@code j} if there is none. */
    private int entityEnd(int j, int rawEnd) {
      if (j >= rawEnd || raw.charAt(j) != '&') {
        return j;
      }
      int k = j + 1;
      int limit = Math.min(rawEnd, j + 34);
      while (k < limit && (Character.isLetterOrDigit(raw.charAt(k)) || raw.charAt(k) == '#')) {
        k++;
      }
      return k < limit && raw.charAt(k) == ';' && k > j + 1 ? k + 1 : j;
    }
  }
}
