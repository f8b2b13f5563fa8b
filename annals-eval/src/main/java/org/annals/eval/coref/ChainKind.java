package org.annals.eval.coref;

/** How an ECB+ event mention gets its gold cluster. */
public enum ChainKind {
  /** A source of a {@code CROSS_DOC_COREF} relation: the cluster is the target's instance id. */
  CROSS_DOCUMENT,
  /** A source of an {@code INTRA_DOC_COREF} relation: a cluster within its document. */
  WITHIN_DOCUMENT,
  /** In no coreference relation: a cluster of its own. */
  SINGLETON
}
