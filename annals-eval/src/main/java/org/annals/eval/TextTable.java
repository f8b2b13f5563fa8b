package org.annals.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: the first column left-aligned, the others right-aligned, a rule under the
 * header. Not thread-safe. Public for the evaluations in sub-packages ({@code
 * org.annals.eval.coref}).
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  public TextTable(String... header) {
    this.columns = header.length;
    rows.add(header.clone());
  }

  public TextTable row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "table has " + columns + " columns, row has " + cells.length);
    }
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      text[i] = String.valueOf(cells[i]);
    }
    rows.add(text);
    return this;
  }

  /** The table, each line indented by {@code indent} and ended by a line break. */
  public String render(String indent) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        String pad = " ".repeat(widths[i] - row[i].length());
        line.append(i == 0 ? "" : "  ").append(i == 0 ? row[i] + pad : pad + row[i]);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        int width = line.toString().stripTrailing().length() - indent.length();
        sb.append(indent).append("-".repeat(width)).append('\n');
      }
    }
    return sb.toString();
  }
}
