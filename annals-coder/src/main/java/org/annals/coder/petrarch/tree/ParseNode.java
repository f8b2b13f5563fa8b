package org.annals.coder.petrarch.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A node of a Penn Treebank parse: a phrase ({@code NP}, {@code VP}, …) with children, or a
 * part-of-speech node holding one word. Words are kept upper-cased, as PETRARCH's dictionaries are.
 */
public final class ParseNode {
  private final String label;
  private final String tag;
  private final String word;
  private final List<ParseNode> children = new ArrayList<>();
  private ParseNode parent;
  private int first;
  private int last;

  private ParseNode(String rawLabel, String word) {
    this.label = clean(rawLabel);
    this.tag = rawLabel.startsWith("-") ? "" : rawLabel.substring(this.label.length());
    this.word = word;
  }

  /** The label, e.g. {@code NP} or {@code VBD}; function tags ({@code NP-SBJ}) are removed. */
  public String label() {
    return label;
  }

  /** The function tag removed from the label, with its dash ({@code -TMP}); empty for none. */
  public String tag() {
    return tag;
  }

  /** The word of a part-of-speech node, upper-cased; null for a phrase. */
  public String word() {
    return word;
  }

  public List<ParseNode> children() {
    return Collections.unmodifiableList(children);
  }

  /** The enclosing node; null for the root. */
  public ParseNode parent() {
    return parent;
  }

  /** Index of this node's first word in the sentence. */
  public int first() {
    return first;
  }

  /** Index one past this node's last word in the sentence. */
  public int end() {
    return last;
  }

  public boolean isWord() {
    return word != null;
  }

  /** Whether the label is {@code prefix} or starts with it ({@code VB} matches {@code VBD}). */
  public boolean is(String prefix) {
    return label.startsWith(prefix);
  }

  /** The words under this node, in order. */
  public List<String> words() {
    List<String> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(ParseNode n, List<String> out) {
    if (n.isWord()) {
      out.add(n.word);
    }
    for (ParseNode c : n.children) {
      collect(c, out);
    }
  }

  /** All nodes under this one (itself included), in pre-order. */
  public List<ParseNode> descendants() {
    List<ParseNode> out = new ArrayList<>();
    walk(this, out);
    return out;
  }

  private static void walk(ParseNode n, List<ParseNode> out) {
    out.add(n);
    for (ParseNode c : n.children) {
      walk(c, out);
    }
  }

  /** The position of this node among its parent's children; 0 for the root. */
  public int index() {
    return parent == null ? 0 : parent.children.indexOf(this);
  }

  @Override
  public String toString() {
    if (isWord()) {
      return "(" + label + " " + word + ")";
    }
    StringBuilder sb = new StringBuilder("(").append(label);
    for (ParseNode c : children) {
      sb.append(' ').append(c);
    }
    return sb.append(')').toString();
  }

  /**
   * Reads a bracketed parse such as {@code (ROOT (S (NP (NNP Arnor)) (VP (VBD left))))}. A {@code
   * ROOT} wrapper is kept as the root node.
   *
   * @throws IllegalArgumentException if the brackets do not balance
   */
  public static ParseNode parse(String text) {
    List<String> tokens = tokens(text);
    if (tokens.isEmpty() || !tokens.get(0).equals("(")) {
      throw new IllegalArgumentException("a parse starts with '(': " + abbreviate(text));
    }
    int[] pos = {0};
    ParseNode root = node(tokens, pos, text);
    int[] counter = {0};
    number(root, counter);
    return root;
  }

  private static ParseNode node(List<String> tokens, int[] pos, String text) {
    // at "("
    pos[0]++;
    String label = "";
    if (pos[0] < tokens.size() && !isBracket(tokens.get(pos[0]))) {
      label = tokens.get(pos[0]++);
    }
    if (pos[0] + 1 < tokens.size()
        && !isBracket(tokens.get(pos[0]))
        && tokens.get(pos[0] + 1).equals(")")) {
      ParseNode leaf = new ParseNode(label, tokens.get(pos[0]).toUpperCase(Locale.ROOT));
      pos[0] += 2;
      return leaf;
    }
    ParseNode n = new ParseNode(label.isEmpty() ? "ROOT" : label, null);
    while (pos[0] < tokens.size() && !tokens.get(pos[0]).equals(")")) {
      String t = tokens.get(pos[0]);
      if (t.equals("(")) {
        ParseNode c = node(tokens, pos, text);
        c.parent = n;
        n.children.add(c);
      } else {
        // a bare word without a tag: keep it as a word node
        ParseNode c = new ParseNode("XX", t.toUpperCase(Locale.ROOT));
        c.parent = n;
        n.children.add(c);
        pos[0]++;
      }
    }
    if (pos[0] >= tokens.size()) {
      throw new IllegalArgumentException("unbalanced brackets in parse: " + abbreviate(text));
    }
    pos[0]++;
    return n;
  }

  private static void number(ParseNode n, int[] counter) {
    n.first = counter[0];
    if (n.isWord()) {
      counter[0]++;
    }
    for (ParseNode c : n.children) {
      number(c, counter);
    }
    n.last = counter[0];
  }

  private static String clean(String label) {
    if (label.startsWith("-")) {
      return label; // -LRB-, -NONE-
    }
    int dash = label.indexOf('-');
    int eq = label.indexOf('=');
    int cut = dash > 0 ? dash : label.length();
    if (eq > 0 && eq < cut) {
      cut = eq;
    }
    return label.substring(0, cut);
  }

  private static boolean isBracket(String t) {
    return t.equals("(") || t.equals(")");
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '(' || ch == ')' || Character.isWhitespace(ch)) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
        if (!Character.isWhitespace(ch)) {
          out.add(String.valueOf(ch));
        }
      } else {
        cur.append(ch);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  private static String abbreviate(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() > 60 ? t.substring(0, 60) + "…" : t;
  }
}
