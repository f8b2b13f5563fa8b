package org.annals.model;

import java.util.Objects;

/**
 * Where an article (or a failure) came from: the input file, a locator inside it ({@code "line
 * 12"}, {@code "record 3"}, {@code "item 2"}, or empty for a whole file), and the byte offset of
 * that record in the file (0 for whole files, -1 when unknown).
 */
public record SourceRef(String path, String locator, long byteOffset) {
  public SourceRef {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(locator, "locator");
  }

  public static SourceRef file(String path) {
    return new SourceRef(path, "", 0);
  }

  public SourceRef at(String locator, long byteOffset) {
    return new SourceRef(path, locator, byteOffset);
  }

  /** {@code path}, or {@code path:line 12 (byte 3456)} for records inside a container. */
  public String describe() {
    if (locator.isEmpty()) {
      return path;
    }
    return path + ": " + locator + (byteOffset >= 0 ? " (byte " + byteOffset + ")" : "");
  }

  @Override
  public String toString() {
    return describe();
  }
}
