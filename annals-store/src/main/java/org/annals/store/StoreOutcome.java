package org.annals.store;

/** What storing one article did. */
public enum StoreOutcome {
  /** First content seen at this URL: stored as version 1. */
  ADDED,
  /** Changed content at a known URL: stored as the next version; older versions are kept. */
  NEW_VERSION,
  /** This URL already has this content (or the batch had it twice): nothing written. */
  UNCHANGED
}
