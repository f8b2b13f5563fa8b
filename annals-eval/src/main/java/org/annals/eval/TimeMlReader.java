package org.annals.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annals.model.CharSpan;

/**
 * Reads TimeML ({@code .tml}) files as in TempEval-3: the document creation time from the TIMEX3
 * with {@code functionInDocument="CREATION_TIME"} (normally in {@code <DCT>}), and the text of
 * {@code <TEXT>} with its TIMEX3 spans. Other tags (EVENT, SIGNAL …) are dropped, keeping their
 * text. DTDs and external entities are not read. Stateless.
 */
public final class TimeMlReader {
  private static final String TIMEX3 = "TIMEX3";
  private static final String TEXT = "TEXT";
  private static final String CREATION_TIME = "CREATION_TIME";

  private TimeMlReader() {}

  /**
   * The {@code .tml} files of {@code gold}, in path order: the file itself, or every {@code .tml}
   * file below the directory.
   */
  public static List<Path> files(Path gold) throws IOException {
    if (!Files.isDirectory(gold)) {
      return List.of(gold);
    }
    try (Stream<Path> walk = Files.walk(gold)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".tml"))
          .sorted()
          .toList();
    }
  }

  /**
   * @throws GoldFormatException when the file is not well-formed XML or has no {@code <TEXT>}
   */
  public static TimeMlDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml;
      try {
        xml = factory().createXMLStreamReader(in);
      } catch (XMLStreamException e) {
        throw error(file.toString(), e);
      }
      return parse(file.toString(), fileName(file), xml);
    }
  }

  /** Parses TimeML text; {@code source} names it in messages. */
  public static TimeMlDocument parse(String source, String xml) {
    try (Reader in = new StringReader(xml)) {
      return parse(source, source, factory().createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      throw error(source, e);
    } catch (IOException e) {
      throw new IllegalStateException("a StringReader does not fail", e);
    }
  }

  private static TimeMlDocument parse(String source, String fallbackId, XMLStreamReader xml) {
    StringBuilder text = new StringBuilder();
    StringBuilder docId = new StringBuilder();
    Optional<String> creationTime = Optional.empty();
    List<GoldTimex> timexes = new ArrayList<>();
    Deque<OpenTimex> open = new ArrayDeque<>();
    boolean sawText = false;
    int textDepth = 0;
    boolean inDocId = false;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            String name = xml.getLocalName();
            if (name.equals(TEXT)) {
              sawText = true;
              textDepth++;
            } else if (name.equals("DOCID")) {
              inDocId = true;
            } else if (name.equals(TIMEX3)) {
              String value = xml.getAttributeValue(null, "value");
              if (CREATION_TIME.equals(xml.getAttributeValue(null, "functionInDocument"))
                  && creationTime.isEmpty()
                  && value != null
                  && !value.isBlank()) {
                creationTime = Optional.of(value.strip());
              }
              if (textDepth > 0) {
                open.push(
                    new OpenTimex(
                        text.length(),
                        orEmpty(xml.getAttributeValue(null, "tid")),
                        orEmpty(xml.getAttributeValue(null, "type")),
                        Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty())));
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String name = xml.getLocalName();
            if (name.equals(TEXT)) {
              textDepth--;
            } else if (name.equals("DOCID")) {
              inDocId = false;
            } else if (name.equals(TIMEX3) && textDepth > 0 && !open.isEmpty()) {
              close(open.pop(), text, timexes);
            }
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (textDepth > 0) {
              text.append(xml.getText());
            } else if (inDocId) {
              docId.append(xml.getText());
            }
          }
          default -> {
            // comments, processing instructions, the document start and end
          }
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      throw error(source, e);
    }
    if (!sawText) {
      throw new GoldFormatException(source, 0, "no <TEXT> element");
    }
    String id = docId.toString().strip();
    return new TimeMlDocument(
        source, id.isEmpty() ? fallbackId : id, creationTime, text.toString(), timexes);
  }

  private record OpenTimex(int start, String id, String type, Optional<String> value) {}

  /** Adds the timex without the white space at its edges; an empty timex is dropped. */
  private static void close(OpenTimex t, StringBuilder text, List<GoldTimex> timexes) {
    int start = t.start();
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      timexes.add(new GoldTimex(new CharSpan(start, end), t.id(), t.type(), t.value()));
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static GoldFormatException error(String source, XMLStreamException e) {
    Location where = e.getLocation();
    int line = where == null ? 0 : Math.max(0, where.getLineNumber());
    return new GoldFormatException(source, line, "not well-formed XML: " + e.getMessage(), e);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String fileName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
  }
}
