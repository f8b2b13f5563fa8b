/**
 * Stages 1 and 2, INGEST and CLEAN: from files to {@link org.annals.model.CleanArticle}s.
 *
 * <p>{@link org.annals.ingest.read} turns files and directories into {@link
 * org.annals.model.RawArticle}s (one per text or HTML file, JSONL line, feed item or WARC response
 * record) and reports what it cannot read as {@link org.annals.model.Problem}s with the file, the
 * record and the byte offset. {@link org.annals.ingest.clean} extracts main text and removes
 * boilerplate, keeping an {@link org.annals.model.OffsetMap} back to the raw text. {@link
 * org.annals.ingest.meta} detects publication dates, outlets, language and canonical URLs.
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>Raw offsets are char offsets into the <em>decoded</em> raw text, not byte offsets.
 *   <li>A WARC's {@code WARC-Date} is a crawl date, never a publication date.
 *   <li>Readers never throw for bad content; they report a problem and go on to the next record.
 * </ul>
 */
package org.annals.ingest;
