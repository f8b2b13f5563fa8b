/**
 * CLEAN: main text and boilerplate removal with an offset map back to the raw input.
 *
 * <p>HTML goes through {@link org.annals.ingest.clean.HtmlExtractor} (main-text extraction), then,
 * like plain text, through {@link org.annals.ingest.clean.BoilerplateFilter} (paragraph rules).
 * Every removal is recorded with a reason; nothing is dropped without one.
 */
package org.annals.ingest.clean;
