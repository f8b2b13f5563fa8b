package org.annals.resolve.story;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.AnnotatedText;
import org.annals.model.EntityMention;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.annals.resolve.Terms;

/**
 * The document model of stories, one for ingest and the evaluations: an article's content terms
 * ({@link Terms#term}) outside names, and its named entities as {@code @} terms; nouns and entities
 * other than demonyms may name a story.
 */
public final class StoryDocs {
  private StoryDocs() {}

  private static final Set<String> ENTITY_TYPES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY", "CITY", "NATIONALITY");

  /**
   * An article as the story clusterer sees it.
   *
   * @param outlet who published it ("" when unknown): an entity naming the outlet is left out
   */
  public static StoryClusterer.Doc of(
      String id, Optional<LocalDate> date, String outlet, AnnotatedText text) {
    String own = outlet.toLowerCase(Locale.ROOT).strip();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.ner().equals("O") && !t.ner().isEmpty()) {
          continue; // names count as entities below
        }
        String term = Terms.term(t);
        if (term.isEmpty()) {
          continue;
        }
        counts.merge(term, 1, Integer::sum);
        if (t.pos().startsWith("NN")) {
          labels.putIfAbsent(term, term);
        }
      }
    }
    for (EntityMention m : text.entities()) {
      if (!ENTITY_TYPES.contains(m.type())) {
        continue;
      }
      String key = "@" + m.text().toLowerCase(Locale.ROOT).strip();
      if (key.length() < 3 || isOutlet(key.substring(1), own)) {
        continue; // "(Reuters) -", a closing "Reuter": the outlet names itself, not the story
      }
      counts.merge(key, 1, Integer::sum);
      if (!m.type().equals("MISC") && !m.type().equals("NATIONALITY")) {
        // "Russian", "Democratic": they count, but name no story
        labels.putIfAbsent(key, m.text().strip());
      }
    }
    return new StoryClusterer.Doc(id, date, counts, labels);
  }

  /** Whether an entity is the article's outlet ("reuter" in a Reuters article), both lower case. */
  public static boolean isOutlet(String entity, String outlet) {
    if (outlet.length() < 2) {
      return false;
    }
    String e = entity.endsWith("s") ? entity.substring(0, entity.length() - 1) : entity;
    String o = outlet.endsWith("s") ? outlet.substring(0, outlet.length() - 1) : outlet;
    return e.equals(o);
  }
}
