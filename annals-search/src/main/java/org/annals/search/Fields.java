package org.annals.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The index's field names and how each is analyzed. */
final class Fields {
  /** Unique per document: {@code TYPE:ID}; documents are replaced by this term. */
  static final String KEY = "key";

  /** {@code article}, {@code event} or {@code actor}. */
  static final String TYPE = "type";

  static final String ID = "id";

  /** Article title, event summary ({@code SRC CODE TGT}) or actor name. English. */
  static final String TITLE = "title";

  /** Article clean text, event sentence or actor description; snippets come from it. English. */
  static final String TEXT = "text";

  /** Names of actors, places and outlets, unstemmed. */
  static final String NAMES = "names";

  /** CAMEO actor and event codes, PLOVER types, country codes; unstemmed. */
  static final String CODES = "codes";

  /** The CAMEO event type's name. English. */
  static final String DESCRIPTION = "description";

  /** The words of an event's trigger. English. */
  static final String TRIGGER = "trigger";

  /** {@code yyyy-MM-dd}, searchable as a keyword ({@code date:2024-03*}). */
  static final String DATE = "date";

  static final String OUTLET = "outlet";
  static final String URL = "url";
  static final String MENTIONS = "mentions";

  /** Doc values for the tie-break: the type's ordinal, then the id. */
  static final String SORT_TYPE = "sort_type";

  static final String SORT_ID = "sort_id";

  private Fields() {}

  /** English (stemmed, stop words removed) by default; codes and names unstemmed; ids as is. */
  static Analyzer analyzer() {
    Analyzer standard = new StandardAnalyzer();
    Analyzer keyword = new KeywordAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(),
        Map.of(
            NAMES, standard,
            CODES, standard,
            KEY, keyword,
            TYPE, keyword,
            ID, keyword,
            DATE, keyword,
            URL, keyword));
  }
}
