package org.annals.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annals.model.CleanArticle;

/**
 * What {@link CleanEvaluation} found for one expected article.
 *
 * @param name file, and record for multi-article files
 * @param missing why no cleaned article was found for it; empty when one was
 * @param boilerplateLeft boilerplate snippets still in the clean text
 * @param mustKeepLost must-keep snippets not in the clean text
 */
public record ArticleCheck(
    String name,
    Optional<String> missing,
    int boilerplate,
    List<String> boilerplateLeft,
    int mustKeep,
    List<String> mustKeepLost,
    Field published,
    Field title,
    Field outlet,
    Field language,
    Field url) {
  public ArticleCheck {
    Objects.requireNonNull(missing, "missing");
    boilerplateLeft = List.copyOf(boilerplateLeft);
    mustKeepLost = List.copyOf(mustKeepLost);
  }

  /** An expected and an actual value; absent means "none". */
  public record Field(Optional<String> expected, Optional<String> actual) {
    public boolean correct() {
      return expected.equals(actual);
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("expected", expected.orElse(null));
      m.put("actual", actual.orElse(null));
      return m;
    }
  }

  static ArticleCheck of(ExpectedArticle e, CleanArticle a) {
    String text = a.clean().text();
    List<String> left = new ArrayList<>();
    e.boilerplate().stream().filter(text::contains).forEach(left::add);
    List<String> lost = new ArrayList<>();
    e.mustKeep().stream().filter(k -> !text.contains(k)).forEach(lost::add);
    Optional<String> url =
        a.canonicalUrl().startsWith("http") ? Optional.of(a.canonicalUrl()) : Optional.empty();
    return new ArticleCheck(
        e.name(),
        Optional.empty(),
        e.boilerplate().size(),
        left,
        e.mustKeep().size(),
        lost,
        new Field(e.published(), a.published().date().map(Object::toString)),
        new Field(e.title(), a.title()),
        new Field(e.outlet(), a.outlet()),
        new Field(Optional.of(e.language()), Optional.of(a.language().code())),
        new Field(e.url(), url));
  }

  /** Not cleaned: every check fails (snippets count as left and lost, fields as wrong). */
  static ArticleCheck missing(ExpectedArticle e, String why) {
    Optional<String> none = Optional.of("(no article)");
    return new ArticleCheck(
        e.name(),
        Optional.of(why),
        e.boilerplate().size(),
        e.boilerplate(),
        e.mustKeep().size(),
        e.mustKeep(),
        new Field(e.published(), none),
        new Field(e.title(), none),
        new Field(e.outlet(), none),
        new Field(Optional.of(e.language()), none),
        new Field(e.url(), none));
  }

  public boolean found() {
    return missing.isEmpty();
  }

  /** The named fields, in report order. */
  public Map<String, Field> fields() {
    Map<String, Field> m = new LinkedHashMap<>();
    m.put("published", published);
    m.put("title", title);
    m.put("outlet", outlet);
    m.put("language", language);
    m.put("url", url);
    return m;
  }

  public boolean allCorrect() {
    return found()
        && boilerplateLeft.isEmpty()
        && mustKeepLost.isEmpty()
        && fields().values().stream().allMatch(Field::correct);
  }

  /** What went wrong, one line each; empty when {@link #allCorrect()}. */
  public List<String> misses() {
    List<String> out = new ArrayList<>();
    missing.ifPresent(why -> out.add("not cleaned: " + why));
    if (missing.isPresent()) {
      return out;
    }
    boilerplateLeft.forEach(b -> out.add("boilerplate left: \"" + b + "\""));
    mustKeepLost.forEach(k -> out.add("must_keep lost: \"" + k + "\""));
    fields()
        .forEach(
            (field, f) -> {
              if (!f.correct()) {
                out.add(
                    field
                        + ": expected "
                        + f.expected().map(v -> "\"" + v + "\"").orElse("none")
                        + ", got "
                        + f.actual().map(v -> "\"" + v + "\"").orElse("none"));
              }
            });
    return out;
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", name);
    m.put("found", found());
    m.put("missing_reason", missing.orElse(null));
    m.put("boilerplate", boilerplate);
    m.put("boilerplate_left", boilerplateLeft);
    m.put("must_keep", mustKeep);
    m.put("must_keep_lost", mustKeepLost);
    fields().forEach((field, f) -> m.put(field, f.toMap()));
    m.put("all_correct", allCorrect());
    return m;
  }
}
