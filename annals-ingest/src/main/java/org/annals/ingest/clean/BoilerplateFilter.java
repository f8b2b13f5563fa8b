package org.annals.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.annals.model.CleanText;
import org.annals.model.Removal;

/**
 * Removes boilerplate paragraphs from text that has one paragraph per line, and reports every line
 * with the reason it was removed (or none), so later steps can still read evidence from removed
 * lines (a dated embed, a dated caption). Contextual rules on top of {@link LineClassifier}: the
 * body of an embedded post sits above its {@code — Name (@handle) date} line; a short line next to
 * a photo credit is its caption; once a comment section starts in the second half of an article,
 * the rest is comments; author bios are only looked for in the last third. Stateless and
 * thread-safe.
 */
public final class BoilerplateFilter {
  /** What the filter produced. */
  public record Result(
      CleanText text,
      List<Line> lines,
      List<Removal> removals,
      Optional<String> headline,
      Optional<String> sourceOutlet) {}

  private static final java.util.regex.Pattern FULL_DATE =
      java.util.regex.Pattern.compile(
          "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b");

  private static final java.util.regex.Pattern PAST_TENSE =
      java.util.regex.Pattern.compile(
          "\\b(\\p{Ll}{3,}ed|said|told|met|was|were|had|took|made|held|gave|went|came|began|"
              + "won|led|sent|struck|fought|spoke|rose|fell|broke|became|announced|signed)\\b");

  private BoilerplateFilter() {}

  /**
   * Filters {@code in}.
   *
   * @param headlineFirst whether the first line may be a headline (plain text without a title)
   */
  public static Result apply(CleanText in, boolean headlineFirst) {
    List<Line> lines = split(in.text());
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      String reason = LineClassifier.classify(line.text());
      if (reason == null && i >= n * 2 / 3 && LineClassifier.isAuthorBio(line.text())) {
        reason = "author-bio";
      }
      lines.set(i, line.withReason(reason));
    }
    Optional<String> headline = Optional.empty();
    if (headlineFirst && n > 1) {
      int first = firstKept(lines);
      if (first >= 0 && looksLikeHeadline(lines.get(first).text()) && first < n - 1) {
        headline = Optional.of(lines.get(first).text());
        lines.set(first, lines.get(first).withReason("headline"));
      }
    }
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      if ("social-embed".equals(line.reason()) && line.text().matches("^[—–-].*\\(@\\w+\\).*")) {
        if (i > 0 && lines.get(i - 1).kept() && lines.get(i - 1).words() <= 70) {
          lines.set(i - 1, lines.get(i - 1).withReason("social-embed"));
        }
      }
      if ("photo-credit".equals(line.reason())) {
        markShortCaption(lines, i + 1);
        markShortCaption(lines, i - 1);
      }
    }
    int commentsFrom = -1;
    for (int i = n / 2; i < n; i++) {
      if ("comments".equals(lines.get(i).reason())) {
        commentsFrom = i;
        break;
      }
    }
    if (commentsFrom >= 0) {
      for (int i = commentsFrom + 1; i < n; i++) {
        if (lines.get(i).kept()) {
          lines.set(i, lines.get(i).withReason("comments"));
        }
      }
    }
    Optional<String> source = Optional.empty();
    TextBuilder out = new TextBuilder();
    List<Removal> removals = new ArrayList<>();
    for (Line line : lines) {
      if (line.kept()) {
        for (int c = line.span().start(); c < line.span().end(); c++) {
          out.append(in.text().charAt(c), in.offsets().toSource(c));
        }
        out.paragraphBreak(in.offsets().toSource(line.span().end()));
      } else {
        removals.add(new Removal(in.toRaw(line.span()), line.reason()));
        if (line.reason().equals("source-line") && source.isEmpty()) {
          source = Optional.ofNullable(LineClassifier.sourceValue(line.text()));
        }
      }
    }
    CleanText text = out.build(in.offsets().toSource(in.text().length()));
    return new Result(text, List.copyOf(lines), removals, headline, source);
  }

  private static void markShortCaption(List<Line> lines, int i) {
    if (i < 0 || i >= lines.size() || !lines.get(i).kept()) {
      return;
    }
    String t = lines.get(i).text();
    int words = lines.get(i).words();
    boolean unterminated = words <= 14 && !t.matches(".*[.!?\"”]$");
    // a dated caption describes the picture in the present tense; a dated lead paragraph narrates
    boolean dated = words <= 40 && FULL_DATE.matcher(t).find() && !PAST_TENSE.matcher(t).find();
    if (unterminated || dated) {
      lines.set(i, lines.get(i).withReason("caption"));
    }
  }

  private static int firstKept(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kept()) {
        return i;
      }
    }
    return -1;
  }

  static boolean looksLikeHeadline(String line) {
    int words = line.split("\\s+").length;
    return words >= 2 && words <= 25 && !line.matches(".*[.!?:;,\"”'’)]$");
  }

  /** Splits text into non-empty lines with their spans (stripped of surrounding spaces). */
  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int len = text.length();
    while (start <= len) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = len;
      }
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        lines.add(new Line(lines.size(), new CharSpan(s, e), text.substring(s, e), null));
      }
      start = end + 1;
    }
    return lines;
  }
}
