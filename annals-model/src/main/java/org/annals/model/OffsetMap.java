package org.annals.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Maps offsets in a derived text (the clean text) back to offsets in its source (the raw text).
 *
 * <p>Stored as runs: within a run, derived offset {@code d} maps to {@code rawStart + (d -
 * cleanStart)}. Offsets between runs (characters the cleaner inserted, such as a paragraph break)
 * map to the end of the previous run. The map is monotonic: {@code a <= b} implies {@code
 * toSource(a) <= toSource(b)}. Immutable and thread-safe.
 */
public final class OffsetMap {
  private final int[] cleanStarts;
  private final int[] rawStarts;
  private final int[] lengths;
  private final int cleanLength;
  private final int rawEnd;

  private OffsetMap(
      int[] cleanStarts, int[] rawStarts, int[] lengths, int cleanLength, int rawEnd) {
    this.cleanStarts = cleanStarts;
    this.rawStarts = rawStarts;
    this.lengths = lengths;
    this.cleanLength = cleanLength;
    this.rawEnd = rawEnd;
  }

  /** The identity map over a text of the given length. */
  public static OffsetMap identity(int length) {
    return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {length}, length, length);
  }

  /**
   * Builds a map from a per-character table: {@code sourceOf[i]} is the source offset of derived
   * character {@code i}; {@code sourceOf[length]} is the source offset of the end.
   *
   * @throws IllegalArgumentException if the table is not monotonic
   */
  public static OffsetMap fromTable(int[] sourceOf) {
    if (sourceOf.length == 0) {
      throw new IllegalArgumentException("offset table needs at least the end entry");
    }
    int n = sourceOf.length - 1;
    int[] cs = new int[Math.max(1, n)];
    int[] rs = new int[cs.length];
    int[] ls = new int[cs.length];
    int runs = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && sourceOf[i] < sourceOf[i - 1]) {
        throw new IllegalArgumentException(
            "offset table must be monotonic, but entry "
                + i
                + "="
                + sourceOf[i]
                + " < entry "
                + (i - 1)
                + "="
                + sourceOf[i - 1]);
      }
      int r = runs - 1;
      if (r >= 0 && cs[r] + ls[r] == i && rs[r] + ls[r] == sourceOf[i]) {
        ls[r]++;
      } else {
        cs[runs] = i;
        rs[runs] = sourceOf[i];
        ls[runs] = 1;
        runs++;
      }
    }
    if (n > 0 && sourceOf[n] < sourceOf[n - 1]) {
      throw new IllegalArgumentException("offset table end entry goes backwards");
    }
    if (runs == 0) {
      return new OffsetMap(new int[] {0}, new int[] {sourceOf[0]}, new int[] {0}, 0, sourceOf[0]);
    }
    return new OffsetMap(
        Arrays.copyOf(cs, runs), Arrays.copyOf(rs, runs), Arrays.copyOf(ls, runs), n, sourceOf[n]);
  }

  /** Length of the derived text this map covers. */
  public int length() {
    return cleanLength;
  }

  /** Source offset of a derived offset in {@code [0, length()]}. */
  public int toSource(int offset) {
    if (offset < 0 || offset > cleanLength) {
      throw new IndexOutOfBoundsException(
          "offset " + offset + " outside derived text of length " + cleanLength);
    }
    if (offset == cleanLength) {
      return rawEnd;
    }
    int i = Arrays.binarySearch(cleanStarts, offset);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return rawStarts[0];
    }
    int within = offset - cleanStarts[i];
    return within < lengths[i] ? rawStarts[i] + within : rawStarts[i] + lengths[i];
  }

  /** Maps a span: start to the source of its first char, end to the source end of its last char. */
  public CharSpan toSource(CharSpan span) {
    int start = toSource(span.start());
    int end = span.length() == 0 ? start : toSource(span.end() - 1) + 1;
    return new CharSpan(start, Math.max(start, end));
  }

  /** The per-character table this map encodes (length + 1 entries). */
  public int[] toTable() {
    int[] table = new int[cleanLength + 1];
    for (int i = 0; i <= cleanLength; i++) {
      table[i] = toSource(i);
    }
    return table;
  }

  /** {@code this} maps C→B and {@code inner} maps B→A; the result maps C→A. */
  public OffsetMap andThen(OffsetMap inner) {
    int[] table = toTable();
    for (int i = 0; i < table.length; i++) {
      table[i] = inner.toSource(Math.min(table[i], inner.length()));
    }
    return fromTable(table);
  }

  public int runCount() {
    return cleanStarts.length;
  }

  /** Compact binary form for storage; see {@link #decode(byte[])}. */
  public byte[] encode() {
    ByteBuffer buf = ByteBuffer.allocate(12 + 12 * cleanStarts.length);
    buf.putInt(cleanLength).putInt(rawEnd).putInt(cleanStarts.length);
    for (int i = 0; i < cleanStarts.length; i++) {
      buf.putInt(cleanStarts[i]).putInt(rawStarts[i]).putInt(lengths[i]);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(buf.position());
    out.write(buf.array(), 0, buf.position());
    return out.toByteArray();
  }

  public static OffsetMap decode(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int cleanLength = buf.getInt();
    int rawEnd = buf.getInt();
    int n = buf.getInt();
    int[] cs = new int[n];
    int[] rs = new int[n];
    int[] ls = new int[n];
    for (int i = 0; i < n; i++) {
      cs[i] = buf.getInt();
      rs[i] = buf.getInt();
      ls[i] = buf.getInt();
    }
    return new OffsetMap(cs, rs, ls, cleanLength, rawEnd);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m
        && cleanLength == m.cleanLength
        && rawEnd == m.rawEnd
        && Arrays.equals(cleanStarts, m.cleanStarts)
        && Arrays.equals(rawStarts, m.rawStarts)
        && Arrays.equals(lengths, m.lengths);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(rawStarts) * 31 + cleanLength;
  }

  @Override
  public String toString() {
    return "OffsetMap[length=" + cleanLength + ", runs=" + cleanStarts.length + "]";
  }
}
