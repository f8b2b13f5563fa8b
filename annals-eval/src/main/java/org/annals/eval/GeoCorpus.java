package org.annals.eval;

import java.util.List;

/**
 * A geoparsing gold set: documents with their toponyms and where each is.
 *
 * @param name the file name
 * @param documents the documents
 * @param withoutPoint gold toponyms without coordinates (left out of the scores)
 */
public record GeoCorpus(String name, List<Document> documents, int withoutPoint) {
  public GeoCorpus {
    documents = List.copyOf(documents);
  }

  /** One article. */
  public record Document(String id, String text, List<GoldToponym> toponyms) {
    public Document {
      toponyms = List.copyOf(toponyms);
    }
  }

  /**
   * A gold toponym: the phrase, its offsets in the text (end exclusive) and where it is.
   *
   * @param geonameId the GeoNames id when the gold set gives one, else empty
   */
  public record GoldToponym(
      String name, int start, int end, double lat, double lon, String geonameId) {}

  public int toponyms() {
    return documents.stream().mapToInt(d -> d.toponyms().size()).sum();
  }
}
