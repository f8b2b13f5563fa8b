package org.annals.coder.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.annals.coder.dict.DictionaryException;

/**
 * Annals-format text being generated, with the PETRARCH line each generated line came from, so that
 * an error raised while loading the translation names the original file and line.
 */
final class AnnalsText {
  private final StringBuilder text = new StringBuilder();
  private final List<SourceLine> origins = new ArrayList<>();

  void line(String line, SourceLine origin) {
    text.append(line).append('\n');
    origins.add(origin);
  }

  void copyTo(AnnalsText other) {
    other.text.append(text);
    other.origins.addAll(origins);
  }

  String text() {
    return text.toString();
  }

  /** Loads the text; an Annals error is reported at the PETRARCH line it was translated from. */
  <T> T load(String source, Function<String, T> loader) {
    try {
      return loader.apply(text.toString());
    } catch (DictionaryException e) {
      if (e.line() >= 1 && e.line() <= origins.size()) {
        SourceLine o = origins.get(e.line() - 1);
        String generated = text.toString().split("\n", -1)[e.line() - 1];
        throw new DictionaryException(
            o.file(),
            o.number(),
            "cannot be expressed in Annals ("
                + source
                + " line '"
                + generated.trim()
                + "'): "
                + e.getMessage());
      }
      throw e;
    }
  }
}
