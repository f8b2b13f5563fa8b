/**
 * Stage ANNOTATE: turns clean article text into {@link org.annals.model.AnnotatedText} with
 * Stanford CoreNLP 4.5.10. This is the only package in Annals that imports {@code
 * edu.stanford.nlp}; no CoreNLP type appears in its public API.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>Input: the clean text (one paragraph per line; a line break always ends a sentence) and an
 *       optional publication date. Output: sentences with tokens (word as written, lemma, Penn POS,
 *       coarse NER), PERSON / ORGANIZATION / LOCATION / MISC mentions, and TIMEX3 time expressions.
 *       Every span is a UTF-16 offset into the text passed in.
 *   <li>Only sentences that can yield events are dependency-parsed: at most {@code
 *       maxSentenceTokens} tokens, a named entity or proper noun, and a verb ({@link
 *       org.annals.nlp.NlpConfig}). {@link org.annals.model.Sentence#parsed()} says which were.
 *       Dependencies are enhanced++ UD with 0-based token indices; copy nodes are folded onto the
 *       token they copy.
 *   <li>{@link org.annals.nlp.CoreNlpAnnotator} is thread-safe and shares one set of models per
 *       JVM; failures surface as {@link org.annals.nlp.AnnotationException} with the sentence.
 * </ul>
 *
 * <h2>Dates</h2>
 *
 * <ul>
 *   <li>With a publication date, SUTime is anchored on it ({@code DocDateAnnotation}, {@code
 *       yyyy-MM-dd}) and every time expression has {@code anchored=true}.
 *   <li>Without one, the text is annotated with <em>no</em> document date. SUTime then leaves
 *       relative expressions unresolved ({@code XXXX-WXX-3}, no value, {@code PRESENT_REF}), and
 *       only values that cannot depend on a document date are kept: fully written dates and times,
 *       decades, durations, sets. Everything has {@code anchored=false}. A sentinel date was
 *       rejected because its resolved values cannot be told from real ones ("three years ago" gives
 *       year 0997), and annotating twice under two anchors would double the NER cost.
 *   <li>SUTime often resolves bare weekdays and month-days to the wrong side of the document date
 *       ("arrived on Sunday" in a Thursday article became the coming Sunday; "will visit on Friday"
 *       became the past Friday). {@code NewsDateRule} moves such a value back by weeks or years
 *       when it lands after the publication date, or forward when it lands before it in a
 *       future-tense clause ({@code FutureCue}: "will", "is going to", …).
 * </ul>
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>Memory: the shared models hold about 620 MB of live heap (768 MB runs, 1 GB is the sensible
 *       minimum, 2 GB is comfortable with several threads); loading takes about 10 s. Models are
 *       shared per JVM through {@link org.annals.nlp.CoreNlpAnnotator#shared}; never load them per
 *       article or per thread.
 *   <li>CoreNLP's entity-mention builder returns pronouns ("he", "his") as PERSON mentions; they
 *       are dropped here, and token NER tags are not affected.
 *   <li>Do not add {@code ner.docdate.*} properties: any of them installs CoreNLP's own doc-date
 *       finder, which overwrites the publication date.
 *   <li>Coarse NER tags "Washington" as LOCATION, never as the US government; metonymy is the
 *       coder's job.
 *   <li>Unnormalizable expressions keep odd SUTime values such as {@code PXY} or {@code
 *       2025-11-20-WXX-4 INTERSECT PTXH}; consumers must validate values before parsing them.
 * </ul>
 */
package org.annals.nlp;
