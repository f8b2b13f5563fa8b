package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A candidate actor over all its occurrences (latest article versions): the name as most often
 * written, how often and where it acted, the country, sector and code most often suggested, and a
 * first example.
 *
 * @param key the name folded for grouping (case and accents)
 * @param mentions occurrences (one per event side)
 * @param articles articles it occurs in
 * @param eventCodes the CAMEO codes of its events
 * @param status {@code promoted} or {@code rejected} once reviewed
 * @param code the code it was promoted under
 */
public record CandidateSummary(
    String key,
    String name,
    String nerType,
    int mentions,
    int articles,
    Optional<String> country,
    Optional<String> sector,
    Optional<String> likelyCode,
    Optional<String> cue,
    Optional<LocalDate> first,
    Optional<LocalDate> last,
    String exampleArticle,
    String exampleSentence,
    List<String> eventCodes,
    Optional<String> status,
    Optional<String> code) {
  public CandidateSummary {
    eventCodes = List.copyOf(eventCodes);
  }
}
