package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.CharSpan;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Tells whether a time expression sits in a future-tense clause ("Maduro will attend the parade on
 * Friday"), so {@link NewsDateRule} leaves its forward-resolved date alone.
 *
 * <p>On a parsed sentence: climb from the expression to the verb it modifies (at most {@value
 * #MAX_HOPS} hops) and look for an {@code aux} will/shall/'ll on it, or on a verb it is the {@code
 * xcomp} of, or a planning frame above it ("is going / expected / scheduled / due to visit").
 * Copular predicates ("the summit will be on Friday") are checked on the expression itself. On an
 * unparsed sentence: the tense of the verb nearest the expression (see {@link #lexicallyFuture}).
 */
final class FutureCue {
  static final int MAX_HOPS = 4;
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> FUTURE_FRAMES =
      Set.of("go", "plan", "expect", "schedule", "due", "intend", "set", "prepare");

  /** Words that, just before a time expression, point forward from the time of writing. */
  private static final Set<String> PROSPECTIVE =
      Set.of("by", "until", "till", "next", "upcoming", "coming", "before", "deadline");

  /** Words in the sentence that mark a plan or schedule rather than a report. */
  private static final Set<String> PLANNING =
      Set.of(
          "scheduled", "planned", "expected", "due", "deadline", "slated", "upcoming", "payable");

  private FutureCue() {}

  /**
   * Whether the expression is introduced by a forward-pointing word ("by", "until", "next") or its
   * sentence talks of a plan ("scheduled", "expected", "due"): then a date after publication is
   * meant as one and must not be moved back.
   */
  static boolean isProspective(Sentence sentence, CharSpan span) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = lower(t.word());
      if (t.span().end() <= span.start()
          && (i + 1 >= tokens.size() || tokens.get(i + 1).span().start() >= span.start())
          && PROSPECTIVE.contains(w)) {
        return true;
      }
      if (t.span().start() >= span.start()
          && t.span().end() <= span.end()
          && PROSPECTIVE.contains(w)) {
        return true;
      }
      if (PLANNING.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean isFuture(Sentence sentence, CharSpan span) {
    List<Integer> inside = tokensIn(sentence, span);
    if (inside.isEmpty()) {
      return false;
    }
    if (!sentence.parsed()) {
      return lexicallyFuture(sentence, inside);
    }
    for (int t : inside) {
      if (clauseIsFuture(sentence, t)) {
        return true;
      }
      for (Dependency d : sentence.dependencies()) {
        if (d.dependent() == t
            && d.governor() != Dependency.ROOT
            && !inside.contains(d.governor())) {
          int verb = climbToVerb(sentence, d.governor());
          if (verb >= 0 && clauseIsFuture(sentence, verb)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<Integer> tokensIn(Sentence sentence, CharSpan span) {
    List<Integer> inside = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (t.span().start() >= span.start() && t.span().end() <= span.end()) {
        inside.add(t.index());
      }
    }
    return inside;
  }

  /** The nearest verb at or above {@code token}, or -1. */
  private static int climbToVerb(Sentence sentence, int token) {
    int current = token;
    for (int hop = 0; hop <= MAX_HOPS && current >= 0; hop++) {
      if (pos(sentence, current).startsWith("VB")) {
        return current;
      }
      current = governor(sentence, current);
    }
    return -1;
  }

  /** Future marking on this head or, through xcomp, on the verbs that govern it. */
  private static boolean clauseIsFuture(Sentence sentence, int head) {
    int current = head;
    for (int hop = 0; hop <= 2 && current >= 0; hop++) {
      if (hasFutureAux(sentence, current)) {
        return true;
      }
      int above = governorVia(sentence, current, "xcomp");
      if (above >= 0 && isFutureFrame(sentence, above)) {
        return true;
      }
      current = above;
    }
    return false;
  }

  private static boolean hasFutureAux(Sentence sentence, int head) {
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() == head
          && d.relation().equals("aux")
          && isFutureModal(sentence, d.dependent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "is going / plans / is expected / is due to ..." but not "went / planned / was expected to
   * ...": a frame lemma that is not itself in the past tense.
   */
  private static boolean isFutureFrame(Sentence sentence, int token) {
    Token t = sentence.tokens().get(token);
    if (!FUTURE_FRAMES.contains(lower(t.lemma())) || t.pos().equals("VBD")) {
      return false;
    }
    if (lower(t.lemma()).equals("go") && !t.pos().equals("VBG")) {
      return false;
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() == token
          && d.relation().startsWith("aux")
          && pos(sentence, d.dependent()).equals("VBD")) {
        return false;
      }
      if (d.governor() == token
          && d.relation().equals("cop")
          && pos(sentence, d.dependent()).equals("VBD")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFutureModal(Sentence sentence, int token) {
    Token t = sentence.tokens().get(token);
    return FUTURE_AUX.contains(lower(t.lemma())) || FUTURE_AUX.contains(lower(t.word()));
  }

  /**
   * An unparsed sentence: the tense of the verb nearest the expression, looking back first ("said
   * on Friday", "will meet on Friday", "planned to leave on Thursday"), then ahead ("On Tuesday,
   * the group announced"). A modal, a present-tense verb, a base form after "to" or a modal, or a
   * progressive with a present auxiliary read forward; a past form, or no verb, do not.
   */
  private static boolean lexicallyFuture(Sentence sentence, List<Integer> inside) {
    List<Token> tokens = sentence.tokens();
    int verb = -1;
    for (int i = inside.get(0) - 1; i >= 0 && verb < 0; i--) {
      if (isVerbOrModal(tokens.get(i))) {
        verb = i;
      }
    }
    for (int i = inside.get(inside.size() - 1) + 1; i < tokens.size() && verb < 0; i++) {
      if (isVerbOrModal(tokens.get(i))) {
        verb = i;
      }
    }
    if (verb < 0) {
      return false;
    }
    String pos = tokens.get(verb).pos();
    switch (pos) {
      case "MD", "VBZ", "VBP", "VB":
        return true;
      case "VBG":
        for (int i = verb - 1; i >= 0 && i >= verb - 3; i--) {
          String p = tokens.get(i).pos();
          if (p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || p.equals("TO")) {
            return true;
          }
          if (p.equals("VBD")) {
            return false;
          }
        }
        return false;
      case "VBN":
        // a passive or perfect: its auxiliaries tell ("will be paid", "to be completed" read
        // forward; "was paid", "has been paid", "is paid" do not)
        for (int i = verb - 1; i >= 0 && i >= verb - 4; i--) {
          Token aux = tokens.get(i);
          String p = aux.pos();
          if (p.equals("MD") || p.equals("TO")) {
            return true;
          }
          if (!(p.equals("VB") || p.equals("VBN") || p.startsWith("RB"))) {
            return false;
          }
        }
        return false;
      default:
        return false;
    }
  }

  /**
   * Verbs and copulas that, before "to", announce a plan: "is set to resume", "planned to leave".
   */
  private static final Set<String> PLAN_BEFORE_TO =
      Set.of(
          "set",
          "scheduled",
          "planned",
          "planning",
          "plans",
          "plan",
          "due",
          "expected",
          "is",
          "are",
          "going");

  /**
   * A stronger cue than {@link #isFuture} for unparsed sentences: the verb nearest before the
   * expression hangs on a modal ("will meet Monday", "could come as early as Tuesday", "would be
   * traveling Thursday") or is an infinitive of a plan ("is set to resume Monday", "planned to
   * leave on Thursday").
   */
  static boolean isPlainlyFuture(Sentence sentence, CharSpan span) {
    List<Integer> inside = tokensIn(sentence, span);
    if (inside.isEmpty() || sentence.parsed()) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    int verb = -1;
    for (int i = inside.get(0) - 1; i >= 0 && verb < 0; i--) {
      if (isVerbOrModal(tokens.get(i))) {
        verb = i;
      }
    }
    if (verb < 0) {
      return false;
    }
    if (tokens.get(verb).pos().equals("MD")) {
      return true;
    }
    for (int i = verb - 1; i >= 0 && i >= verb - 4; i--) {
      Token t = tokens.get(i);
      if (t.pos().equals("MD")) {
        return true;
      }
      if (t.pos().equals("TO")) {
        return i > 0 && PLAN_BEFORE_TO.contains(lower(tokens.get(i - 1).word()));
      }
      if (!(t.pos().startsWith("VB") && !t.pos().equals("VBD") || t.pos().startsWith("RB"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isVerbOrModal(Token t) {
    return t.pos().startsWith("VB") || t.pos().equals("MD");
  }

  private static int governor(Sentence sentence, int token) {
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == token && d.governor() != Dependency.ROOT) {
        return d.governor();
      }
    }
    return -1;
  }

  private static int governorVia(Sentence sentence, int token, String relation) {
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == token && d.relation().equals(relation)) {
        return d.governor();
      }
    }
    return -1;
  }

  private static String pos(Sentence sentence, int token) {
    return sentence.tokens().get(token).pos();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
