package org.annals.eval.coref;

import org.annals.model.CharSpan;

/**
 * One token of an ECB+ document.
 *
 * @param id the {@code t_id} (1-based in the release)
 * @param sentence the sentence number as in the file (in {@code ecbplus} files sentence 0 is the
 *     URL the text was found at)
 * @param text the token as written, without white space at its edges; white space inside it is one
 *     space. Empty for the few tokens that are only white space.
 * @param span its offsets in {@link EcbDocument#text()}; empty (start = end) for an empty token
 */
public record EcbToken(int id, int sentence, String text, CharSpan span) {}
