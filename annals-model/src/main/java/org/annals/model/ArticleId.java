package org.annals.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable article id: {@code a_} and the first 16 hex digits of SHA-256 over the canonical URL and
 * the content hash. The same article at the same URL always gets the same id; a changed article at
 * the same URL gets a new one.
 */
public record ArticleId(String value) {
  private static final Pattern FORM = Pattern.compile("a_[0-9a-f]{16}");

  public ArticleId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "article id must look like a_ and 16 hex digits, got '" + value + "'");
    }
  }

  public static ArticleId of(String canonicalUrl, String contentSha256) {
    String digest = sha256Hex(canonicalUrl + "\n" + contentSha256);
    return new ArticleId("a_" + digest.substring(0, 16));
  }

  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
