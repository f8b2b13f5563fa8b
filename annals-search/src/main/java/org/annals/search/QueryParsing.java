package org.annals.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.Query;

/**
 * Parses users' queries with Lucene's classic syntax over the default fields; every word must match
 * (AND) unless the query says OR.
 */
final class QueryParsing {
  /** The fields a word without {@code field:} is looked for in, with their boosts. */
  static final Map<String, Float> DEFAULT_FIELDS =
      Map.of(
          Fields.TITLE, 2f,
          Fields.TEXT, 1f,
          Fields.NAMES, 1.5f,
          Fields.CODES, 1.5f,
          Fields.DESCRIPTION, 1f,
          Fields.ID, 1f);

  private static final String HOW_TO_FIX =
      "; put a phrase in double quotes (\"Russian troops\"), or escape a special character"
          + " (+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /) with a backslash";
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private QueryParsing() {}

  static Query parse(String query, Analyzer analyzer) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException(
          "the search query is empty; give words to look for, e.g. \"attack Kyiv\"");
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            DEFAULT_FIELDS.keySet().stream().sorted().toArray(String[]::new),
            analyzer,
            DEFAULT_FIELDS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw syntaxError(query, e);
    } catch (IllegalArgumentException e) {
      // e.g. a leading wildcard, which the parser reports this way in some versions
      throw new QuerySyntaxException(
          "cannot search for '" + query + "': " + e.getMessage() + HOW_TO_FIX, query, -1, e);
    }
  }

  private static QuerySyntaxException syntaxError(String query, ParseException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    int column = -1;
    String what;
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      Token next = pe.currentToken.next != null ? pe.currentToken.next : pe.currentToken;
      column = next.beginColumn; // 0-based in Lucene's FastCharStream
      if (next.kind == 0) { // end of input
        column = query.length();
        what =
            "the query ends too early (after '"
                + pe.currentToken.image
                + "': an operator, a field name or an open parenthesis needs something after it)";
      } else {
        what = "unexpected '" + next.image + "' at column " + (column + 1);
      }
    } else if (cause instanceof TokenMgrError tme) {
      Matcher m = COLUMN.matcher(String.valueOf(tme.getMessage()));
      column = m.find() ? Integer.parseInt(m.group(1)) : -1;
      what =
          String.valueOf(tme.getMessage()).contains("<EOF>")
              ? "a double quote is not closed, or the query ends with a backslash"
              : "a character cannot be read here (" + tme.getMessage() + ")";
    } else {
      String message = String.valueOf(cause.getMessage());
      Matcher m = COLUMN.matcher(message);
      column = m.find() ? Integer.parseInt(m.group(1)) : -1;
      what = message.replaceFirst("^Cannot parse '.*?': ", "");
    }
    column = Math.max(-1, Math.min(column, query.length()));
    return new QuerySyntaxException(
        "cannot parse the search query: " + what + HOW_TO_FIX, query, column, e);
  }
}
