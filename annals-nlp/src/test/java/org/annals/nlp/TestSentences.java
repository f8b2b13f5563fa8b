package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.CharSpan;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Token;

/** Builds model sentences by hand, so CoreNLP-free logic can be tested without models. */
final class TestSentences {
  private TestSentences() {}

  /**
   * @param tagged space-separated {@code word/POS/lemma[/NER]} tokens; the sentence text is the
   *     words joined by single spaces, starting at offset 0
   * @param dependencies {@code relation governor dependent}, 0-based, governor -1 for the root;
   *     none means the sentence was not parsed
   */
  static Sentence sentence(String tagged, String... dependencies) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String part : tagged.split(" ")) {
      String[] f = part.split("/");
      String ner = f.length > 3 ? f[3] : "O";
      tokens.add(
          new Token(
              tokens.size(), new CharSpan(offset, offset + f[0].length()), f[0], f[2], f[1], ner));
      offset += f[0].length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (String d : dependencies) {
      String[] f = d.split(" ");
      deps.add(new Dependency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
    }
    return new Sentence(0, new CharSpan(0, offset - 1), tokens, deps, dependencies.length > 0);
  }

  /** The text {@link #sentence} builds its offsets on. */
  static String text(Sentence sentence) {
    StringBuilder sb = new StringBuilder();
    for (Token t : sentence.tokens()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.toString();
  }

  /** The span of the first occurrence of {@code phrase} in the sentence text. */
  static CharSpan spanOf(Sentence sentence, String phrase) {
    int start = text(sentence).indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("'" + phrase + "' not in '" + text(sentence) + "'");
    }
    return new CharSpan(start, start + phrase.length());
  }
}
