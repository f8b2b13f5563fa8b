package org.annals.coder.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.coder.dict.DictionaryException;

/**
 * One line of a PETRARCH file with comments removed: {@code # ...} to the end of the line and
 * {@code <!-- ... -->} blocks, which may span lines. Trailing blanks are removed; leading
 * whitespace is kept (actor date restrictions are indented).
 *
 * @param file the file name, for messages
 * @param number 1-based line number
 * @param text the line without comments
 */
public record SourceLine(String file, int number, String text) {

  public String where() {
    return file + ":" + number;
  }

  public DictionaryException error(String message) {
    return new DictionaryException(file, number, message);
  }

  /** The non-blank lines of a file, comments removed. */
  public static List<SourceLine> read(Path path) {
    String text;
    try {
      // PETRARCH files are nominally ASCII; some production files hold Latin-1 bytes
      byte[] bytes = Files.readAllBytes(path);
      text = decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return lines(path.toString(), text);
  }

  private static String decode(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    try {
      return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  /** The non-blank lines of a text, comments removed. */
  public static List<SourceLine> lines(String file, String text) {
    List<SourceLine> out = new ArrayList<>();
    String[] raw = text.split("\r?\n|\r", -1);
    boolean inBlock = false;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      StringBuilder kept = new StringBuilder();
      int pos = 0;
      while (pos < line.length()) {
        if (inBlock) {
          int end = line.indexOf("-->", pos);
          if (end < 0) {
            pos = line.length();
          } else {
            inBlock = false;
            pos = end + 3;
          }
        } else {
          int start = line.indexOf("<!--", pos);
          if (start < 0) {
            kept.append(line, pos, line.length());
            pos = line.length();
          } else {
            kept.append(line, pos, start);
            inBlock = true;
            pos = start + 4;
          }
        }
      }
      String s = kept.toString();
      int hash = s.indexOf('#');
      if (hash >= 0) {
        s = s.substring(0, hash);
      }
      s = s.stripTrailing();
      if (!s.isBlank()) {
        out.add(new SourceLine(file, i + 1, s));
      }
    }
    return out;
  }
}
