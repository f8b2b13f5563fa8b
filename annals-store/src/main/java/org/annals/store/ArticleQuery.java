package org.annals.store;

/**
 * Which articles {@link ArticleStore#listArticles} returns: ordered by publication date, newest
 * first, undated last, then by id.
 *
 * @param allVersions every stored version instead of only the latest version per URL
 * @param limit at most this many, at least 1
 * @param offset skip this many first
 */
public record ArticleQuery(boolean allVersions, int limit, int offset) {
  public static final int DEFAULT_LIMIT = 50;

  public ArticleQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
  }

  /** The latest version of each URL, first {@value #DEFAULT_LIMIT}. */
  public static ArticleQuery latest() {
    return new ArticleQuery(false, DEFAULT_LIMIT, 0);
  }

  public ArticleQuery withAllVersions(boolean all) {
    return new ArticleQuery(all, limit, offset);
  }

  public ArticleQuery page(int newLimit, int newOffset) {
    return new ArticleQuery(allVersions, newLimit, newOffset);
  }
}
