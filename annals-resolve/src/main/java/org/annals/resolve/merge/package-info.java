/**
 * Which coded events report the same real event. {@link org.annals.resolve.merge.EventMerger}
 * compares two {@link org.annals.resolve.merge.Mention}s on the evidence a reader would use (who
 * and whom, what kind of act, when, where, and the words around it) and explains every decision
 * with a {@link org.annals.resolve.merge.MergeScore}.
 */
package org.annals.resolve.merge;
