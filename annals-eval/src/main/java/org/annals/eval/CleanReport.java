package org.annals.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of {@link CleanEvaluation}.
 *
 * @param gold the {@code expected.json} read
 * @param articles one check per expected article, in the file's order
 */
public record CleanReport(String gold, List<ArticleCheck> articles, Duration elapsed)
    implements Report {
  public CleanReport {
    articles = List.copyOf(articles);
  }

  /** Boilerplate snippets no longer in the clean text (recall of removal). */
  public Ratio boilerplateRemoved() {
    int total = articles.stream().mapToInt(ArticleCheck::boilerplate).sum();
    int left = articles.stream().mapToInt(a -> a.boilerplateLeft().size()).sum();
    return new Ratio(total - left, total);
  }

  /** Must-keep snippets still in the clean text. */
  public Ratio mustKeepKept() {
    int total = articles.stream().mapToInt(ArticleCheck::mustKeep).sum();
    int lost = articles.stream().mapToInt(a -> a.mustKeepLost().size()).sum();
    return new Ratio(total - lost, total);
  }

  /** Accuracy of one field ({@code published}, {@code title}, {@code outlet} …). */
  public Ratio accuracy(String field) {
    int hits = (int) articles.stream().filter(a -> a.fields().get(field).correct()).count();
    return new Ratio(hits, articles.size());
  }

  public Ratio found() {
    return new Ratio((int) articles.stream().filter(ArticleCheck::found).count(), articles.size());
  }

  public Ratio allCorrect() {
    return new Ratio(
        (int) articles.stream().filter(ArticleCheck::allCorrect).count(), articles.size());
  }

  private List<String> fieldNames() {
    return articles.isEmpty() ? List.of() : new ArrayList<>(articles.get(0).fields().keySet());
  }

  @Override
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("Cleaning on ").append(gold).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "  %d expected articles, %d cleaned%n%n",
            articles.size(),
            found().hits()));
    TextTable t = new TextTable("check", "score", "hits/total");
    row(t, "boilerplate removed", boilerplateRemoved());
    row(t, "must_keep kept", mustKeepKept());
    for (String field : fieldNames()) {
      row(t, field + " correct", accuracy(field));
    }
    row(t, "articles all correct", allCorrect());
    sb.append(t.render("  "));
    List<ArticleCheck> wrong = articles.stream().filter(a -> !a.allCorrect()).toList();
    if (!wrong.isEmpty()) {
      sb.append("\n  misses:\n");
      for (ArticleCheck a : wrong) {
        sb.append("    ").append(a.name()).append('\n');
        a.misses().forEach(m -> sb.append("      ").append(m).append('\n'));
      }
    }
    sb.append(String.format(Locale.ROOT, "%n  time: %s s%n", Report.seconds(elapsed)));
    return sb.toString();
  }

  private static void row(TextTable t, String label, Ratio r) {
    t.row(label, r.total() == 0 ? "-" : Report.fixed(r.value()), r.hits() + "/" + r.total());
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("evaluation", "clean");
    m.put("gold", gold);
    m.put("articles", articles.size());
    m.put("found", found().hits());
    m.put("boilerplate_removed", boilerplateRemoved().toMap());
    m.put("must_keep_kept", mustKeepKept().toMap());
    for (String field : fieldNames()) {
      m.put(field + "_accuracy", accuracy(field).toMap());
    }
    m.put("all_correct", allCorrect().toMap());
    m.put("by_article", articles.stream().map(ArticleCheck::toMap).toList());
    m.put("seconds", Report.secondsValue(elapsed));
    return m;
  }
}
