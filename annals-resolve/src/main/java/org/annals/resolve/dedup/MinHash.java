package org.annals.resolve.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash over word shingles, with banding for locality-sensitive lookup.
 *
 * <p>A text becomes the set of its {@code k}-word shingles (lower-cased words of letters and
 * digits; punctuation and markup are ignored, so a copy that differs in quotes, dashes or line
 * breaks has the same shingles). Its signature holds, for each of {@code hashes} hash functions,
 * the smallest hash over the shingles; the share of equal positions of two signatures estimates the
 * Jaccard similarity of the shingle sets. The signature is cut into {@code bands} bands of {@code
 * hashes / bands} rows: two texts with Jaccard similarity {@code s} share at least one band with
 * probability {@code 1 - (1 - s^r)^b} (with 32 bands of 4 rows: 0.5 → 0.87, 0.7 → 1.0, 0.3 → 0.23),
 * so candidates are found by equal band hashes and then checked on the whole signature.
 *
 * <p>Deterministic: the same text gives the same signature in every JVM (no {@code hashCode()} of
 * strings, fixed seeds), so signatures can be stored and compared across runs.
 */
public final class MinHash {
  private final int shingle;
  private final int bands;
  private final long[] seeds;

  /**
   * @param shingle words per shingle (5 suits news: long enough that common phrases do not match)
   * @param hashes signature length, a multiple of {@code bands}
   * @param bands number of bands for lookup
   */
  public MinHash(int shingle, int hashes, int bands) {
    if (shingle < 1 || hashes < 1 || bands < 1 || hashes % bands != 0) {
      throw new IllegalArgumentException(
          "need shingle >= 1 and hashes a positive multiple of bands, got shingle="
              + shingle
              + ", hashes="
              + hashes
              + ", bands="
              + bands);
    }
    this.shingle = shingle;
    this.bands = bands;
    this.seeds = new long[hashes];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < hashes; i++) {
      x = mix(x + 0x632BE59BD9B4E019L);
      seeds[i] = x;
    }
  }

  /** 5-word shingles, 128 hashes in 32 bands. */
  public static MinHash standard() {
    return new MinHash(5, 128, 32);
  }

  /** The words of a text: maximal runs of letters and digits, lower-cased. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The shingle hashes of a text (a text shorter than one shingle is one shingle). */
  public Set<Long> shingles(String text) {
    List<String> w = words(text);
    Set<Long> out = new HashSet<>();
    if (w.isEmpty()) {
      return out;
    }
    int k = Math.min(shingle, w.size());
    for (int i = 0; i + k <= w.size(); i++) {
      out.add(hash(String.join(" ", w.subList(i, i + k))));
    }
    return out;
  }

  /** The signature of a text; an empty text has a signature that matches nothing but itself. */
  public long[] signature(String text) {
    Set<Long> sh = shingles(text);
    long[] sig = new long[seeds.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : sh) {
      for (int i = 0; i < seeds.length; i++) {
        long h = mix(s ^ seeds[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of the shingle sets: the share of equal positions. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException(
          "signatures of different lengths: " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) a.length;
  }

  /** One hash per band; texts that share any band hash are candidates. */
  public long[] bandHashes(long[] signature) {
    if (signature.length != seeds.length) {
      throw new IllegalArgumentException(
          "signature has " + signature.length + " hashes, this MinHash makes " + seeds.length);
    }
    int rows = seeds.length / bands;
    long[] out = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = 0xCBF29CE484222325L ^ b;
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ signature[b * rows + r]);
      }
      out[b] = h;
    }
    return out;
  }

  public int hashes() {
    return seeds.length;
  }

  public int bands() {
    return bands;
  }

  /** Signature as bytes, for storage. */
  public static byte[] toBytes(long[] signature) {
    ByteBuffer buf = ByteBuffer.allocate(signature.length * Long.BYTES);
    for (long v : signature) {
      buf.putLong(v);
    }
    return buf.array();
  }

  /** Bytes from {@link #toBytes} back to a signature. */
  public static long[] fromBytes(byte[] bytes) {
    if (bytes.length % Long.BYTES != 0) {
      throw new IllegalArgumentException(
          "a stored signature has a multiple of 8 bytes, got " + bytes.length);
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long[] out = new long[bytes.length / Long.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = buf.getLong();
    }
    return out;
  }

  /** 64-bit FNV-1a over UTF-8, then mixed. */
  static long hash(String s) {
    long h = 0xCBF29CE484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  /** SplitMix64's finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
