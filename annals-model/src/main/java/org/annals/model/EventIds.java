package org.annals.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable event ids: the same event coded from the same words of the same article keeps its id. */
public final class EventIds {
  private EventIds() {}

  /** {@code ev_} and 16 hex digits of SHA-256 over the article, trigger, actors and code. */
  public static String of(String articleId, CodedEvent e) {
    String key =
        String.join(
            "|",
            articleId,
            Integer.toString(e.evidence().sentenceIndex()),
            Integer.toString(e.evidence().trigger().start()),
            e.source().code(),
            Integer.toString(e.source().span().start()),
            e.target().map(EventActor::code).orElse(""),
            e.target().map(t -> Integer.toString(t.span().start())).orElse(""),
            e.cameo().code());
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "ev_" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
    }
  }
}
