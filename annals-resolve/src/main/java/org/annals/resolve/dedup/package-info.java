/**
 * Near-duplicate articles: {@link org.annals.resolve.dedup.MinHash} signatures over word shingles,
 * banded so that a store can find candidates with an index lookup instead of comparing every pair.
 */
package org.annals.resolve.dedup;
