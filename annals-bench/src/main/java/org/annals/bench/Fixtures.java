package org.annals.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.ContentType;
import org.annals.model.DeclaredMetadata;
import org.annals.model.Dependency;
import org.annals.model.RawArticle;
import org.annals.model.Sentence;
import org.annals.model.SourceRef;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/** Inputs of the benchmarks: bundled sample articles and a hand-annotated sentence. */
final class Fixtures {
  private Fixtures() {}

  static String html() {
    return resource("article.html");
  }

  static String plainText() {
    return resource("article.txt");
  }

  static RawArticle raw(URI url, byte[] bytes, boolean html) {
    return new RawArticle(
        SourceRef.file(url.toString()),
        new String(bytes, StandardCharsets.UTF_8),
        html ? ContentType.HTML : ContentType.PLAIN_TEXT,
        "UTF-8",
        "0".repeat(64),
        bytes.length,
        DeclaredMetadata.of(url.toString(), null, "2019-01-24", null, null),
        List.of());
  }

  /** The clean text of {@link #annotated()}. */
  static final String SENTENCE =
      "Russian troops attacked Ukrainian positions near Kharkiv on Monday, the ministry said.";

  static final LocalDate DATE = LocalDate.of(2022, 5, 10);

  /**
   * {@link #SENTENCE} as CoreNLP 4.5.10 annotates it (tokens, lemmas, POS, NER, enhanced++
   * dependencies, the time expression), written out so the coder runs without CoreNLP.
   */
  static AnnotatedText annotated() {
    String[][] t = {
      {"Russian", "Russian", "JJ", "MISC"},
      {"troops", "troops", "NNS", "O"},
      {"attacked", "attack", "VBD", "O"},
      {"Ukrainian", "ukrainian", "JJ", "MISC"},
      {"positions", "position", "NNS", "O"},
      {"near", "near", "IN", "O"},
      {"Kharkiv", "Kharkiv", "NNP", "LOCATION"},
      {"on", "on", "IN", "O"},
      {"Monday", "Monday", "NNP", "DATE"},
      {",", ",", ",", "O"},
      {"the", "the", "DT", "O"},
      {"ministry", "ministry", "NN", "O"},
      {"said", "say", "VBD", "O"},
      {".", ".", ".", "O"}
    };
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < t.length; i++) {
      int start = SENTENCE.indexOf(t[i][0], at);
      int end = start + t[i][0].length();
      tokens.add(new Token(i, new CharSpan(start, end), t[i][0], t[i][1], t[i][2], t[i][3]));
      at = end;
    }
    List<Dependency> deps =
        List.of(
            new Dependency("amod", 1, 0),
            new Dependency("nsubj", 2, 1),
            new Dependency("ccomp", 12, 2),
            new Dependency("amod", 4, 3),
            new Dependency("obj", 2, 4),
            new Dependency("case", 6, 5),
            new Dependency("nmod:near", 4, 6),
            new Dependency("case", 8, 7),
            new Dependency("obl:on", 2, 8),
            new Dependency("punct", 12, 9),
            new Dependency("det", 11, 10),
            new Dependency("nsubj", 12, 11),
            new Dependency("root", Dependency.ROOT, 12),
            new Dependency("punct", 12, 13));
    Sentence s = new Sentence(0, new CharSpan(0, SENTENCE.length()), tokens, deps, true);
    CharSpan monday = tokens.get(8).span();
    TimeExpression time =
        new TimeExpression(0, monday, "Monday", "DATE", Optional.of("2022-05-09"), true);
    return new AnnotatedText("corenlp-4.5.10", List.of(s), List.of(), List.of(time));
  }

  private static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
