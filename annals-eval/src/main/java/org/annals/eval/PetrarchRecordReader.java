package org.annals.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH validation records: the {@code <Sentence>} elements of PETRARCH's unit-test file
 * and of UniversalPetrarch's files (which are not well-formed XML: a {@code <Sentence …/>} tag may
 * be closed again later), each with {@code <EventCoding>} expectations, a {@code <Text>} and, when
 * present, a {@code <Parse>}.
 */
public final class PetrarchRecordReader {
  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>");
  private static final Pattern CONFIG = Pattern.compile("<Config\\s([^>]*)>");
  private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private PetrarchRecordReader() {}

  public static List<PetrarchRecord> read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses records from the text of a file; {@code source} names it in errors. */
  public static List<PetrarchRecord> parse(String source, String xml) {
    String text = COMMENT.matcher(xml).replaceAll(m -> " ".repeat(m.group().length()));
    Matcher s = SENTENCE.matcher(text);
    List<Integer> starts = new ArrayList<>();
    List<Map<String, String>> attrs = new ArrayList<>();
    while (s.find()) {
      starts.add(s.end());
      attrs.add(attributes(s.group(1)));
    }
    List<Integer> configAt = new ArrayList<>();
    List<Map<String, String>> configs = new ArrayList<>();
    Matcher cf = CONFIG.matcher(text);
    while (cf.find()) {
      configAt.add(cf.start());
      configs.add(attributes(cf.group(1)));
    }
    Map<String, String> options = new HashMap<>();
    int nextConfig = 0;
    List<PetrarchRecord> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i);
      while (nextConfig < configAt.size() && configAt.get(nextConfig) < from) {
        Map<String, String> c = configs.get(nextConfig++);
        if (c.containsKey("option") && c.containsKey("value")) {
          options.put(c.get("option").toLowerCase(java.util.Locale.ROOT), c.get("value"));
        }
      }
      int to =
          i + 1 < starts.size() ? text.lastIndexOf("<Sentence", starts.get(i + 1)) : text.length();
      String body = text.substring(from, to);
      int line = lineOf(text, from);
      Map<String, String> a = attrs.get(i);
      String id = a.getOrDefault("id", "record@" + line);
      Matcher t = TEXT.matcher(body);
      if (!t.find()) {
        throw new GoldFormatException(source, line, "record " + id + " has no <Text>");
      }
      String sentence = unescape(t.group(1).replaceAll("\\s+", " ").trim());
      List<PetrarchRecord.Expected> expected = new ArrayList<>();
      boolean none = false;
      boolean error = false;
      Matcher c = CODING.matcher(body);
      while (c.find()) {
        Map<String, String> ca = attributes(c.group(1));
        if (ca.containsKey("noevents")) {
          none = true;
        } else if (ca.containsKey("error")) {
          error = true;
        } else if (ca.containsKey("eventcode")) {
          expected.add(
              new PetrarchRecord.Expected(
                  clean(ca.get("sourcecode")),
                  clean(ca.get("targetcode")),
                  clean(ca.get("eventcode"))));
        }
      }
      out.add(
          new PetrarchRecord(
              id,
              a.getOrDefault("category", ""),
              date(a.get("date"), source, line, id),
              sentence,
              expected,
              none,
              error,
              parse(body),
              options));
    }
    if (out.isEmpty()) {
      throw new GoldFormatException(
          source, 1, "no <Sentence> records: is this a PETRARCH records file?");
    }
    return out;
  }

  private static String parse(String body) {
    Matcher p = PARSE.matcher(body);
    if (!p.find()) {
      return null;
    }
    String tree = unescape(p.group(1).replaceAll("\\s+", " ").trim());
    return tree.isEmpty() ? null : tree;
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> m = new HashMap<>();
    Matcher a = ATTR.matcher(s);
    while (a.find()) {
      m.put(
          a.group(1).toLowerCase(java.util.Locale.ROOT),
          a.group(3) != null ? a.group(3) : a.group(4));
    }
    return m;
  }

  private static String clean(String code) {
    return code == null ? "" : code.replace("\"", "").replace("'", "").trim();
  }

  private static LocalDate date(String value, String source, int line, String id) {
    if (value == null) {
      throw new GoldFormatException(source, line, "record " + id + " has no date attribute");
    }
    try {
      String v = value.trim();
      // a few records carry YYMMDD
      return v.length() == 6 ? LocalDate.parse("20" + v, BASIC) : LocalDate.parse(v, BASIC);
    } catch (DateTimeParseException e) {
      throw new GoldFormatException(
          source, line, "record " + id + " has date '" + value + "', want YYYYMMDD");
    }
  }

  private static int lineOf(String text, int offset) {
    int n = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
