package org.annals.model;

/**
 * A piece of the input the cleaner left out of the clean text, and why.
 *
 * @param raw span in the raw text
 * @param reason a short kebab-case reason, e.g. {@code photo-credit}, {@code comments}, {@code
 *     social-embed}
 */
public record Removal(CharSpan raw, String reason) {}
