/**
 * Metadata detection: publication dates (declared, markup, URL, or inferred from evidence in the
 * text), canonical URLs, language. Inferred dates carry their evidence and are marked inferred.
 */
package org.annals.ingest.meta;
