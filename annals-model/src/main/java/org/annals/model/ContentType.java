package org.annals.model;

/** What the raw text of an article is. */
public enum ContentType {
  PLAIN_TEXT,
  HTML
}
