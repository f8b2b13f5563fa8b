/**
 * Evaluation of the stages against gold sets: named entities on CoNLL-2003 ({@link
 * org.annals.eval.NerEvaluation}), time expressions on TempEval-3 ({@link
 * org.annals.eval.TimeEvaluation}) and cleaning on annotated samples ({@link
 * org.annals.eval.CleanEvaluation}).
 *
 * <p>Readers and scorers need no models and no gold files; the evaluations read the gold sets at
 * run time (they are not shipped with Annals). Every report renders as a text table and as a map
 * for JSON, whose keys are a contract: extend, never rename.
 */
package org.annals.eval;
