/**
 * INGEST: readers per source kind. Readers stream; every record becomes a {@link
 * org.annals.model.RawArticle} or a {@link org.annals.model.Problem} saying where (file, record,
 * byte offset) and what to do.
 */
package org.annals.ingest.read;
