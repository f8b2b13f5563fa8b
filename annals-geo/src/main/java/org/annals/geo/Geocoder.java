package org.annals.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the toponyms of one document together.
 *
 * <p>Each candidate place (from {@link Gazetteer#matches}) gets a score: exact name over alternate
 * name; log-scaled population; kind (countries, water bodies and regions from Annals' own data
 * before GeoNames places that share their name); feature rank (capital PPLC &gt; PPLA &gt; PPLA2
 * &gt; PPL); the context's countries. A "City, State" or "City, Country" pattern keeps only the
 * candidates in that state or country. Then, twice, each toponym's candidates gain for agreeing
 * with what the document's other toponyms were resolved to (same country, same first-order
 * division, weighted by those choices' confidence): first the unambiguous anchors speak, then
 * everyone. The confidence of a choice is its softmax share over the candidates.
 *
 * <p>Usage, per document: {@code new Geocoder(Gazetteer.bundled()).resolve(text, toponyms,
 * GeoContext.countries(Set.of("SYR", "TUR")))}.
 */
public final class Geocoder {
  /** The rules beyond the name match and population; each can be switched off to measure it. */
  public enum Rule {
    /** Countries, water bodies and regions before GeoNames places of the same name. */
    KIND,
    /** Capitals and division seats first. */
    FEATURE_RANK,
    /** The context's countries. */
    CONTEXT,
    /** "City, State" and "City, Country". */
    PATTERN,
    /** Agreement with the document's other toponyms. */
    COHERENCE,
    /**
     * A name the gazetteer does not know (a street, a river, a neighbourhood) is put in the
     * document's main first-order division or country, with a low confidence.
     */
    FALLBACK
  }

  private static final Pattern AFTER_COMMA =
      Pattern.compile("\\G\\s*,\\s*((?:[A-Z][A-Za-z.\\-']*\\.?)(?:\\s+[A-Z][A-Za-z.\\-']*){0,2})");

  /**
   * The scoring weights (log-odds). Defaults were set on LGL (see docs/eval-results.md).
   *
   * @param alternateName penalty of an alternate-name match
   * @param population per factor of ten of population
   * @param country bonus of a country (our own data) over places of the same name
   * @param waterOrRegion bonus of a water body or region
   * @param admin1 bonus of a first-order division
   * @param admin2 bonus of a second-order division
   * @param capital bonus of a national capital (PPLC)
   * @param seat1 bonus of a first-order seat (PPLA)
   * @param seat2 bonus of a second-order seat (PPLA2)
   * @param focus bonus of a place in the context's focus country
   * @param context bonus of a place in a context country
   * @param sameCountry per unit of the other toponyms' belief in the candidate's country
   * @param sameAdmin1 per unit of belief in its first-order division
   * @param sameAdmin2 per county named in the document that holds the candidate
   * @param near per unit of belief in towns or counties within 100 km of the candidate
   * @param cap most units of belief counted
   * @param anchor share of its best candidate that makes a toponym an anchor (pass 1)
   */
  public record Weights(
      double alternateName,
      double population,
      double country,
      double waterOrRegion,
      double admin1,
      double admin2,
      double capital,
      double seat1,
      double seat2,
      double focus,
      double context,
      double sameCountry,
      double sameAdmin1,
      double sameAdmin2,
      double near,
      double cap,
      double anchor) {
    public static final Weights DEFAULT =
        new Weights(
            1.5, 0.5, 3.0, 2.5, 1.5, 0.3, 2.5, 0.3, 0.0, 2.0, 1.5, 2.0, 1.5, 2.0, 1.5, 1.5, 0.75);
  }

  private final Gazetteer gazetteer;
  private final Set<Rule> rules;
  private final Weights w;

  public Geocoder(Gazetteer gazetteer) {
    this(gazetteer, EnumSet.allOf(Rule.class));
  }

  public Geocoder(Gazetteer gazetteer, Set<Rule> rules) {
    this(gazetteer, rules, Weights.DEFAULT);
  }

  public Geocoder(Gazetteer gazetteer, Set<Rule> rules, Weights weights) {
    this.gazetteer = gazetteer;
    this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    this.w = weights;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Resolves one name alone (no document, no context). */
  public Resolution resolve(String name) {
    return resolve("", List.of(Toponym.of(name)), GeoContext.NONE).get(0);
  }

  /** Resolves one name with context countries. */
  public Resolution resolve(String name, GeoContext context) {
    return resolve("", List.of(Toponym.of(name)), context).get(0);
  }

  /**
   * Resolves the place mentions among a document's NER mentions (LOCATION, GPE…, see {@link
   * Toponym#PLACE_TYPES}) together; other mentions are ignored.
   *
   * @param text the clean text the mentions' offsets refer to
   * @return one resolution per place mention, in the mentions' order
   */
  public List<Resolution> resolveMentions(
      String text, List<org.annals.model.EntityMention> mentions, GeoContext context) {
    List<Toponym> toponyms = new ArrayList<>();
    for (org.annals.model.EntityMention m : mentions) {
      if (Toponym.isPlace(m) && !m.text().isBlank()) {
        toponyms.add(Toponym.of(m));
      }
    }
    return resolve(text, toponyms, context);
  }

  /**
   * Resolves a document's toponyms together.
   *
   * @param text the document's text (for "City, State" patterns; may be empty)
   * @param toponyms the toponyms with their offsets in {@code text}
   * @param context countries known to matter
   * @return one resolution per toponym, in order
   */
  public List<Resolution> resolve(String text, List<Toponym> toponyms, GeoContext context) {
    int n = toponyms.size();
    Set<String> hints = new java.util.HashSet<>();
    for (String c : context.countries()) {
      gazetteer.iso2(c).ifPresent(hints::add);
    }
    String focus = context.focus().flatMap(gazetteer::iso2).orElse(null);
    if (focus != null) {
      hints.add(focus);
    }

    List<List<Cand>> cands = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cands.add(candidates(toponyms.get(i), hints, focus));
    }
    if (rules.contains(Rule.PATTERN)) {
      patterns(text, toponyms, cands);
    }
    double[][] prob = new double[n][];
    for (int i = 0; i < n; i++) {
      prob[i] = softmax(cands.get(i), null, i);
    }
    if (rules.contains(Rule.COHERENCE)) {
      // pass 1: only the anchors (unambiguous or confident) speak; then, twice, every toponym
      // by its current belief over its candidates
      for (double threshold : new double[] {w.anchor(), 0.0, 0.0}) {
        Evidence ev = evidence(toponyms, cands, prob, threshold);
        double[][] next = new double[n][];
        for (int i = 0; i < n; i++) {
          next[i] = softmax(cands.get(i), ev, i);
        }
        prob = next;
      }
    }
    int[] chosen = new int[n];
    double[] conf = new double[n];
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int k = 1; k < prob[i].length; k++) {
        if (prob[i][k] > prob[i][best]) {
          best = k;
        }
      }
      chosen[i] = best;
      conf[i] = prob[i].length == 0 ? 0 : prob[i][best];
    }
    Place main = rules.contains(Rule.FALLBACK) ? main(cands, chosen, conf) : null;
    List<Resolution> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Cand> cs = cands.get(i);
      if (cs.isEmpty()) {
        Place named = main == null ? null : namesake(toponyms.get(i).text(), main);
        if (named != null) {
          out.add(
              new Resolution(
                  toponyms.get(i),
                  Optional.of(named),
                  FALLBACK_CONFIDENCE,
                  Optional.of(named.precision()),
                  0,
                  true));
          continue;
        }
        out.add(
            main == null
                ? Resolution.unresolved(toponyms.get(i))
                : new Resolution(
                    toponyms.get(i),
                    Optional.of(main),
                    FALLBACK_CONFIDENCE,
                    Optional.of(main.precision()),
                    0,
                    true));
      } else {
        Place p = cs.get(chosen[i]).place;
        out.add(
            new Resolution(
                toponyms.get(i),
                Optional.of(p),
                conf[i],
                Optional.of(p.precision()),
                cs.size(),
                false));
      }
    }
    return out;
  }

  /** The confidence of a place inferred for an unknown name. */
  public static final double FALLBACK_CONFIDENCE = 0.1;

  /**
   * The document's main place: the first-order division its resolved toponyms (by confidence) most
   * point to, or its main country when no division has half of the weight.
   */
  private Place main(List<List<Cand>> cands, int[] chosen, double[] conf) {
    Map<String, Double> admin1s = new HashMap<>();
    Map<String, Double> admin2s = new HashMap<>();
    Map<String, Double> countries = new HashMap<>();
    double total = 0;
    for (int i = 0; i < cands.size(); i++) {
      if (cands.get(i).isEmpty()) {
        continue;
      }
      Place p = cands.get(i).get(chosen[i]).place;
      total += conf[i];
      if (!p.countryCode().isEmpty()) {
        countries.merge(p.countryCode(), conf[i], Double::sum);
      }
      if (!p.admin1Code().isEmpty()) {
        admin1s.merge(p.countryCode() + "." + p.admin1Code(), conf[i], Double::sum);
        if (!p.admin2Code().isEmpty()) {
          admin2s.merge(admin2Key(p), conf[i], Double::sum);
        }
      }
    }
    if (total == 0) {
      return null;
    }
    Map.Entry<String, Double> county =
        admin2s.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    if (county != null && county.getValue() >= total / 2) {
      Optional<Place> p = gazetteer.admin2(county.getKey());
      if (p.isPresent()) {
        return p.get();
      }
    }
    Map.Entry<String, Double> a =
        admin1s.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    if (a != null && a.getValue() >= total / 2) {
      String[] cc = a.getKey().split("\\.", 2);
      Optional<Place> p = gazetteer.admin1(cc[0], cc[1]);
      if (p.isPresent()) {
        return p.get();
      }
    }
    Map.Entry<String, Double> c =
        countries.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    if (c != null && c.getValue() >= total / 2) {
      return gazetteer.country(c.getKey()).orElse(null);
    }
    return null;
  }

  private static final Pattern FEATURE_GENERIC =
      Pattern.compile(
          "(?i)^(?:lake\\s+(.+)|(.+?)\\s+(?:river|creek|lake|valley|park|bay|island|islands"
              + "|mountain|mountains|reservoir|dam|springs|falls|harbor|harbour|beach))$");

  /**
   * A river, lake, valley or park not in the gazetteer, in the document's main place, is put at the
   * town of its name there when there is one ("Sacramento River" at Sacramento, "Lake Hartwell" at
   * Hartwell): such features are often named after (or give their name to) a town on them. Only
   * towns within the main place (its county, division or country) count.
   */
  Place namesake(String name, Place main) {
    Matcher m = FEATURE_GENERIC.matcher(name.trim());
    if (!m.matches()) {
      return null;
    }
    String base = m.group(1) != null ? m.group(1) : m.group(2);
    Place best = null;
    for (Gazetteer.Match c : gazetteer.matches(base)) {
      Place p = c.place();
      if (!c.exact() || p.kind() != Place.Kind.CITY || !inside(p, main)) {
        continue;
      }
      if (best == null || p.population() > best.population()) {
        best = p;
      }
    }
    return best;
  }

  private static boolean inside(Place p, Place main) {
    if (!p.countryCode().equals(main.countryCode())) {
      return false;
    }
    return switch (main.kind()) {
      case ADMIN1 -> p.admin1Code().equals(main.admin1Code());
      case ADMIN2 ->
          p.admin1Code().equals(main.admin1Code()) && p.admin2Code().equals(main.admin2Code());
      default -> true;
    };
  }

  // ---------------------------------------------------------------- scoring

  private static final class Cand {
    final Place place;
    double prior;

    Cand(Place place, double prior) {
      this.place = place;
      this.prior = prior;
    }
  }

  /**
   * Short forms of large cities common in news; written exactly so (dotted: "LA" is Louisiana's
   * postal code, "L.A." is Los Angeles).
   */
  static final Map<String, String> CITY_SHORT_FORMS =
      Map.of(
          "L.A.", "Los Angeles",
          "N.Y.C.", "New York City",
          "NYC", "New York City",
          "Phila.", "Philadelphia",
          "Philly", "Philadelphia",
          "S.F.", "San Francisco",
          "Vegas", "Las Vegas",
          "Nola", "New Orleans",
          "NOLA", "New Orleans");

  private static final Pattern COUNTY_ABBREVIATION = Pattern.compile("\\s+Co\\.?$");

  private List<Cand> candidates(Toponym t, Set<String> hints, String focus) {
    String written = t.text().trim();
    String name = CITY_SHORT_FORMS.getOrDefault(written, written);
    // "Platte Co." is Platte County
    name = COUNTY_ABBREVIATION.matcher(name).replaceFirst(" County");
    List<Gazetteer.Match> ms = gazetteer.matches(name);
    if (ms.isEmpty()) {
      // a variant is already a guess: only places with exactly that name
      for (String v : variants(name)) {
        ms = gazetteer.matches(v).stream().filter(Gazetteer.Match::exact).toList();
        if (!ms.isEmpty()) {
          break;
        }
      }
    }
    List<Cand> out = new ArrayList<>(ms.size());
    for (Gazetteer.Match m : ms) {
      out.add(new Cand(m.place(), prior(m, hints, focus)));
    }
    return out;
  }

  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
  private static final Pattern QUALIFIER_BEFORE =
      Pattern.compile(
          "(?i)^(?:greater|downtown|metro|metropolitan|central|north|south|east|west|northern"
              + "|southern|eastern|western|northeast|northwest|southeast|southwest|upper|lower"
              + "|port of|city of|town of|county of|province of|state of|republic of)\\s+");
  private static final Pattern GENERIC_AFTER =
      Pattern.compile(
          "(?i)\\s+(?:township|twp\\.?|borough|village|city|town|municipality|parish|area"
              + "|region|province|state|district|governorate|prefecture|county|metro|metropolitan"
              + " area)$");

  /** Plurals that name the people of a place; only plurals: singular endings are too common. */
  private static final String[][] DEMONYM_SUFFIXES = {
    {"ians", ""}, {"ians", "ia"}, {"ans", ""}, {"ans", "a"}, {"ers", ""}, {"ites", ""}
  };

  /**
   * Forms to try when a name is not in the gazetteer: without a possessive, without a leading
   * direction or "Greater", without a trailing generic word ("Hamilton Township", "Nyanza
   * Province"), and "St."/"Mt."/"Ft." spelled out.
   */
  static List<String> variants(String name) {
    List<String> out = new ArrayList<>();
    String s = POSSESSIVE.matcher(name.trim()).replaceAll("");
    out.add(s);
    String noBefore = QUALIFIER_BEFORE.matcher(s).replaceAll("");
    String noAfter = GENERIC_AFTER.matcher(s).replaceAll("");
    out.add(noAfter);
    out.add(noBefore);
    out.add(GENERIC_AFTER.matcher(noBefore).replaceAll(""));
    List<String> spelled = new ArrayList<>();
    for (String v : out) {
      spelled.add(
          v.replaceFirst("^(?i)st\\.?\\s", "Saint ")
              .replaceFirst("^(?i)mt\\.?\\s", "Mount ")
              .replaceFirst("^(?i)ft\\.?\\s", "Fort "));
    }
    out.addAll(spelled);
    // people of a place: "Ohioans", "Londoners", "Richmondites"
    for (String[] suffix : DEMONYM_SUFFIXES) {
      if (s.length() > suffix[0].length() + 2 && s.endsWith(suffix[0])) {
        out.add(s.substring(0, s.length() - suffix[0].length()) + suffix[1]);
      }
    }
    if (!s.contains(" County") && !s.contains(" Parish")) {
      out.add(s + " County"); // "Oconee", "Miami-Dade"
      out.add(s + " Parish");
    }
    out.removeIf(v -> v.isBlank() || v.equals(name));
    return out.stream().distinct().toList();
  }

  /** A first-order division smaller than this gets no bonus for its kind (rule KIND). */
  static final long MIN_ADMIN1_POPULATION = 200_000;

  private double prior(Gazetteer.Match m, Set<String> hints, String focus) {
    Place p = m.place();
    double s = m.exact() ? 0 : -w.alternateName();
    // water bodies and regions have no population: they count as prominent as 10 million people
    boolean area = p.kind() == Place.Kind.WATER || p.kind() == Place.Kind.REGION;
    s += w.population() * (area ? 7 : Math.log10(p.population() + 1.0));
    if (rules.contains(Rule.KIND)) {
      s +=
          switch (p.kind()) {
            case COUNTRY -> w.country();
            case WATER, REGION -> w.waterOrRegion();
            // a small division ("Berea", Lesotho; "North Side", Cayman Islands) is not better
            // known than the towns that share its name
            case ADMIN1 -> p.population() >= MIN_ADMIN1_POPULATION ? w.admin1() : 0;
            case ADMIN2 -> w.admin2();
            case CITY -> 0;
          };
    }
    if (rules.contains(Rule.FEATURE_RANK)) {
      s +=
          switch (p.featureCode()) {
            case "PPLC" -> w.capital();
            case "PPLA" -> w.seat1();
            case "PPLA2" -> w.seat2();
            default -> 0;
          };
    }
    if (rules.contains(Rule.CONTEXT) && !hints.isEmpty()) {
      Set<String> cs = gazetteer.countriesOf(p);
      if (focus != null && cs.contains(focus)) {
        s += w.focus();
      } else if (cs.stream().anyMatch(hints::contains)) {
        s += w.context();
      }
    }
    return s;
  }

  /** What the other toponyms of the document say: belief mass per country and per admin1. */
  private record Evidence(
      List<Map<String, Double>> countries,
      List<Map<String, Double>> admin1s,
      List<Map<String, Double>> admin2s,
      List<List<double[]>> points) {}

  private Evidence evidence(
      List<Toponym> toponyms, List<List<Cand>> cands, double[][] prob, double anchor) {
    int n = toponyms.size();
    List<Map<String, Double>> byCountry = new ArrayList<>(n);
    List<Map<String, Double>> byAdmin1 = new ArrayList<>(n);
    List<Map<String, Double>> byAdmin2 = new ArrayList<>(n);
    List<List<double[]>> byPoint = new ArrayList<>(n);
    String[] keys = new String[n];
    List<Set<String>> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keys[i] = Names.key(toponyms.get(i).text());
      Set<String> s = new java.util.HashSet<>();
      for (Cand c : cands.get(i)) {
        s.add(c.place.id());
      }
      ids.add(s);
    }
    for (int i = 0; i < n; i++) {
      Map<String, Double> c = new HashMap<>();
      Map<String, Double> a = new HashMap<>();
      Map<String, Double> a2 = new HashMap<>();
      List<double[]> pts = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (j == i || cands.get(j).isEmpty() || keys[j].equals(keys[i])) {
          continue; // a name repeated does not confirm itself
        }
        if (!java.util.Collections.disjoint(ids.get(i), ids.get(j))) {
          continue; // nor does another name for the same places ("New Londoners", "New London")
        }
        double max = 0;
        for (double v : prob[j]) {
          max = Math.max(max, v);
        }
        if (max < anchor) {
          continue;
        }
        List<Cand> cj = cands.get(j);
        // a county and a place in it named in one document: whatever else each could be
        Set<String> counties = new java.util.HashSet<>();
        for (Cand cand : cj) {
          if (cand.place.kind() == Place.Kind.ADMIN2) {
            counties.add(admin2Key(cand.place));
          }
        }
        for (String county : counties) {
          a2.merge(county, 1.0, Double::sum);
        }
        for (int k = 0; k < cj.size(); k++) {
          double w = prob[j][k];
          if (w < 0.01) {
            continue;
          }
          Place p = cj.get(k).place;
          Set<String> cs = gazetteer.countriesOf(p);
          for (String cc : cs) {
            c.merge(cc, w / cs.size(), Double::sum);
          }
          if (!p.admin1Code().isEmpty()) {
            a.merge(p.countryCode() + "." + p.admin1Code(), w, Double::sum);
          }
          if (w >= 0.05 && (p.kind() == Place.Kind.CITY || p.kind() == Place.Kind.ADMIN2)) {
            pts.add(new double[] {p.lat(), p.lon(), w});
          }
        }
      }
      byPoint.add(pts);
      byCountry.add(c);
      byAdmin1.add(a);
      byAdmin2.add(a2);
    }
    return new Evidence(byCountry, byAdmin1, byAdmin2, byPoint);
  }

  /** Places of a document within this distance support each other (rule COHERENCE). */
  static final double NEAR_KM = 100;

  private static String admin2Key(Place p) {
    return p.countryCode() + "." + p.admin1Code() + "." + p.admin2Code();
  }

  /** The candidates' probabilities: softmax of prior plus agreement with the evidence. */
  private double[] softmax(List<Cand> cs, Evidence ev, int i) {
    double[] s = new double[cs.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < cs.size(); k++) {
      Cand c = cs.get(k);
      s[k] = c.prior;
      if (ev != null) {
        Place p = c.place;
        double cw = 0;
        for (String cc : gazetteer.countriesOf(p)) {
          cw = Math.max(cw, ev.countries.get(i).getOrDefault(cc, 0.0));
        }
        s[k] += w.sameCountry() * Math.min(cw, w.cap());
        if (!p.admin1Code().isEmpty()) {
          double aw = ev.admin1s.get(i).getOrDefault(p.countryCode() + "." + p.admin1Code(), 0.0);
          s[k] += w.sameAdmin1() * Math.min(aw, w.cap());
          if (!p.admin2Code().isEmpty()) {
            s[k] +=
                w.sameAdmin2()
                    * Math.min(ev.admin2s.get(i).getOrDefault(admin2Key(p), 0.0), w.cap());
          }
        }
        if (w.near() > 0 && (p.kind() == Place.Kind.CITY || p.kind() == Place.Kind.ADMIN2)) {
          double near = 0;
          for (double[] q : ev.points.get(i)) {
            if (Geo.distanceKm(p.lat(), p.lon(), q[0], q[1]) <= NEAR_KM) {
              near += q[2];
            }
          }
          s[k] += w.near() * Math.min(near, w.cap());
        }
      }
      max = Math.max(max, s[k]);
    }
    double z = 0;
    for (int k = 0; k < s.length; k++) {
      s[k] = Math.exp(s[k] - max);
      z += s[k];
    }
    for (int k = 0; k < s.length; k++) {
      s[k] /= z;
    }
    return s;
  }

  // ---------------------------------------------------------------- City, State

  /**
   * "Paris, Texas", "Springfield, Ill.", "Austin, TX", "Paris, France": keeps the city's candidates
   * in that division or country, and resolves the qualifier itself to the division or country when
   * it is one of the toponyms.
   */
  private void patterns(String text, List<Toponym> toponyms, List<List<Cand>> cands) {
    if (text.isEmpty()) {
      return;
    }
    Map<Integer, Integer> byStart = new HashMap<>();
    for (int j = 0; j < toponyms.size(); j++) {
      byStart.put(toponyms.get(j).start(), j);
    }
    for (int i = 0; i < toponyms.size(); i++) {
      Toponym t = toponyms.get(i);
      if (t.end() < 0 || t.end() > text.length() || cands.get(i).isEmpty()) {
        continue;
      }
      Matcher m = AFTER_COMMA.matcher(text);
      m.region(t.end(), text.length());
      if (!m.find()) {
        continue;
      }
      Integer j = byStart.get(m.start(1));
      List<String> tries = new ArrayList<>();
      if (j != null) {
        tries.add(toponyms.get(j).text());
      } else {
        String[] words = m.group(1).split("\\s+");
        for (int w = words.length; w >= 1; w--) {
          tries.add(String.join(" ", java.util.Arrays.copyOf(words, w)));
        }
      }
      for (String q : tries) {
        Place qualifier = qualifier(q);
        if (qualifier == null) {
          continue;
        }
        List<Cand> inside = new ArrayList<>();
        for (Cand c : cands.get(i)) {
          if (within(c.place, qualifier)) {
            inside.add(c);
          }
        }
        if (inside.isEmpty()) {
          continue;
        }
        cands.get(i).retainAll(inside);
        if (j != null) {
          List<Cand> qc = cands.get(j);
          qc.removeIf(c -> !c.place.id().equals(qualifier.id()));
          if (qc.isEmpty()) {
            qc.add(new Cand(qualifier, 0));
          }
        }
        break;
      }
    }
  }

  private Place qualifier(String written) {
    Optional<Place> d = gazetteer.division(written);
    if (d.isPresent()) {
      return d.get();
    }
    for (Place p : gazetteer.candidates(written)) {
      if (p.kind() == Place.Kind.COUNTRY) {
        return p;
      }
    }
    return null;
  }

  private static boolean within(Place p, Place qualifier) {
    if (p == qualifier || !p.countryCode().equals(qualifier.countryCode())) {
      return false;
    }
    return qualifier.kind() == Place.Kind.COUNTRY
        || p.admin1Code().equals(qualifier.admin1Code()) && p.kind() != Place.Kind.ADMIN1;
  }
}
