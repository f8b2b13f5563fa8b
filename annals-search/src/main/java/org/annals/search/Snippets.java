package org.annals.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.CharSpan;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets with match offsets instead of HTML: Lucene's {@link UnifiedHighlighter} picks the best
 * passage (a sentence) of the {@code text} field, and {@link #format} cuts it to at most {@value
 * Snippet#MAX_LENGTH} characters around its first match, collapsing whitespace and keeping the
 * matches' offsets right.
 */
final class Snippets extends UnifiedHighlighter {
  private static final String ELLIPSIS = "…"; // "… " before a cut start, " …" after a cut end
  private static final int CONTEXT_BEFORE = 80;

  private Snippets(Builder builder) {
    super(builder);
  }

  static Snippets create(IndexSearcher searcher, Analyzer analyzer) {
    return new Snippets(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(1_000_000)
            .withFieldMatcher(field -> true) // a name or code matched elsewhere is marked too
            .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
            .withFormatter(new Formatter())
            .withMaxNoHighlightPassages(1));
  }

  /** One snippet per document, in the order of {@code docIds}. */
  List<Snippet> snippets(Query query, int[] docIds) throws IOException {
    List<Snippet> out = new ArrayList<>(docIds.length);
    if (docIds.length == 0) {
      return out;
    }
    int[] one = new int[] {1};
    Object[] found =
        highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docIds, one).get(Fields.TEXT);
    for (int i = 0; i < docIds.length; i++) {
      out.add(found != null && found[i] instanceof Snippet s ? s : Snippet.plain(""));
    }
    return out;
  }

  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return Snippet.plain("");
      }
      return cut(passages[0], content);
    }
  }

  /** The passage, cut around its first match and with whitespace collapsed. */
  static Snippet cut(Passage p, String content) {
    int from = p.getStartOffset();
    int to = p.getEndOffset();
    if (to - from > Snippet.MAX_LENGTH) {
      int firstMatch = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : from;
      int start = Math.max(from, Math.min(firstMatch - CONTEXT_BEFORE, to - Snippet.MAX_LENGTH));
      int end = Math.min(to, start + Snippet.MAX_LENGTH);
      if (start > from) {
        start = wordStartAtOrAfter(content, start, firstMatch);
      }
      if (end < to) {
        end = wordEndAtOrBefore(content, end, start);
      }
      from = start;
      to = end;
    }
    List<int[]> matches = new ArrayList<>();
    for (int i = 0; i < p.getNumMatches(); i++) {
      int s = p.getMatchStarts()[i];
      int e = p.getMatchEnds()[i];
      if (s >= from && e <= to && s < e) {
        matches.add(new int[] {s, e});
      }
    }
    return render(content, from, to, matches);
  }

  private static int wordStartAtOrAfter(String text, int at, int limit) {
    int i = at;
    while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  private static int wordEndAtOrBefore(String text, int at, int limit) {
    int i = at;
    while (i > limit + 1 && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i > limit + 1 ? i : at;
  }

  /** Content [from, to) with runs of whitespace as one space, and the matches mapped into it. */
  private static Snippet render(String content, int from, int to, List<int[]> matches) {
    StringBuilder b = new StringBuilder(to - from + 2);
    boolean cutBefore = from > 0;
    boolean cutAfter = to < content.length();
    int[] at = new int[to - from + 1]; // content offset - from -> snippet offset
    if (cutBefore) {
      b.append(ELLIPSIS);
    }
    boolean space = true; // drops leading whitespace
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      if (Character.isWhitespace(c)) {
        at[i - from] = b.length();
        if (!space) {
          b.append(' ');
          space = true;
        }
      } else {
        if (space && b.length() > 0 && b.charAt(b.length() - 1) != ' ' && cutBefore) {
          b.append(' ');
        }
        at[i - from] = b.length();
        b.append(c);
        space = false;
      }
    }
    while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
      b.setLength(b.length() - 1);
    }
    at[to - from] = b.length();
    if (cutAfter) {
      b.append(' ').append(ELLIPSIS);
    }
    matches.sort(
        (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
    List<CharSpan> spans = new ArrayList<>();
    int last = 0;
    for (int[] m : matches) {
      int s = Math.max(at[m[0] - from], last);
      int e = Math.min(at[m[1] - from], at[to - from]);
      if (e <= s) {
        continue;
      }
      if (!spans.isEmpty() && s <= last) {
        CharSpan prev = spans.remove(spans.size() - 1);
        spans.add(new CharSpan(prev.start(), Math.max(prev.end(), e)));
      } else {
        spans.add(new CharSpan(s, e));
      }
      last = spans.get(spans.size() - 1).end();
    }
    return new Snippet(b.toString(), spans);
  }
}
