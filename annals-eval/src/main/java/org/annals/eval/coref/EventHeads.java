package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the head word of a gold event mention without a parser. 88% of ECB+ event mentions are one
 * token; for the others ("checked into", "opened fire", "magnitude 4 . 6 earthquake", "according
 * to", "on probation") the rule is:
 *
 * <ol>
 *   <li>only words count: tokens with a letter or digit, other than a possessive {@code 's};
 *   <li>leading prepositions and determiners are skipped ("on probation", "the blast");
 *   <li>a verb with a particle or preposition after it gives the word before the first one
 *       ("checked into", "according to", "putting out of business", "assault in the first degree");
 *   <li>a first word ending in {@code -ed} or {@code -ing} is a verb with its object ("opened
 *       fire", "seeking help", "shooting dead");
 *   <li>otherwise the last word, the head of a noun compound ("prison sentences", "drunk driving").
 * </ol>
 *
 * <p>A heuristic: good enough to lemmatize a mention and to match a system mention with a gold one
 * ({@link MentionMatcher}); a parse would do better on "took place" or "opening ceremony".
 */
public final class EventHeads {
  private static final Set<String> LEADING =
      Set.of(
          "a", "an", "the", "to", "on", "in", "at", "under", "of", "for", "by", "with", "into",
          "from", "after", "before");

  private static final Set<String> PARTICLES =
      Set.of(
          "about",
          "across",
          "after",
          "against",
          "along",
          "around",
          "as",
          "at",
          "away",
          "back",
          "before",
          "behind",
          "between",
          "by",
          "down",
          "for",
          "from",
          "in",
          "into",
          "of",
          "off",
          "on",
          "onto",
          "out",
          "over",
          "through",
          "to",
          "together",
          "toward",
          "towards",
          "under",
          "up",
          "upon",
          "with",
          "without");

  private EventHeads() {}

  /**
   * The index of the head among {@code words} (a mention's tokens in order).
   *
   * @throws IllegalArgumentException when {@code words} is empty
   */
  public static int headIndex(List<String> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a mention needs at least one word");
    }
    List<Integer> content = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (isWord(words.get(i))) {
        content.add(i);
      }
    }
    if (content.isEmpty()) {
      return words.size() - 1;
    }
    int first = 0;
    while (first < content.size() - 1 && LEADING.contains(lower(words.get(content.get(first))))) {
      first++;
    }
    List<Integer> rest = content.subList(first, content.size());
    if (rest.size() == 1) {
      return rest.get(0);
    }
    for (int k = 1; k < rest.size(); k++) {
      if (PARTICLES.contains(lower(words.get(rest.get(k))))) {
        return rest.get(k - 1);
      }
    }
    String head = words.get(rest.get(0));
    String lower = lower(head);
    boolean verbal =
        head.length() > 4
            && Character.isLowerCase(head.charAt(0))
            && (lower.endsWith("ed") || lower.endsWith("ing"));
    return verbal ? rest.get(0) : rest.get(rest.size() - 1);
  }

  private static boolean isWord(String token) {
    String lower = lower(token);
    if (lower.equals("'s") || lower.equals("\u2019s")) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
