package org.annals.eval.coref;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annals.eval.GoldFormatException;
import org.annals.model.CharSpan;

/**
 * Reads the ECB+ corpus (Cybulska and Vossen 2014): {@code <topic>/<topic>_<n>ecb.xml} and {@code
 * ..ecbplus.xml} files in the CAT/CROMER format, and the coreference sentence list {@code
 * ECBplus_coreference_sentences.csv}.
 *
 * <p>A file holds {@code <token t_id sentence number>} elements, then {@code <Markables>}: mentions
 * (an element named after its tag with {@code m_id} and {@code <token_anchor t_id>} children) and
 * instance descriptors (no anchors; {@code TAG_DESCRIPTOR}, and {@code instance_id} for
 * cross-document instances), then {@code <Relations>}: {@code CROSS_DOC_COREF} and {@code
 * INTRA_DOC_COREF}, each linking {@code <source m_id>} mentions to one {@code <target m_id>}
 * descriptor. Event mentions are the anchored {@code ACTION_*} and {@code NEG_*} markables; the
 * others (participants, times, places) are checked and left out.
 *
 * <p>Strict: anything the evaluation would otherwise get wrong silently (a dangling token or
 * mention reference, a mention in two chains, a cross-document target without instance id, an event
 * mention across sentences, two event mentions on the same tokens) is a {@link GoldFormatException}
 * naming the file and the line. DTDs and external entities are not read. Stateless.
 */
public final class EcbPlusReader {
  /** The directory of the release that holds the topic directories. */
  public static final String CORPUS_DIRECTORY = "ECB+";

  /** The list of sentences whose annotation is reliable. */
  public static final String SENTENCE_LIST = "ECBplus_coreference_sentences.csv";

  private static final Pattern FILE_NAME = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final String CROSS = "CROSS_DOC_COREF";
  private static final String INTRA = "INTRA_DOC_COREF";

  private EcbPlusReader() {}

  /**
   * The directory with the topic directories: {@code release/ECB+} when it exists, else {@code
   * release} itself.
   */
  public static Path corpusDirectory(Path release) {
    Path inner = release.resolve(CORPUS_DIRECTORY);
    return Files.isDirectory(inner) ? inner : release;
  }

  /** The topics under the corpus directory (its numeric sub-directories), in numeric order. */
  public static List<String> topics(Path corpusDirectory) throws IOException {
    try (Stream<Path> list = Files.list(corpusDirectory)) {
      return list.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d+"))
          .sorted(Comparator.comparingInt(Integer::parseInt))
          .toList();
    }
  }

  /**
   * The document files of one topic directory, ordered by document number, {@code ecb} before
   * {@code ecbplus}. Other files are skipped.
   */
  public static List<Path> files(Path topicDirectory) throws IOException {
    try (Stream<Path> list = Files.list(topicDirectory)) {
      return list.filter(Files::isRegularFile)
          .filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
          .sorted(
              Comparator.comparingInt((Path p) -> documentNumber(p.getFileName().toString()))
                  .thenComparing(p -> p.getFileName().toString().endsWith("ecbplus.xml")))
          .toList();
    }
  }

  /**
   * Reads a release directory: the documents under {@link #corpusDirectory} of the topics {@code
   * topics} accepts, with the selection flags of {@code release/}{@value #SENTENCE_LIST} when
   * {@code useSentenceList} (it must then exist); without it, every mention is selected.
   */
  public static EcbCorpus readRelease(
      Path release, boolean useSentenceList, Predicate<String> topics) throws IOException {
    Optional<Path> list =
        useSentenceList ? Optional.of(release.resolve(SENTENCE_LIST)) : Optional.empty();
    return read(corpusDirectory(release), list, topics);
  }

  /**
   * Reads the documents of the accepted topics under {@code corpusDirectory}, and the sentence list
   * if given.
   */
  public static EcbCorpus read(
      Path corpusDirectory, Optional<Path> sentenceList, Predicate<String> topics)
      throws IOException {
    Optional<Map<String, Set<Integer>>> selection = Optional.empty();
    if (sentenceList.isPresent()) {
      selection = Optional.of(readSentenceList(sentenceList.get()));
    }
    List<EcbDocument> documents = new ArrayList<>();
    List<String> unlisted = new ArrayList<>();
    for (String topic : topics(corpusDirectory)) {
      if (!topics.test(topic)) {
        continue;
      }
      for (Path file : files(corpusDirectory.resolve(topic))) {
        String name = documentName(file.getFileName().toString());
        Optional<Set<Integer>> selected = selection.map(s -> s.getOrDefault(name, Set.of()));
        if (selection.isPresent() && !selection.get().containsKey(name)) {
          unlisted.add(name);
        }
        documents.add(readDocument(file, selected));
      }
    }
    return new EcbCorpus(
        corpusDirectory.toString(),
        documents,
        sentenceList.map(p -> p.getFileName().toString()),
        unlisted);
  }

