package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.eval.coref.CorefDocument;
import org.annals.eval.coref.CorefResponse;
import org.annals.eval.coref.MentionRef;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.Sentence;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The system on made-up documents with a toy annotator (one sentence per document; words ending in
 * "ed" are verbs whose lemma drops the "d", capitalized words are names).
 */
class AnnalsCorefSystemTest {
  static AnnotatedText annotate(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int at = 0;
    for (String w : text.split(" ")) {
      int start = text.indexOf(w, at);
      at = start + w.length();
      boolean verb = w.endsWith("ed");
      boolean name = Character.isUpperCase(w.charAt(0));
      String lemma = verb ? w.substring(0, w.length() - 1) : w.toLowerCase(Locale.ROOT);
      tokens.add(
          new Token(
              i++,
              new CharSpan(start, at),
              w,
              lemma,
              verb ? "VBD" : name ? "NNP" : "NN",
              name ? "LOCATION" : "O"));
    }
    return new AnnotatedText(
        "toy",
        List.of(new Sentence(0, new CharSpan(0, text.length()), tokens, List.of(), false)),
        List.of(),
        List.of());
  }

  static MentionRef at(CorefDocument d, String word) {
    int start = d.text().indexOf(word);
    return new MentionRef(d.id(), new CharSpan(start, start + word.length()));
  }

  @Test
  void mentionsOfOneStoryWithOneTriggerAreOneEventOtherStoriesStayApart() {
    CorefDocument a = new CorefDocument("a", "Freedonia earthquake struck coast village rescue");
    CorefDocument b = new CorefDocument("b", "Freedonia earthquake struck coast town rescue");
    CorefDocument c = new CorefDocument("c", "Sylvania election voted parliament coalition ballot");
    AnnalsCorefSystem system = new AnnalsCorefSystem(AnnalsCorefSystemTest::annotate);
    List<MentionRef> mentions = List.of(at(a, "struck"), at(b, "struck"), at(c, "voted"));
    CorefResponse r = system.clusterMentions(List.of(a, b, c), mentions);
    assertThat(r.mentionClusters()).hasSize(2);
    assertThat(r.mentionClusters())
        .anySatisfy(
            cl -> assertThat(cl).containsExactlyInAnyOrder(mentions.get(0), mentions.get(1)));
    assertThat(r.documentClusters()).containsExactlyInAnyOrder(List.of("a", "b"), List.of("c"));
  }

  @Test
  void detectionFindsContentVerbsNotLightOnes() {
    CorefDocument a = new CorefDocument("a", "Freedonia troops attacked village");
    CorefResponse r =
        new AnnalsCorefSystem(AnnalsCorefSystemTest::annotate)
            .detectAndCluster(List.of(a))
            .orElseThrow();
    assertThat(r.mentionClusters()).hasSize(1);
    assertThat(r.mentionClusters().get(0)).containsExactly(at(a, "attacked"));
  }
}
