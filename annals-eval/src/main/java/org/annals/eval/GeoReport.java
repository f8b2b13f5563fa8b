package org.annals.eval;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code annals eval geo} prints: per corpus scores; the last table line is {@code
 * acc@161km=0.912} over all corpora together.
 */
public record GeoReport(String gazetteer, String rules, List<GeoScores> corpora, Duration load)
    implements Report {
  public GeoReport {
    corpora = List.copyOf(corpora);
  }

  /** Accuracy within 161 km over all corpora's toponyms together. */
  public double accuracy() {
    int n = 0;
    int within = 0;
    for (GeoScores s : corpora) {
      n += s.toponyms();
      within += s.within();
    }
    return n == 0 ? 0 : (double) within / n;
  }

  @Override
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("Toponym resolution given gold toponyms (gazetteer: ")
        .append(gazetteer)
        .append("; rules: ")
        .append(rules)
        .append(")\n");
    sb.append(
        "  errors: unresolved toponyms count as 20039 km; AUC = area under the sorted"
            + " ln(1+km)/ln(20039) curve, lower is better\n\n");
    TextTable t =
        new TextTable(
            "corpus", "docs", "toponyms", "resolved", "acc@161km", "mean km", "median km", "AUC");
    for (GeoScores s : corpora) {
      t.row(
          s.corpus(),
          Integer.toString(s.documents()),
          Integer.toString(s.toponyms()),
          Report.fixed(s.resolvedShare()),
          Report.fixed(s.accuracy()),
          String.format(Locale.ROOT, "%.1f", s.meanKm()),
          String.format(Locale.ROOT, "%.1f", s.medianKm()),
          Report.fixed(s.auc()));
    }
    sb.append(t.render("  ")).append('\n');
    for (GeoScores s : corpora) {
      StringBuilder k = new StringBuilder();
      s.byPrecision()
          .forEach(
              (kind, v) ->
                  k.append(
                      String.format(
                          Locale.ROOT, " %s %d/%d", kind.toLowerCase(Locale.ROOT), v[0], v[1])));
      sb.append("  ").append(s.corpus()).append(" within 161 km by kind of place chosen:");
      sb.append(k).append('\n');
      if (s.inferred() > 0) {
        sb.append("  ")
            .append(s.corpus())
            .append(": ")
            .append(s.inferred())
            .append(
                " resolved toponyms not in the gazetteer, put in the document's main county, division")
            .append(" or country\n");
      }
      if (s.withoutPoint() > 0) {
        sb.append("  ")
            .append(s.corpus())
            .append(": ")
            .append(s.withoutPoint())
            .append(" gold toponyms without coordinates left out\n");
      }
    }
    Duration resolve = Duration.ZERO;
    for (GeoScores c : corpora) {
      resolve = resolve.plus(c.time());
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "  time: load the gazetteer %s s, resolve %s s%n",
            Report.seconds(load),
            Report.seconds(resolve)));
    sb.append(String.format(Locale.ROOT, "acc@161km=%.3f%n", accuracy()));
    return sb.toString();
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("evaluation", "geo");
    m.put("gazetteer", gazetteer);
    m.put("rules", rules);
    m.put("corpora", corpora.stream().map(GeoScores::toMap).toList());
    m.put("acc_161km", Report.round(accuracy()));
    m.put("seconds_load", Report.secondsValue(load));
    return m;
  }
}
