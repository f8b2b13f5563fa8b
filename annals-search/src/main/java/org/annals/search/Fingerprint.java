package org.annals.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** A SHA-256 over documents' fields, to tell whether re-indexing them would change anything. */
final class Fingerprint {
  private Fingerprint() {}

  static String of(List<Document> docs) {
    MessageDigest sha = sha256();
    for (Document d : docs) {
      for (IndexableField f : d.getFields()) {
        sha.update(f.name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(value(f).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      sha.update((byte) 0x1e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String value(IndexableField f) {
    if (f.stringValue() != null) {
      return f.stringValue();
    }
    if (f.numericValue() != null) {
      return f.numericValue().toString();
    }
    BytesRef b = f.binaryValue();
    return b == null ? "" : b.utf8ToString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
