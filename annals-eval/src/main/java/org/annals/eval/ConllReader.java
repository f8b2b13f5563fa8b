package org.annals.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-2003 style files: one token per line with white-space separated columns (the word
 * first, the named-entity tag last), a blank line after each sentence, and {@code -DOCSTART-} lines
 * between documents.
 *
 * <p>A {@code -DOCSTART-} line ends the document before it, wherever it stands (the original files
 * start with one; some copies have it moved to the end), and empty documents are dropped. A file
 * without any {@code -DOCSTART-} line is cut into pseudo-documents of {@value
 * #PSEUDO_DOCUMENT_SENTENCES} sentences, about the mean document length of CoNLL-2003 testb, so
 * that a document limit means roughly the same on both kinds of file.
 *
 * <p>Strict: a line with a different number of columns than the first, a tag that is not {@code O},
 * {@code B-TYPE} or {@code I-TYPE}, or a tag sequence the scheme does not allow is a {@link
 * GoldFormatException} naming the line. Stateless.
 */
public final class ConllReader {
  public static final String DOCSTART = "-DOCSTART-";
  public static final int PSEUDO_DOCUMENT_SENTENCES = 15;

  private static final Pattern TAG = Pattern.compile("O|([BI])-(\\S+)");

  private ConllReader() {}

  /**
   * Reads a UTF-8 (or ASCII) CoNLL file.
   *
   * @param scheme the tagging scheme, or empty to detect it
   * @throws GoldFormatException when the file is not in the format, saying on which line
   */
  public static ConllCorpus read(Path file, Optional<TagScheme> scheme) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), in, scheme);
    } catch (CharacterCodingException e) {
      throw new GoldFormatException(file.toString(), 0, "not UTF-8 or ASCII text", e);
    }
  }

  /**
   * Parses CoNLL text.
   *
   * @param source names the input in messages
   * @param scheme the tagging scheme, or empty to detect it
   * @throws GoldFormatException when the text is not in the format, saying on which line
   */
  public static ConllCorpus parse(String source, BufferedReader in, Optional<TagScheme> scheme)
      throws IOException {
    Split split = split(source, in);
    boolean pseudo = !split.docstarts();
    List<List<ConllSentence>> groups = new ArrayList<>();
    for (List<ConllSentence> doc : split.documents()) {
      if (!pseudo) {
        groups.add(doc);
        continue;
      }
      for (int i = 0; i < doc.size(); i += PSEUDO_DOCUMENT_SENTENCES) {
        groups.add(doc.subList(i, Math.min(doc.size(), i + PSEUDO_DOCUMENT_SENTENCES)));
      }
    }
    TagScheme decodeWith = scheme.isPresent() ? scheme.get() : detect(source, groups);
    List<ConllDocument> documents = new ArrayList<>(groups.size());
    for (List<ConllSentence> sentences : groups) {
      int index = documents.size();
      documents.add(
          new ConllDocument(index, sentences, entities(source, index, sentences, decodeWith)));
    }
    return new ConllCorpus(source, decodeWith, pseudo, documents);
  }

  /** Documents of sentences, and whether any {@code -DOCSTART-} line was seen. */
  private record Split(List<List<ConllSentence>> documents, boolean docstarts) {}

  private static Split split(String source, BufferedReader in) throws IOException {
    List<List<ConllSentence>> documents = new ArrayList<>();
    List<ConllSentence> document = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean docstarts = false;
    int columns = -1;
    int sentenceLine = 0;
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      String[] cells = line.strip().split("\\s+");
      boolean blank = line.isBlank();
      boolean docstart = !blank && cells[0].equals(DOCSTART);
      if (blank || docstart) {
        if (!words.isEmpty()) {
          document.add(new ConllSentence(words, tags, sentenceLine));
          words.clear();
          tags.clear();
        }
        if (docstart) {
          docstarts = true;
          if (!document.isEmpty()) {
            documents.add(document);
            document = new ArrayList<>();
          }
        }
        continue;
      }
      if (cells.length < 2) {
        throw new GoldFormatException(
            source, lineNumber, "expected a word and a tag, got one column: '" + line + "'");
      }
      if (columns < 0) {
        columns = cells.length;
      } else if (cells.length != columns) {
        throw new GoldFormatException(
            source,
            lineNumber,
            "expected " + columns + " columns like the first token line, got " + cells.length);
      }
      String tag = cells[cells.length - 1];
      if (!TAG.matcher(tag).matches()) {
        throw new GoldFormatException(
            source, lineNumber, "tag '" + tag + "' is not O, B-TYPE or I-TYPE");
      }
      if (words.isEmpty()) {
        sentenceLine = lineNumber;
      }
      words.add(cells[0]);
      tags.add(tag);
    }
    if (!words.isEmpty()) {
      document.add(new ConllSentence(words, tags, sentenceLine));
    }
    if (!document.isEmpty()) {
      documents.add(document);
    }
    return new Split(documents, docstarts);
  }

  /**
   * IOB1 if some entity starts with {@code I-}, IOB2 if some entity starts with {@code B-} after a
   * token of another type (IOB2 when there is no evidence either way: both decode alike then).
   */
  static TagScheme detect(String source, List<List<ConllSentence>> documents) {
    int iob1Line = 0;
    int iob2Line = 0;
    String iob1Tag = "";
    String iob2Tag = "";
    for (List<ConllSentence> document : documents) {
      for (ConllSentence sentence : document) {
        String previous = null;
        for (int i = 0; i < sentence.tags().size(); i++) {
          String tag = sentence.tags().get(i);
          Matcher m = TAG.matcher(tag);
          if (!m.matches() || m.group(1) == null) {
            previous = null;
            continue;
          }
          boolean startsAfterOther = !m.group(2).equals(previous);
          if (startsAfterOther && m.group(1).equals("I") && iob1Line == 0) {
            iob1Line = sentence.line() + i;
            iob1Tag = tag;
          }
          if (startsAfterOther && m.group(1).equals("B") && iob2Line == 0) {
            iob2Line = sentence.line() + i;
            iob2Tag = tag;
          }
          previous = m.group(2);
        }
      }
    }
    if (iob1Line > 0 && iob2Line > 0) {
      throw new GoldFormatException(
          source,
          0,
          "mixes IOB1 and IOB2: line "
              + iob1Line
              + " starts an entity with "
              + iob1Tag
              + " (IOB1), line "
              + iob2Line
              + " starts one with "
              + iob2Tag
              + " after a token of another type (IOB2)");
    }
    return iob1Line > 0 ? TagScheme.IOB1 : TagScheme.IOB2;
  }

  private static List<LabeledSpan> entities(
      String source, int document, List<ConllSentence> sentences, TagScheme scheme) {
    List<LabeledSpan> entities = new ArrayList<>();
    int offset = 0;
    for (ConllSentence sentence : sentences) {
      String type = null; // of the entity being read
      int start = 0;
      List<String> tags = sentence.tags();
      for (int i = 0; i <= tags.size(); i++) {
        Matcher m = i < tags.size() ? TAG.matcher(tags.get(i)) : null;
        boolean outside = m == null || !m.matches() || m.group(1) == null;
        boolean continues = !outside && m.group(1).equals("I") && m.group(2).equals(type);
        if (continues) {
          continue;
        }
        if (type != null) {
          entities.add(new LabeledSpan(document, offset + start, offset + i, type));
        }
        if (outside) {
          type = null;
          continue;
        }
        boolean afterSameType = m.group(2).equals(type);
        if (scheme == TagScheme.IOB1 && m.group(1).equals("B") && !afterSameType) {
          throw new GoldFormatException(
              source,
              sentence.line() + i,
              tags.get(i)
                  + " does not follow a "
                  + m.group(2)
                  + " token; in IOB1, B- only starts an entity right after another of the same"
                  + " type (is the file IOB2?)");
        }
        if (scheme == TagScheme.IOB2 && m.group(1).equals("I")) {
          throw new GoldFormatException(
              source,
              sentence.line() + i,
              tags.get(i)
                  + " starts an entity; in IOB2 every entity starts with B- (is the file IOB1?)");
        }
        type = m.group(2);
        start = i;
      }
      offset += tags.size();
    }
    return entities;
  }
}
