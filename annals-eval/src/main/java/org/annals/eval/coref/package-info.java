/**
 * Event coreference evaluation on ECB+ (Cybulska and Vossen 2014).
 *
 * <ul>
 *   <li>{@link org.annals.eval.coref.EcbPlusReader} reads the corpus and the coreference sentence
 *       list into {@link org.annals.eval.coref.EcbDocument}s with gold {@link
 *       org.annals.eval.coref.EventMention}s;
 *   <li>{@link org.annals.eval.coref.CorefScorer} scores clusterings of mentions with MUC, B³,
 *       CEAF-e and the CoNLL F1 as the reference scorer does (Pradhan et al. 2014), {@link
 *       org.annals.eval.coref.ClusteringScorer} clusterings of documents with purity, inverse
 *       purity and the Adjusted Rand Index;
 *   <li>{@link org.annals.eval.coref.SameLemmaBaseline} is the usual baseline;
 *   <li>{@link org.annals.eval.coref.CorefEvaluation} runs a {@link
 *       org.annals.eval.coref.CorefSystem} and the baselines and renders a {@link
 *       org.annals.eval.coref.CorefReport}.
 * </ul>
 *
 * <p>Nothing here needs models or the corpus; lemmas from a real lemmatizer are passed in (the CLI
 * computes them with CoreNLP, outside this package).
 */
package org.annals.eval.coref;
