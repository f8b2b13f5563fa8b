package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.CharSpan;
import org.junit.jupiter.api.Test;

class MentionMatcherTest {
  // 1_1ecb, sentence 0: "Dana Vale checked into rehab on Friday ." -- gold m1 "checked into"
  // [10,22),
  // head "checked" [10,17); sentence 2: "She did not comment , the rep said ." -- gold m4 "did not
  // comment" [83,98), head "comment" [91,98); m6 "said" [109,113)
  static final EcbDocument DOC = EcbFixtures.parse("1_1ecb.xml", Optional.empty());

  static MentionRef ref(int start, int end) {
    return new MentionRef("1_1ecb", new CharSpan(start, end));
  }

  static EventMention gold(String markableId) {
    return DOC.mentions().stream()
        .filter(m -> m.markableId().equals(markableId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aDetectedMentionMatchesWhenItOverlapsTheGoldHead() {
    // "into" overlaps the gold span but not its head: no match; "checked" does
    assertThat(MentionMatcher.match(List.of(gold("1")), List.of(ref(18, 22)))).isEmpty();
    assertThat(MentionMatcher.match(List.of(gold("1")), List.of(ref(10, 17))))
        .containsEntry(ref(10, 17), gold("1"));
    // the whole sentence overlaps the head too
    assertThat(MentionMatcher.match(List.of(gold("1")), List.of(ref(0, 40)))).hasSize(1);
  }

  @Test
  void theGoldSpanWinsOverAnotherOverlap() {
    Map<MentionRef, EventMention> m =
        MentionMatcher.match(List.of(gold("1")), List.of(ref(10, 17), ref(10, 22)));
    assertThat(m).containsOnlyKeys(ref(10, 22));
  }

  @Test
  void oneToOneWithTheMostMatches() {
    // [83, 113) overlaps the heads of both "did not comment" and "said", [109, 113) only that of
    // "said": the one-to-one matching with the most matches gives each gold mention one
    Map<MentionRef, EventMention> m =
        MentionMatcher.match(List.of(gold("6"), gold("4")), List.of(ref(83, 113), ref(109, 113)));
    assertThat(m).containsEntry(ref(83, 113), gold("4")).containsEntry(ref(109, 113), gold("6"));
  }

  @Test
  void otherDocumentsAndEmptySpansNeverMatch() {
    assertThat(
            MentionMatcher.match(
                List.of(gold("1")), List.of(new MentionRef("2_3ecb", new CharSpan(10, 17)))))
        .isEmpty();
    assertThat(MentionMatcher.match(List.of(gold("1")), List.of(ref(12, 12)))).isEmpty();
  }
}
