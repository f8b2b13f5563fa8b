package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.CharSpan;
import org.annals.model.EntityMention;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;

/**
 * CoreNLP entity mentions ({@code MentionsAnnotation}) to model {@link EntityMention}s and {@link
 * TimeExpression}s.
 */
final class MentionConverter {
  static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");
  private static final Set<String> PRONOUNS =
      Set.of(
          "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him",
          "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "who",
          "whom", "whose");

  private MentionConverter() {}

  /**
   * PERSON, ORGANIZATION, LOCATION and MISC mentions only; pronoun mentions (CoreNLP's entity
   * mention builder returns "he", "his" … as PERSON) are dropped.
   */
  static List<EntityMention> entities(
      List<CoreMap> mentions, String text, List<Sentence> sentences) {
    List<EntityMention> out = new ArrayList<>();
    for (CoreMap mention : mentions) {
      String type = mention.get(CoreAnnotations.EntityTypeAnnotation.class);
      if (type == null || !ParseSelector.ACTOR_TYPES.contains(type) || isPronoun(mention)) {
        continue;
      }
      CharSpan span = TokenConverter.span(mention);
      out.add(new EntityMention(sentenceAt(sentences, span.start()), span, span.of(text), type));
    }
    return out;
  }

  /**
   * One {@link TimeExpression} per TIMEX3. CoreNLP may cut one timex into several mentions ("every
   * Monday" comes back as SET "every" + DATE "Monday", both carrying the same timex); those are
   * merged back into one span.
   *
   * <p>With a publication date the value is SUTime's, corrected by {@link NewsDateRule}. Without
   * one (the text was annotated with no document date) only absolute values are kept, see {@link
   * TimexValues}.
   */
  static List<TimeExpression> times(
      List<CoreMap> mentions,
      String text,
      List<Sentence> sentences,
      Optional<LocalDate> publication) {
    // pieces of one timex are merged only when adjacent: CoreNLP reuses timex ids across a text
    List<Timex> timexes = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (CoreMap mention : mentions) {
      Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
      String type = mention.get(CoreAnnotations.EntityTypeAnnotation.class);
      if (timex == null || type == null || !TIME_TYPES.contains(type)) {
        continue;
      }
      CharSpan span = TokenConverter.span(mention);
      int last = timexes.size() - 1;
      if (last >= 0
          && timex.tid() != null
          && timex.tid().equals(timexes.get(last).tid())
          && span.start() - spans.get(last)[1] <= 3
          && span.start() >= spans.get(last)[0]) {
        spans.get(last)[1] = Math.max(spans.get(last)[1], span.end());
        continue;
      }
      timexes.add(timex);
      spans.add(new int[] {span.start(), span.end()});
    }
    List<TimeExpression> out = new ArrayList<>();
    for (int i = 0; i < timexes.size(); i++) {
      int[] range = spans.get(i);
      CharSpan span = new CharSpan(range[0], range[1]);
      int sentenceIndex = sentenceAt(sentences, span.start());
      Timex timex = timexes.get(i);
      String type = timex.timexType() != null ? timex.timexType() : "DATE";
      String expression = span.of(text);
      Sentence sentence = sentences.get(sentenceIndex);
      if (!TimexConventions.isTimex(type, expression, sentence, span)) {
        continue;
      }
      Optional<String> value = value(type, expression, timex.value(), sentence, span, publication);
      if (value.isPresent()) {
        boolean past =
            publication.isPresent()
                && !FutureCue.isProspective(sentence, span)
                && !FutureCue.isFuture(sentence, span);
        TimexConventions.Typed typed =
            TimexConventions.normalize(
                type,
                expression,
                value.get(),
                publication.orElse(null),
                past,
                aboutQuarters(text, sentences, sentenceIndex));
        typed = TimexConventions.periodEnded(expression, sentence, span, typed);
        type = typed.type();
        value = Optional.of(typed.value());
      }
      out.add(
          new TimeExpression(
              sentenceIndex, span, expression, type, value, publication.isPresent()));
    }
    if (publication.isPresent()) {
      addYearEarlier(text, sentences, publication.get(), out);
    }
    return out;
  }

  /** The sentence, or the one before it, speaks of quarters (of a financial year). */
  private static boolean aboutQuarters(String text, List<Sentence> sentences, int index) {
    for (int i = Math.max(0, index - 1); i <= index; i++) {
      if (sentences.get(i).text(text).toLowerCase(Locale.ROOT).contains("quarter")) {
        return true;
      }
    }
    return false;
  }

  /** "the year-earlier quarter", "year-ago": expressions SUTime does not find. */
  private static void addYearEarlier(
      String text, List<Sentence> sentences, LocalDate publication, List<TimeExpression> out) {
    java.util.regex.Matcher m = TimexConventions.YEAR_EARLIER.matcher(text);
    List<TimeExpression> found = new ArrayList<>();
    while (m.find()) {
      CharSpan span = new CharSpan(m.start(), m.end());
      boolean covered = false;
      for (TimeExpression t : out) {
        covered |= t.span().start() < span.end() && span.start() < t.span().end();
      }
      if (covered || sentences.isEmpty()) {
        continue;
      }
      int sentenceIndex = sentenceAt(sentences, span.start());
      found.add(
          new TimeExpression(
              sentenceIndex,
              span,
              m.group(),
              "DATE",
              Optional.of(
                  TimexConventions.yearEarlier(
                      publication, aboutQuarters(text, sentences, sentenceIndex))),
              true));
    }
    if (!found.isEmpty()) {
      out.addAll(found);
      out.sort(java.util.Comparator.comparingInt(t -> t.span().start()));
    }
  }

  static Optional<String> value(
      String type,
      String expression,
      String raw,
      Sentence sentence,
      CharSpan span,
      Optional<LocalDate> publication) {
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    if (publication.isEmpty()) {
      return TimexValues.isAbsolute(type, raw) ? Optional.of(raw) : Optional.empty();
    }
    if (FutureCue.isProspective(sentence, span)
        || !sentence.parsed() && FutureCue.isFuture(sentence, span)) {
      // without a parse the tense is a weak cue: it keeps SUTime's reading but moves nothing
      // "by Jan. 14", "until Friday", "next week": SUTime's forward reading is the right one;
      // only a bare weekday it put in the past moves to the coming one ("will leave on Thursday")
      return Optional.of(
          FutureCue.isPlainlyFuture(sentence, span)
              ? NewsDateRule.forwardWeekday(type, expression, raw, publication.get())
              : raw);
    }
    return Optional.of(
        NewsDateRule.apply(
            type, expression, raw, publication.get(), FutureCue.isFuture(sentence, span)));
  }

  private static boolean isPronoun(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    for (CoreLabel t : tokens) {
      boolean pronoun =
          PRONOUN_TAGS.contains(t.tag()) || PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
      if (!pronoun) {
        return false;
      }
    }
    return true;
  }

  /** Index of the sentence containing {@code offset} (the last one starting at or before it). */
  static int sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
