package org.annals.eval.coref;

import java.util.List;
import org.annals.model.CharSpan;

/**
 * A gold event mention of ECB+: an {@code ACTION_*} or {@code NEG_*} markable anchored to tokens.
 *
 * @param id unique in the corpus: {@code <document>/<m_id>}, e.g. {@code 1_10ecb/31}
 * @param document the document name, e.g. {@code 1_10ecb}
 * @param markableId the {@code m_id}
 * @param tag the annotation tag, e.g. {@code ACTION_OCCURRENCE}, {@code NEG_ACTION_STATE}
 * @param tokenIds the anchored tokens' {@code t_id}s, ascending (83 mentions of the release skip
 *     tokens, e.g. "checked ... into")
 * @param span from the first token's start to the last token's end in {@link EcbDocument#text()}
 * @param sentence the sentence number of its tokens
 * @param headTokenId the head token, chosen by {@link EventHeads#headIndex}
 * @param headSpan the head token's offsets
 * @param text the anchored tokens joined by single spaces
 * @param headText the head token
 * @param cluster the gold cluster: the instance id of the {@code CROSS_DOC_COREF} target (e.g.
 *     {@code ACT16236402809085484}), {@code <document>/chain-<target m_id>} for an {@code
 *     INTRA_DOC_COREF} chain, or the mention's own {@link #id} for a singleton
 * @param chain which of the three the cluster is
 * @param selected whether its sentence is one of the document's selected sentences (the coreference
 *     sentence list, {@code ECBplus_coreference_sentences.csv}); true for every mention when the
 *     corpus was read without the list
 */
public record EventMention(
    String id,
    String document,
    String markableId,
    String tag,
    List<Integer> tokenIds,
    CharSpan span,
    int sentence,
    int headTokenId,
    CharSpan headSpan,
    String text,
    String headText,
    String cluster,
    ChainKind chain,
    boolean selected) {
  public EventMention {
    tokenIds = List.copyOf(tokenIds);
    if (tokenIds.isEmpty()) {
      throw new IllegalArgumentException("event mention " + id + " has no tokens");
    }
    if (!tokenIds.contains(headTokenId)) {
      throw new IllegalArgumentException(
          "event mention " + id + ": head token " + headTokenId + " is not one of " + tokenIds);
    }
  }

  /** This mention as a system sees it: its document and span. */
  public MentionRef ref() {
    return new MentionRef(document, span);
  }
}