  /**
   * Reads one document file; its name must be {@code <topic>_<n>ecb.xml} or {@code
   * <topic>_<n>ecbplus.xml}.
   *
   * @param selectedSentences the document's selected sentences; empty to select them all
   */
  public static EcbDocument readDocument(Path file, Optional<Set<Integer>> selectedSentences)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.toString(), file.getFileName().toString(), in, selectedSentences);
    }
  }

  /**
   * Parses one document.
   *
   * @param source names the input in messages (a path)
   * @param fileName {@code <topic>_<n>ecb.xml} or {@code <topic>_<n>ecbplus.xml}: gives the
   *     document's name, topic and subtopic
   * @param selectedSentences the document's selected sentences; empty to select them all
   */
  public static EcbDocument parse(
      String source, String fileName, InputStream xml, Optional<Set<Integer>> selectedSentences) {
    Matcher m = FILE_NAME.matcher(fileName);
    if (!m.matches()) {
      throw new GoldFormatException(
          source, 0, "the file name is not <topic>_<n>ecb.xml or <topic>_<n>ecbplus.xml");
    }
    String name = documentName(fileName);
    String topic = m.group(1);
    String subtopic = topic + m.group(3);
    try {
      XMLStreamReader r = factory().createXMLStreamReader(xml);
      try {
        Raw raw = readRaw(source, r);
        return build(source, name, topic, subtopic, raw, selectedSentences);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw error(source, e);
    }
  }

  /** Parses XML text, for tests and tools. */
  public static EcbDocument parse(
      String source, String fileName, String xml, Optional<Set<Integer>> selectedSentences) {
    return parse(
        source,
        fileName,
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        selectedSentences);
  }

  /**
   * Reads the coreference sentence list: a header {@code Topic,File,Sentence Number}, then one line
   * per selected sentence ({@code 1,10ecbplus,3}). The map's keys are document names ({@code
   * 1_10ecbplus}).
   */
  public static Map<String, Set<Integer>> readSentenceList(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return parseSentenceList(csv.toString(), in);
    }
  }

  /** Parses a coreference sentence list; {@code source} names it in messages. */
  public static Map<String, Set<Integer>> parseSentenceList(String source, Reader csv)
      throws IOException {
    BufferedReader in = new BufferedReader(csv);
    Map<String, Set<Integer>> selected = new LinkedHashMap<>();
    String line;
    int number = 0;
    boolean header = false;
    while ((line = in.readLine()) != null) {
      number++;
      String text = line.strip();
      if (number == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isEmpty()) {
        continue;
      }
      if (!header) {
        if (!text.replace(" ", "").equalsIgnoreCase("Topic,File,SentenceNumber")) {
          throw new GoldFormatException(
              source,
              number,
              "expected the header 'Topic,File,Sentence Number', got '" + text + "'");
        }
        header = true;
        continue;
      }
      String[] cells = text.split(",", -1);
      if (cells.length != 3) {
        throw new GoldFormatException(
            source,
            number,
            "expected 3 comma-separated cells (topic, file, sentence), got '" + text + "'");
      }
      String topic = cells[0].strip();
      String file = cells[1].strip();
      if (!topic.matches("\\d+") || !file.matches("\\d+ecb(plus)?")) {
        throw new GoldFormatException(
            source,
            number,
            "expected a topic number and a file like 10ecbplus, got '" + text + "'");
      }
      int sentence;
      try {
        sentence = Integer.parseInt(cells[2].strip());
      } catch (NumberFormatException e) {
        throw new GoldFormatException(
            source, number, "the sentence number is not a number: '" + cells[2].strip() + "'");
      }
      selected.computeIfAbsent(topic + "_" + file, k -> new TreeSet<>()).add(sentence);
    }
    if (!header) {
      throw new GoldFormatException(source, 0, "empty: no 'Topic,File,Sentence Number' header");
    }
    return selected;
  }

  // --- the raw file --------------------------------------------------------------------------

  private record RawToken(int id, int sentence, String text, int line) {}

  private record Markable(
      String id, String tag, List<Integer> anchors, String instanceId, int line) {}

  private record Relation(
      String type, String id, List<String> sources, List<String> targets, int line) {}

  private record Raw(List<RawToken> tokens, List<Markable> markables, List<Relation> relations) {}

  private static Raw readRaw(String source, XMLStreamReader r) throws XMLStreamException {
    List<RawToken> tokens = new ArrayList<>();
    List<Markable> markables = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    int depth = 0;
    boolean sawRoot = false;
    String section = "";
    // the open markable or relation (depth 3)
    String itemTag = null;
    String itemId = null;
    String itemInstance = null;
    int itemLine = 0;
    List<Integer> anchors = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String el = r.getLocalName();
        int line = line(r);
        if (depth == 1) {
          if (!el.equals("Document")) {
            throw new GoldFormatException(
                source, line, "the root element is <" + el + ">, not <Document>");
          }
          sawRoot = true;
        } else if (depth == 2) {
          section = el;
          if (el.equals("token")) {
            int id = intAttribute(source, r, "t_id", "token");
            int sentence = intAttribute(source, r, "sentence", "token " + id);
            String text = r.getElementText();
            depth--; // getElementText consumed the end tag
            tokens.add(new RawToken(id, sentence, text, line));
          }
        } else if (depth == 3 && (section.equals("Markables") || section.equals("Relations"))) {
          itemTag = el;
          itemLine = line;
          anchors = new ArrayList<>();
          sources = new ArrayList<>();
          targets = new ArrayList<>();
          if (section.equals("Markables")) {
            itemId = required(source, r, "m_id", "<" + el + ">");
            itemInstance = r.getAttributeValue(null, "instance_id");
          } else {
            itemId = r.getAttributeValue(null, "r_id");
          }
        } else if (depth == 4 && itemTag != null) {
          switch (el) {
            case "token_anchor" ->
                anchors.add(intAttribute(source, r, "t_id", "a token_anchor of m_id " + itemId));
            case "source" -> sources.add(required(source, r, "m_id", "a <source>"));
            case "target" -> targets.add(required(source, r, "m_id", "a <target>"));
            default -> {
              // other children are not used
            }
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 3 && itemTag != null) {
          if (section.equals("Markables")) {
            markables.add(new Markable(itemId, itemTag, anchors, itemInstance, itemLine));
          } else {
            relations.add(new Relation(itemTag, itemId, sources, targets, itemLine));
          }
          itemTag = null;
        }
        depth--;
      }
    }
    if (!sawRoot) {
      throw new GoldFormatException(source, 0, "no <Document> element");
    }
    return new Raw(tokens, markables, relations);
  }

  // --- from the raw file to the document -----------------------------------------------------

  private static EcbDocument build(
      String source,
      String name,
      String topic,
      String subtopic,
      Raw raw,
      Optional<Set<Integer>> selectedSentences) {
    if (raw.tokens().isEmpty()) {
      throw new GoldFormatException(source, 0, "no <token> elements");
    }
    // the text: tokens joined by single spaces, one sentence per line
    StringBuilder text = new StringBuilder();
    List<EcbToken> tokens = new ArrayList<>(raw.tokens().size());
    Map<Integer, EcbToken> byId = new HashMap<>();
    Set<Integer> sentences = new TreeSet<>();
    Integer previousSentence = null;
    boolean lineHasText = false;
    for (RawToken t : raw.tokens()) {
      if (previousSentence != null && t.sentence() != previousSentence) {
        text.append('\n');
        lineHasText = false;
      }
      previousSentence = t.sentence();
      sentences.add(t.sentence());
      String word = WHITE_SPACE.matcher(t.text().strip()).replaceAll(" ");
      if (!word.isEmpty() && lineHasText) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      lineHasText |= !word.isEmpty();
      EcbToken token = new EcbToken(t.id(), t.sentence(), word, new CharSpan(start, text.length()));
      if (byId.put(t.id(), token) != null) {
        throw new GoldFormatException(source, t.line(), "a second token with t_id " + t.id());
      }
      tokens.add(token);
    }

    Map<String, Markable> markables = new HashMap<>();
    for (Markable mk : raw.markables()) {
      if (markables.put(mk.id(), mk) != null) {
        throw new GoldFormatException(source, mk.line(), "a second markable with m_id " + mk.id());
      }
      for (int anchor : mk.anchors()) {
        if (!byId.containsKey(anchor)) {
          throw new GoldFormatException(
              source,
              mk.line(),
              "markable m_id "
                  + mk.id()
                  + " ("
                  + mk.tag()
                  + ") anchors to t_id "
                  + anchor
                  + ", which is not a token of this document");
        }
      }
    }

    // the gold cluster of every mention in a chain
    Map<String, String> clusterOf = new HashMap<>();
    Map<String, ChainKind> kindOf = new HashMap<>();
    Map<String, String> relationOf = new HashMap<>();
    for (Relation rel : raw.relations()) {
      boolean cross = rel.type().equals(CROSS);
      if (!cross && !rel.type().equals(INTRA)) {
        continue;
      }
      String what = rel.type() + " r_id " + rel.id();
      if (rel.targets().size() != 1) {
        throw new GoldFormatException(
            source,
            rel.line(),
            what + " has " + rel.targets().size() + " targets; a chain needs exactly one");
      }
      Markable target = markables.get(rel.targets().get(0));
      if (target == null) {
        throw new GoldFormatException(
            source,
            rel.line(),
            what + " targets m_id " + rel.targets().get(0) + ", which is not a markable");
      }
      String cluster;
      if (cross) {
        if (target.instanceId() == null || target.instanceId().isBlank()) {
          throw new GoldFormatException(
              source,
              rel.line(),
              what + " targets m_id " + target.id() + ", which has no instance_id");
        }
        cluster = target.instanceId().strip();
      } else {
        cluster = name + "/chain-" + target.id();
      }
      for (String s : rel.sources()) {
        Markable mention = markables.get(s);
        if (mention == null) {
          throw new GoldFormatException(
              source, rel.line(), what + " has source m_id " + s + ", which is not a markable");
        }
        if (mention.anchors().isEmpty()) {
          throw new GoldFormatException(
              source,
              rel.line(),
              what + " has source m_id " + s + ", which is anchored to no token");
        }
        String earlier = relationOf.put(s, what);
        if (earlier != null) {
          throw new GoldFormatException(
              source, rel.line(), "m_id " + s + " is a source of both " + earlier + " and " + what);
        }
        clusterOf.put(s, cluster);
        kindOf.put(s, cross ? ChainKind.CROSS_DOCUMENT : ChainKind.WITHIN_DOCUMENT);
      }
    }

    Set<Integer> selected = selectedSentences.orElse(sentences);
    List<EventMention> mentions = new ArrayList<>();
    Map<List<Integer>, String> seen = new HashMap<>();
    for (Markable mk : raw.markables()) {
      if (mk.anchors().isEmpty() || !isEvent(mk.tag())) {
        continue;
      }
      List<Integer> ids = new ArrayList<>(new TreeSet<>(mk.anchors()));
      String twin = seen.put(ids, mk.id());
      if (twin != null) {
        throw new GoldFormatException(
            source,
            mk.line(),
            "event mentions m_id " + twin + " and " + mk.id() + " are anchored to the same tokens");
      }
      List<EcbToken> own = ids.stream().map(byId::get).toList();
      int sentence = own.get(0).sentence();
      for (EcbToken t : own) {
        if (t.sentence() != sentence) {
          throw new GoldFormatException(
              source,
              mk.line(),
              "event mention m_id "
                  + mk.id()
                  + " spans sentences "
                  + sentence
                  + " and "
                  + t.sentence());
        }
      }
      List<String> words = own.stream().map(EcbToken::text).toList();
      int head = EventHeads.headIndex(words);
      EcbToken headToken = own.get(head);
      int start = own.stream().mapToInt(t -> t.span().start()).min().orElseThrow();
      int end = own.stream().mapToInt(t -> t.span().end()).max().orElseThrow();
      String id = name + "/" + mk.id();
      mentions.add(
          new EventMention(
              id,
              name,
              mk.id(),
              mk.tag(),
              ids,
              new CharSpan(start, end),
              sentence,
              headToken.id(),
              headToken.span(),
              String.join(" ", words),
              headToken.text(),
              clusterOf.getOrDefault(mk.id(), id),
              kindOf.getOrDefault(mk.id(), ChainKind.SINGLETON),
              selected.contains(sentence)));
    }
    mentions.sort(
        Comparator.comparingInt((EventMention e) -> e.span().start())
            .thenComparingInt(e -> e.span().end()));
    return new EcbDocument(name, topic, subtopic, text.toString(), tokens, mentions, selected);
  }

  static boolean isEvent(String tag) {
    return tag.startsWith("ACTION_") || tag.startsWith("NEG_");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static String documentName(String fileName) {
    return fileName.endsWith(".xml") ? fileName.substring(0, fileName.length() - 4) : fileName;
  }

  private static int documentNumber(String fileName) {
    Matcher m = FILE_NAME.matcher(fileName);
    return m.matches() ? Integer.parseInt(m.group(2)) : Integer.MAX_VALUE;
  }

  private static String required(String source, XMLStreamReader r, String attribute, String what) {
    String v = r.getAttributeValue(null, attribute);
    if (v == null || v.isBlank()) {
      throw new GoldFormatException(source, line(r), what + " has no " + attribute + " attribute");
    }
    return v.strip();
  }

  private static int intAttribute(String source, XMLStreamReader r, String attribute, String what) {
    String v = required(source, r, attribute, what);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new GoldFormatException(
          source, line(r), what + ": " + attribute + "=\"" + v + "\" is not a number");
    }
  }

  private static int line(XMLStreamReader r) {
    Location where = r.getLocation();
    return where == null ? 0 : Math.max(0, where.getLineNumber());
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

  /** For tests: a reader over a string. */
  static Map<String, Set<Integer>> parseSentenceList(String source, String csv) {
    try {
      return parseSentenceList(source, new StringReader(csv));
    } catch (IOException e) {
      throw new IllegalStateException("a StringReader does not fail", e);
    }
  }
}
