/**
 * Records that cross stage boundaries: what ingest hands to cleaning, what cleaning hands to
 * annotation, and what annotation hands to the store. No dependencies, no I/O.
 *
 * <h2>Offsets</h2>
 *
 * All offsets are UTF-16 {@code char} offsets, half-open ({@link org.annals.model.CharSpan}).
 * Offsets into the <em>clean</em> text are what annotators see; {@link org.annals.model.OffsetMap}
 * maps them back to offsets into the <em>raw</em> text (the input decoded with its detected
 * charset), so every sentence and entity can cite the original input.
 */
package org.annals.model;
