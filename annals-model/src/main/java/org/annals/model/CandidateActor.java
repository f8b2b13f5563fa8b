package org.annals.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named person or organisation that acts in an event but is not in the actor dictionary: a
 * candidate for review. Each record is one side of one event the coder found with a verb pattern,
 * where that side is a proper name the dictionary does not know ("Colombian Defense Minister Tomas
 * Arbelaez accused Venezuela …"). Without the name in the dictionary the event is either not coded
 * at all or coded with a generic actor read from a title ({@code COLGOV}, see {@link #codedAs}).
 *
 * <p>The country and sector are the coder's reading of the words around the name — a title or
 * apposition ("Colombia's defense minister"), a country adjective or "of Colombia" inside an
 * organisation's name, the name's head word ("Bank" → {@code BUS}) — and are only likely. {@link
 * #cue} quotes those words so a reviewer can judge them.
 *
 * @param name the fullest form of the name in the article: a later "Arbelaez" is recorded as "Tomas
 *     Arbelaez" when the article named him so earlier
 * @param text the name as written in this sentence ({@link #span} in the clean text)
 * @param nerType the named-entity type CoreNLP gave the name: {@code PERSON}, {@code ORGANIZATION}
 *     or {@code MISC} (plural group names such as "the Zapatistas")
 * @param country the likely country: a CAMEO country code ({@code COL}, ISO 3166-1 alpha-3 for
 *     states); empty when nothing in the text suggests one
 * @param sector the likely CAMEO agent code: {@code GOV}, {@code MIL}, {@code LEG}, {@code JUD},
 *     {@code COP}, {@code OPP}, {@code PTY}, {@code BUS}, {@code MED}, {@code EDU}, {@code NGO},
 *     {@code REB}, {@code ELI} (former officials), {@code IGO} …; empty when nothing suggests one
 * @param likelyCode the actor code the candidate would likely code as: country + sector ({@code
 *     COLGOV}), the country alone, an intergovernmental organisation's own code ({@code IGOUNO} for
 *     "UN envoy X", with sector {@code IGO}), or a stateless sector alone ({@code REB} for "rebel
 *     commander X"); empty when neither country nor such a sector is suggested
 * @param cue the words that suggested the country or sector ("Colombian Defense Minister", "a
 *     spokesman for the Venezuelan army", "Venezuelan Chamber of Commerce"); they may be in an
 *     earlier sentence that named the same person; empty when nothing suggested them
 * @param side whether the name is the event's source or its target
 * @param eventCode the CAMEO code of the event it acts in ({@code 112})
 * @param counterpart the actor code of the event's other side when the dictionary knows it; empty
 *     when there is no other side or it is a candidate too
 * @param codedAs the actor code the event was coded with for this side anyway: a generic actor read
 *     from a title ("Colombian Defense Minister …" → {@code COLGOV}), or a provisional one; empty
 *     when the event was not coded because the name is unknown
 * @param span the name's characters in the clean text (within the evidence's sentence)
 * @param evidence the sentence, the trigger and the lexicon pattern of the event
 */
public record CandidateActor(
    String name,
    String text,
    String nerType,
    Optional<String> country,
    Optional<String> sector,
    Optional<String> likelyCode,
    Optional<String> cue,
    Side side,
    String eventCode,
    Optional<String> counterpart,
    Optional<String> codedAs,
    CharSpan span,
    EventEvidence evidence) {

  /** Named-entity types a candidate can have. */
  public static final Set<String> NER_TYPES = Set.of("PERSON", "ORGANIZATION", "MISC");

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");
  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z0-9]{2,}");
  private static final Pattern EVENT_CODE = Pattern.compile("\\d{2,4}");

  /** Which side of the event the name is on. */
  public enum Side {
    SOURCE,
    TARGET;

    /** {@code source} or {@code target}, as stored and printed. */
    public String label() {
      return this == SOURCE ? "source" : "target";
    }
  }

  public CandidateActor {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(evidence, "evidence");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a candidate actor needs a name, got '" + name + "'");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "a candidate actor needs the words that named it, got '" + text + "' for " + name);
    }
    if (!NER_TYPES.contains(nerType)) {
      throw new IllegalArgumentException(
          "a candidate actor's NER type is one of " + NER_TYPES + ", got '" + nerType + "'");
    }
    check(country, COUNTRY, "country", "a 3-letter code such as COL");
    check(sector, SECTOR, "sector", "a 3-letter agent code such as GOV");
    check(likelyCode, ACTOR_CODE, "likely code", "an actor code such as COLGOV");
    check(counterpart, ACTOR_CODE, "counterpart", "an actor code such as VEN");
    check(codedAs, ACTOR_CODE, "coded-as code", "an actor code such as COLGOV");
    Objects.requireNonNull(cue, "cue");
    if (cue.isPresent() && cue.get().isBlank()) {
      throw new IllegalArgumentException(
          "a cue is empty or has words, got a blank one for " + name);
    }
    if (eventCode == null || !EVENT_CODE.matcher(eventCode).matches()) {
      throw new IllegalArgumentException(
          "an event code has 2 to 4 digits, got '" + eventCode + "' for " + name);
    }
    CharSpan sentence = evidence.sentence();
    if (span.start() < sentence.start() || span.end() > sentence.end()) {
      throw new IllegalArgumentException(
          "the name's span "
              + span
              + " is outside its sentence "
              + sentence
              + " (sentence "
              + evidence.sentenceIndex()
              + ") for "
              + name);
    }
  }

  private static void check(Optional<String> value, Pattern shape, String what, String example) {
    Objects.requireNonNull(value, what);
    if (value.isPresent() && !shape.matcher(value.get()).matches()) {
      throw new IllegalArgumentException(
          "a candidate's " + what + " is " + example + ", got '" + value.get() + "'");
    }
  }

  /** The name folded for grouping candidates across articles: accents and case removed. */
  public String key() {
    return keyOf(name);
  }

  /**
   * A name's key: accents and case folded, spaces collapsed ("Nicolás Maduro" → "nicolas maduro").
   */
  public static String keyOf(String name) {
    String folded =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('\u2019', '\'');
    return folded.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
