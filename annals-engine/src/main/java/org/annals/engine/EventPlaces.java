package org.annals.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.geo.Gazetteer;
import org.annals.geo.GeoContext;
import org.annals.geo.Geocoder;
import org.annals.geo.Place;
import org.annals.geo.Resolution;
import org.annals.geo.Toponym;
import org.annals.model.AnnotatedText;
import org.annals.model.CharSpan;
import org.annals.model.CodedEvent;
import org.annals.model.Dependency;
import org.annals.model.EntityMention;
import org.annals.model.EventActor;
import org.annals.model.EventPlace;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Each event's own place: the toponym its clause names ("deployed warships <em>in the
 * Caribbean</em>", "Maduro, speaking <em>in Caracas</em>, accused …"), else the article's focus
 * (its dateline, else its most named place), marked as such.
 *
 * <p>Toponyms are the article's NER place mentions, resolved together by the {@link Geocoder} with
 * the countries of the article's actors as context. A toponym that is an actor of any event
 * ("<em>Moscow</em> said", "<em>Venezuela</em>'s sovereignty"), a subject or a possessive is not a
 * place. A water body is a place of its own (precision {@code water}): an event at sea is not put
 * in the nearest country. Names the gazetteer does not know are not guessed.
 */
public final class EventPlaces {
  /**
   * Prepositions that place what their clause tells. Not "on" and "over", which name topics as
   * often as places ("a meeting on Venezuela", "a dispute over Crimea").
   */
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "off",
          "across",
          "inside",
          "outside",
          "throughout",
          "around",
          "along",
          "within",
          "into",
          "to",
          "toward",
          "towards",
          "outside_of",
          "near_to");

  /** How far from the trigger a place may be attached, in dependency edges. */
  private static final int MAX_DEPTH = 3;

  /** A dateline: "CARACAS —", "NIAMEY –", "Moscow, Oct. 3 (Reuters) -". */
  private static final Pattern DATELINE =
      Pattern.compile("^\\s*([A-Z][A-Za-z .'-]{1,40}?)(?:,[^\\n—–-]{0,40})?\\s*[—–-]\\s");

  private static volatile EventPlaces standard;

  private final Geocoder geocoder;

  public EventPlaces(Geocoder geocoder) {
    this.geocoder = geocoder;
  }

  /** With the bundled gazetteer, loaded once (a few seconds, ~120 MB). */
  public static EventPlaces standard() {
    EventPlaces p = standard;
    if (p == null) {
      synchronized (EventPlaces.class) {
        p = standard;
        if (p == null) {
          p = new EventPlaces(new Geocoder(Gazetteer.bundled()));
          standard = p;
        }
      }
    }
    return p;
  }

  private static final Map<java.nio.file.Path, EventPlaces> BY_DATA =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * With the gazetteer imported into a data directory ({@code annals gazetteer import}), or the
   * bundled one when it has none; loaded once per directory.
   */
  public static EventPlaces forData(java.nio.file.Path dataDir) {
    if (!java.nio.file.Files.exists(Gazetteer.indexPath(dataDir))) {
      return standard();
    }
    return BY_DATA.computeIfAbsent(
        dataDir.toAbsolutePath().normalize(),
        d -> {
          try {
            return new EventPlaces(new Geocoder(Gazetteer.load(d)));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(
                "cannot read the gazetteer imported into " + d + ": " + e.getMessage(), e);
          }
        });
  }

  /**
   * Starts loading the gazetteer these options call for on a background thread, so that it loads
   * while the first articles are annotated rather than after.
   */
  static void preload(IngestOptions options) {
    Thread t = new Thread(options::places, "gazetteer-load");
    t.setDaemon(true);
    t.start();
  }

  /**
   * A resolved toponym of the article and what it is in the parse.
   *
   * @param actor whether the words name an actor there ("Moscow said", "Venezuela's sovereignty"):
   *     not a place for an event, but evidence of what the article is about
   * @param eventActor whether they are the source or target of a coded event
   */
  private record Found(
      EntityMention mention,
      Resolution resolution,
      int sentence,
      int head,
      boolean actor,
      boolean eventActor) {
    Place place() {
      return resolution.place().orElseThrow();
    }
  }

  /** The events with their places set where the article says one. */
  public List<CodedEvent> locate(String clean, AnnotatedText text, List<CodedEvent> events) {
    if (events.isEmpty()) {
      return events;
    }
    GeoContext context = context(events);
    List<Found> toponyms = toponyms(clean, text, events, context);
    Optional<Found> focus = focus(clean, toponyms, context);
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      Optional<EventPlace> place = inClause(e, text, toponyms);
      if (place.isEmpty()) {
        place = focus.map(f -> place(f, EventPlace.Basis.ARTICLE_FOCUS, 0.5));
      }
      out.add(place.isPresent() ? e.withPlace(place) : e);
    }
    return out;
  }

  // ------------------------------------------------------------------------------ toponyms

  /** The countries of the article's actors. */
  private static GeoContext context(List<CodedEvent> events) {
    Set<String> countries = new LinkedHashSet<>();
    for (CodedEvent e : events) {
      e.source().country().ifPresent(countries::add);
      e.target().flatMap(EventActor::country).ifPresent(countries::add);
    }
    return GeoContext.countries(countries);
  }

  private List<Found> toponyms(
      String clean, AnnotatedText text, List<CodedEvent> events, GeoContext context) {
    List<CharSpan> actors = new ArrayList<>();
    for (CodedEvent e : events) {
      actors.add(e.source().span());
      e.target().ifPresent(t -> actors.add(t.span()));
    }
    List<EntityMention> mentions = new ArrayList<>();
    for (EntityMention m : text.entities()) {
      if (Toponym.isPlace(m) && !m.text().isBlank()) {
        mentions.add(m);
      }
    }
    List<Resolution> resolved =
        geocoder.resolve(clean, mentions.stream().map(Toponym::of).toList(), context);
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Resolution r = resolved.get(i);
      if (!r.resolved() || r.inferred()) {
        continue; // a name the gazetteer does not know is not guessed
      }
      EntityMention m = mentions.get(i);
      if (m.sentenceIndex() < 0 || m.sentenceIndex() >= text.sentences().size()) {
        continue;
      }
      Sentence s = text.sentences().get(m.sentenceIndex());
      int head = head(s, m.span());
      // "Venezuela has …", "Venezuela's sovereignty", an event's actor: not a place
      boolean eventActor = overlapsAny(m.span(), actors);
      boolean actor = eventActor || head >= 0 && actorLike(s, head);
      out.add(new Found(m, r, m.sentenceIndex(), head, actor, eventActor));
    }
    return out;
  }

  private static boolean overlapsAny(CharSpan span, List<CharSpan> others) {
    for (CharSpan o : others) {
      if (span.start() < o.end() && o.start() < span.end()) {
        return true;
      }
    }
    return false;
  }

  /** The token of a span whose governor lies outside it; -1 if the span has no token. */
  private static int head(Sentence s, CharSpan span) {
    List<Token> tokens = s.tokens();
    Set<Integer> inside = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      CharSpan t = tokens.get(i).span();
      if (t.start() >= span.start() && t.end() <= span.end()) {
        inside.add(i);
      }
    }
    if (inside.isEmpty()) {
      return -1;
    }
    for (Dependency d : s.dependencies()) {
      if (inside.contains(d.dependent()) && !inside.contains(d.governor())) {
        return d.dependent();
      }
    }
    return inside.iterator().next();
  }

  private static boolean actorLike(Sentence s, int head) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == head) {
        String rel = d.relation();
        if (rel.startsWith("nsubj") || rel.equals("nmod:poss") || rel.startsWith("csubj")) {
          return true;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------ one event

  /** The nearest toponym attached to the event's trigger by a locative relation, if any. */
  private Optional<EventPlace> inClause(CodedEvent e, AnnotatedText text, List<Found> toponyms) {
    int si = e.evidence().sentenceIndex();
    if (si < 0 || si >= text.sentences().size()) {
      return Optional.empty();
    }
    Sentence s = text.sentences().get(si);
    if (!s.parsed()) {
      return Optional.empty();
    }
    Map<Integer, Found> byHead = new HashMap<>();
    for (Found f : toponyms) {
      if (f.sentence() == si && f.head() >= 0 && !f.actor()) {
        byHead.put(f.head(), f);
      }
    }
    if (byHead.isEmpty()) {
      return Optional.empty();
    }
    int trigger = tokenAt(s, e.evidence().trigger().start());
    if (trigger < 0) {
      return Optional.empty();
    }
    Map<Integer, List<Dependency>> children = new LinkedHashMap<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() >= 0) {
        children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
      }
    }
    // breadth first from the trigger, not into the subject's own places ("troops in Syria
    // attacked": theirs), but through a participle that describes the subject ("Maduro, speaking
    // in Caracas, accused"), and not into clauses that are events of their own
    Deque<int[]> queue = new ArrayDeque<>(); // token, depth, 1 when at a subject
    Set<Integer> seen = new HashSet<>();
    queue.add(new int[] {trigger, 0, 0});
    seen.add(trigger);
    // a purpose or controlled clause happens where its governor does: "went to Moscow to meet"
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == trigger
          && d.governor() >= 0
          && (d.relation().startsWith("xcomp") || d.relation().startsWith("advcl"))
          && seen.add(d.governor())) {
        queue.add(new int[] {d.governor(), 1, 0});
      }
    }
    Found best = null;
    int bestDepth = Integer.MAX_VALUE;
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      if (at[1] >= MAX_DEPTH || at[1] > bestDepth) {
        continue;
      }
      for (Dependency d : children.getOrDefault(at[0], List.of())) {
        String rel = d.relation();
        boolean subject = rel.startsWith("nsubj") || rel.startsWith("csubj");
        if (at[2] == 1 && !rel.startsWith("acl")) {
          continue; // from a subject, only its participle
        }
        if (!subject && !traversable(rel) || !seen.add(d.dependent())) {
          continue;
        }
        Found f = byHead.get(d.dependent());
        if (f != null && !subject && locative(rel)) {
          int depth = at[1] + 1;
          if (best == null
              || depth < bestDepth
              || depth == bestDepth && finer(f.place(), best.place())) {
            best = f;
            bestDepth = depth;
          }
        }
        queue.add(new int[] {d.dependent(), at[1] + 1, subject ? 1 : 0});
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(place(best, EventPlace.Basis.CLAUSE, bestDepth == 1 ? 1.0 : 0.85));
  }

  /**
   * Relations a place may be reached through: objects, participles and purpose clauses, and the
   * locative and "of" phrases ("the bombing of a school in Gaza"); not "amid", "between", "with"
   * and the like, which bring in other things' places.
   */
  private static boolean traversable(String relation) {
    if (relation.equals("obj")
        || relation.equals("iobj")
        || relation.startsWith("xcomp")
        || relation.startsWith("acl")
        || relation.startsWith("advcl")) {
      return true;
    }
    return locative(relation) || relation.equals("nmod:of") || relation.equals("obl:of");
  }

  private static boolean locative(String relation) {
    int colon = relation.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String kind = relation.substring(0, colon);
    if (!kind.equals("obl") && !kind.equals("nmod") && !kind.equals("advcl")) {
      return false;
    }
    return LOCATIVE.contains(relation.substring(colon + 1));
  }

  private static boolean finer(Place a, Place b) {
    return a.precision().ordinal() < b.precision().ordinal();
  }

  private static int tokenAt(Sentence s, int offset) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      CharSpan t = tokens.get(i).span();
      if (offset >= t.start() && offset < t.end()) {
        return i;
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------------------ article focus

  /**
   * The place the article is about: its dateline if it has one the gazetteer knows, else the land
   * place named most often other than as an actor (ties: the first named); never a sea.
   */
  private Optional<Found> focus(String clean, List<Found> toponyms, GeoContext context) {
    var m = DATELINE.matcher(clean);
    if (m.find()) {
      for (Found f : toponyms) {
        if (f.mention().span().start() == m.start(1)) {
          return Optional.of(f);
        }
      }
      // NER often misses an upper-case dateline ("BOGOTA —"): look the words up directly
      String name = m.group(1).trim();
      Toponym t = new Toponym(name, m.start(1), m.start(1) + name.length());
      Resolution r = geocoder.resolve(clean, List.of(t), context).get(0);
      if (r.resolved() && !r.inferred()) {
        EntityMention em = new EntityMention(0, new CharSpan(t.start(), t.end()), name, "LOCATION");
        return Optional.of(new Found(em, r, 0, -1, false, false));
      }
    }
    if (toponyms.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Found f : toponyms) {
      counts.merge(f.place().id(), 1, Integer::sum);
    }
    // only a place the article names other than as an event's actor ("in Venezuela", "Venezuela's
    // council"): "Moscow criticized Washington" is about no place; the first such mention stands
    // a sea is never the focus: an event is at sea only when its own clause says so ("a treaty
    // was ratified" in an article that also tells of a strike in the Caribbean is not at sea)
    Found best = null;
    int bestCount = 0;
    for (Found f : toponyms) {
      int c = counts.get(f.place().id());
      boolean water = f.place().precision() == org.annals.geo.Precision.WATER;
      if (!water && !f.eventActor() && c > bestCount) {
        best = f;
        bestCount = c;
      }
    }
    return Optional.ofNullable(best);
  }

  // ------------------------------------------------------------------------------ record

  private EventPlace place(Found f, EventPlace.Basis basis, double weight) {
    Place p = f.place();
    Optional<String> country =
        p.countryCode().isEmpty() ? Optional.empty() : geocoder.gazetteer().iso3(p.countryCode());
    double confidence = Math.max(0, Math.min(1, f.resolution().confidence() * weight));
    return new EventPlace(
        p.id(),
        p.name(),
        f.mention().text(),
        p.lat(),
        p.lon(),
        country,
        EventPlace.Precision.of(p.precision().name()),
        basis,
        f.mention().span(),
        confidence);
  }
}
