package org.annals.resolve.merge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annals.model.DatePrecision;
import org.annals.model.EventPlace;

/**
 * One report of an event, as the merger sees it.
 *
 * @param id the mention's id (the coded event's {@code ev_…} id)
 * @param articleId the article it is in
 * @param sentenceIndex its sentence in the article; two mentions of one sentence are never one
 *     event (they are its different pairs or acts)
 * @param copyGroup the article's near-duplicate group: the id of the first article of a set of
 *     syndicated copies, else the article's own id. Copies are one source, not several
 * @param outlet who published it, "" when unknown: independent sources are counted by outlet
 * @param published the article's publication date
 * @param source who acted; empty for mentions that were not coded with actors
 * @param target on whom; empty when the act has none or it is not known
 * @param code CAMEO code, "" for mentions not coded in CAMEO (gold mentions of other schemes)
 * @param trigger the trigger's lemma, lower case ("sign", "strike")
 * @param start first day of the event's own date, when its sentence gives one
 * @param end last day of it
 * @param precision how precise the date is; {@link DatePrecision#UNKNOWN} without one
 * @param place where the event happened, when known
 * @param terms content terms of its sentence (see {@link org.annals.resolve.Terms})
 * @param numbers numbers of its sentence
 */
public record Mention(
    String id,
    String articleId,
    int sentenceIndex,
    String copyGroup,
    String outlet,
    Optional<LocalDate> published,
    Optional<Actor> source,
    Optional<Actor> target,
    String code,
    String trigger,
    Optional<LocalDate> start,
    Optional<LocalDate> end,
    DatePrecision precision,
    Optional<Where> place,
    Set<String> terms,
    Set<String> numbers) {

  /**
   * An actor reduced to what merging compares.
   *
   * @param code CAMEO actor code ({@code RUSGOV})
   * @param country its country code, "" for none (IGOs, groups)
   * @param sector its sector code, "" for none
   */
  public record Actor(String code, String country, String sector) {
    public Actor {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(sector, "sector");
    }

    /** The actor's country, or the code itself when it has none ({@code IGOUNO}). */
    public String key() {
      return country.isEmpty() ? code : country;
    }
  }

  /**
   * A place reduced to what merging compares.
   *
   * @param id the gazetteer id
   * @param fromClause true when the event's own clause names it, false for the article's focus
   */
  public record Where(
      String id,
      double lat,
      double lon,
      EventPlace.Precision precision,
      String country,
      boolean fromClause) {}

  public Mention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(copyGroup, "copyGroup");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(precision, "precision");
    terms = Set.copyOf(terms);
    numbers = Set.copyOf(numbers);
    if (start.isPresent() != end.isPresent()) {
      throw new IllegalArgumentException("a date needs both start and end, mention " + id);
    }
    if (start.isPresent() && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException(
          "mention " + id + " ends before it starts: " + start.get() + ".." + end.get());
    }
  }

  /** The CAMEO root ({@code 05} of {@code 057}), "" when not coded. */
  public String root() {
    return code.length() >= 2 ? code.substring(0, 2) : "";
  }
}
