package org.annals.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * How a server takes writes.
 *
 * @param writeToken the bearer token write routes (uploads, pasted articles) require; empty makes
 *     the server read-only
 * @param maxUploadBytes the largest request body a write route accepts
 */
public record ServerOptions(Optional<String> writeToken, long maxUploadBytes) {
  /** The default upload limit: 32 MB per request. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 32L << 20;

  /** The shortest token accepted: guessing it must be hopeless. */
  public static final int MIN_TOKEN_LENGTH = 16;

  public ServerOptions {
    writeToken = writeToken.map(String::strip);
    if (writeToken.isPresent() && writeToken.get().length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException(
          "a write token needs at least "
              + MIN_TOKEN_LENGTH
              + " characters, got "
              + writeToken.get().length()
              + "; use a long random one (or let annals serve make one)");
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException(
          "the upload limit must be positive, got " + maxUploadBytes);
    }
  }

  /** Reads only: every write route answers 403. */
  public static ServerOptions readOnly() {
    return new ServerOptions(Optional.empty(), DEFAULT_MAX_UPLOAD_BYTES);
  }

  /** Takes writes from requests that carry this token. */
  public static ServerOptions writable(String token) {
    return new ServerOptions(Optional.of(token), DEFAULT_MAX_UPLOAD_BYTES);
  }

  public ServerOptions withMaxUploadBytes(long bytes) {
    return new ServerOptions(writeToken, bytes);
  }

  /** A fresh random token (32 URL-safe characters, 192 bits). */
  public static String randomToken() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
