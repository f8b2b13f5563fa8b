package org.annals.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes article bytes to text: byte-order mark, then a declared charset (HTTP header, HTML meta,
 * XML declaration), then strict UTF-8, then statistical detection, then windows-1252. Rejects empty
 * and binary input with a message saying what it looks like. Thread-safe.
 */
public final class TextDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param declared a charset named by the container (e.g. an HTTP {@code Content-Type}), if any
   * @param sniffMarkup whether to look for an HTML meta or XML declaration in the first bytes
   * @throws BadInputException for empty or binary input
   */
  public static DecodedText decode(byte[] bytes, Optional<String> declared, boolean sniffMarkup)
      throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException("empty input (0 bytes); nothing to ingest");
    }
    String binary = binaryKind(bytes);
    if (binary != null) {
      throw new BadInputException(
          "binary content ("
              + binary
              + "), not text; give Annals .txt, .html, .jsonl, RSS/Atom"
              + " or WARC files");
    }
    List<String> warnings = new ArrayList<>();
    // 1. byte-order mark
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strictOrRepair(bytes, 3, StandardCharsets.UTF_8, "byte-order mark", warnings);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strictOrRepair(bytes, 2, StandardCharsets.UTF_16BE, "byte-order mark", warnings);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strictOrRepair(bytes, 2, StandardCharsets.UTF_16LE, "byte-order mark", warnings);
    }
    // 2. declared by the container or in the markup
    Optional<String> named = declared;
    if (named.isEmpty() && sniffMarkup) {
      named = sniff(bytes);
    }
    if (named.isPresent()) {
      Optional<Charset> cs = charset(named.get());
      if (cs.isEmpty()) {
        warnings.add("unknown declared charset '" + named.get() + "'; detected instead");
      } else {
        Optional<String> text = tryStrict(bytes, 0, cs.get());
        if (text.isPresent()) {
          return new DecodedText(text.get(), cs.get().name(), warnings);
        }
        warnings.add(
            "bytes are not valid " + cs.get().name() + " although declared so; detected instead");
      }
    }
    // 3. strict UTF-8 (most of the web)
    Optional<String> utf8 = tryStrict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new DecodedText(utf8.get(), StandardCharsets.UTF_8.name(), warnings);
    }
    int badAt = firstInvalidUtf8(bytes);
    // 4. statistical detection
    String guess = detect(bytes);
    Charset cs = guess == null ? null : charset(guess).orElse(null);
    if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
      cs = Charset.forName("windows-1252");
    }
    Optional<String> text = tryStrict(bytes, 0, cs);
    if (text.isPresent()) {
      warnings.add(
          "not valid UTF-8 (first bad byte at offset " + badAt + "); decoded as " + cs.name());
      return new DecodedText(text.get(), cs.name(), warnings);
    }
    warnings.add(
        "not valid UTF-8 (first bad byte at offset "
            + badAt
            + ") nor "
            + cs.name()
            + "; invalid bytes replaced with U+FFFD");
    return new DecodedText(
        lenient(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name(), warnings);
  }

  private static DecodedText strictOrRepair(
      byte[] bytes, int skip, Charset cs, String why, List<String> warnings) {
    Optional<String> text = tryStrict(bytes, skip, cs);
    if (text.isPresent()) {
      return new DecodedText(text.get(), cs.name(), warnings);
    }
    warnings.add("invalid " + cs.name() + " despite " + why + "; bad bytes replaced with U+FFFD");
    return new DecodedText(lenient(bytes, skip, cs), cs.name(), warnings);
  }

  static Optional<String> tryStrict(byte[] bytes, int offset, Charset cs) {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Optional.of(out.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset cs) {
    return new String(bytes, offset, bytes.length - offset, cs);
  }

  /** Parses a charset name, accepting common aliases; empty if unknown. */
  public static Optional<Charset> charset(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("latin1") || n.equals("latin-1") || n.equals("iso-8859-1")) {
      // browsers treat ISO-8859-1 as windows-1252, which is a superset
      n = "windows-1252";
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> sniff(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    m = META_CHARSET.matcher(head);
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    return Optional.empty();
  }

  private static String detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    return detector.getDetectedCharset();
  }

  static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Names the binary format if the bytes are not text, else null. */
  static String binaryKind(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(bytes, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return "ZIP archive (also .docx/.xlsx)";
    }
    if (startsWith(bytes, 0x1F, 0x8B)) {
      return "gzip data; name the file .warc.gz if it is a WARC";
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "MS Office document";
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return null; // UTF-16 with BOM contains NULs legitimately
    }
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "contains NUL bytes at offset " + i;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    if (control * 10 > n) {
      return control + " control bytes in the first " + n;
    }
    return null;
  }
}
