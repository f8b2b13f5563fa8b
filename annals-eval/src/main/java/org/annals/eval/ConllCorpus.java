package org.annals.eval;

import java.util.List;
import java.util.Objects;

/**
 * The documents of one CoNLL file.
 *
 * @param source the file, as given
 * @param scheme the tagging scheme the tags were decoded with
 * @param pseudoDocuments true when the file has no {@code -DOCSTART-} lines and the documents are
 *     runs of {@link ConllReader#PSEUDO_DOCUMENT_SENTENCES} sentences
 */
public record ConllCorpus(
    String source, TagScheme scheme, boolean pseudoDocuments, List<ConllDocument> documents) {
  public ConllCorpus {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(scheme, "scheme");
    documents = List.copyOf(documents);
  }

  public int sentenceCount() {
    return documents.stream().mapToInt(d -> d.sentences().size()).sum();
  }

  public int tokenCount() {
    return documents.stream().mapToInt(ConllDocument::tokenCount).sum();
  }

  public int entityCount() {
    return documents.stream().mapToInt(d -> d.entities().size()).sum();
  }
}
