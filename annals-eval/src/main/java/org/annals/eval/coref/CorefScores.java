package org.annals.eval.coref;

import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.eval.Report;

/**
 * The three coreference metrics of one response against one key, and their mean, the CoNLL F1
 * (Pradhan et al. 2014).
 *
 * @param keyMentions mentions in the key
 * @param responseMentions mentions in the response
 * @param keyClusters clusters in the key, singletons included
 * @param responseClusters clusters in the response, singletons included
 */
public record CorefScores(
    RecallPrecision muc,
    RecallPrecision bcubed,
    RecallPrecision ceafe,
    int keyMentions,
    int responseMentions,
    int keyClusters,
    int responseClusters) {

  /** The mean of the MUC, B³ and CEAF-e F1. */
  public double conllF1() {
    return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key_mentions", keyMentions);
    m.put("response_mentions", responseMentions);
    m.put("key_clusters", keyClusters);
    m.put("response_clusters", responseClusters);
    m.put("muc", muc.toMap());
    m.put("b3", bcubed.toMap());
    m.put("ceaf_e", ceafe.toMap());
    m.put("conll_f1", Report.round(conllF1()));
    return m;
  }
}
