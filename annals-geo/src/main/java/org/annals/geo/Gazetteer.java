package org.annals.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.annals.geo.build.GazetteerBuild;

/**
 * Places by name: GeoNames populated places and first- and second-order divisions (the bundled
 * cities1000 index, or one written by {@code annals gazetteer import}), plus Annals' own countries,
 * regions and water bodies. Names match regardless of case, diacritics, dots, hyphens and a leading
 * "the" (see {@link Names#key}). Immutable and thread-safe; load once.
 */
public final class Gazetteer {
  /** Classpath resource of the bundled index, generated at build time. */
  public static final String BUNDLED = "/org/annals/geo/geonames.tsv.gz";

  /** Where {@code annals gazetteer import} writes its index, under the data directory. */
  public static Path indexPath(Path dataDir) {
    return dataDir.resolve("gazetteer").resolve("geonames.tsv.gz");
  }

  /** A place matched by name. */
  public record Match(Place place, boolean exact) {}

  private static volatile Gazetteer bundled;

  /** Our own points (and names) of first-order divisions, by {@code US.TX}. */
  private static final Map<String, String[]> ADMIN1_POINTS = new HashMap<>();

  static {
    for (String[] f : tsv("/org/annals/geo/admin1.tsv")) {
      ADMIN1_POINTS.put(f[0] + "." + f[1], f);
    }
  }

  private final List<Place> places = new ArrayList<>();
  private final Map<String, List<Place>> exact = new HashMap<>(1 << 18);
  private final Map<String, List<Place>> alternate = new HashMap<>(1 << 19);
  private final Map<String, Place> countries = new HashMap<>();
  private final Map<String, String> iso3 = new HashMap<>();
  private final Map<String, Place> admin1 = new HashMap<>();
  private final Map<String, Place> admin2 = new HashMap<>();
  private final Map<String, Set<String>> related = new HashMap<>();
  private final Map<String, Place> abbreviations = new HashMap<>();
  private final String source;

  private Gazetteer(String source) {
    this.source = source;
  }

  /** The bundled gazetteer (GeoNames cities1000 and Annals' own data), loaded on first use. */
  public static Gazetteer bundled() {
    Gazetteer g = bundled;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = bundled;
        if (g == null) {
          g = new Gazetteer("bundled GeoNames cities1000");
          g.readIndex(resource(BUNDLED));
          g.ownData();
          bundled = g;
        }
      }
    }
    return g;
  }

  /**
   * The gazetteer for a data directory: the index {@code annals gazetteer import} wrote there if
   * any (on top of the bundled GeoNames data when imported with {@code --extend}, instead of it
   * otherwise), else the bundled one.
   */
  public static Gazetteer load(Path dataDir) throws IOException {
    Path index = indexPath(dataDir);
    if (!Files.isRegularFile(index)) {
      return bundled();
    }
    Gazetteer g = new Gazetteer(index.toString());
    boolean extend;
    try (BufferedReader r = gzipReader(Files.newInputStream(index))) {
      String header = r.readLine();
      extend = header != null && header.contains("extend");
    }
    if (extend) {
      g.readIndex(resource(BUNDLED));
    }
    g.readIndex(gzipReader(Files.newInputStream(index)));
    g.ownData();
    return g;
  }

  /** Where the GeoNames data came from. */
  public String source() {
    return source;
  }

  public int size() {
    return places.size();
  }

  /** Places with this name or alternate name, exact-name matches first, then by population. */
  public List<Place> candidates(String name) {
    return matches(name).stream().map(Match::place).toList();
  }

  /** Like {@link #candidates} with whether each matched its name (or only an alternate name). */
  public List<Match> matches(String name) {
    String key = Names.key(name);
    List<Match> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Place p : exact.getOrDefault(key, List.of())) {
      if (seen.add(p.id())) {
        out.add(new Match(p, true));
      }
    }
    for (Place p : alternate.getOrDefault(key, List.of())) {
      if (seen.add(p.id())) {
        out.add(new Match(p, false));
      }
    }
    return out;
  }

  /** A country by ISO 3166-1 alpha-2 or alpha-3 code. */
  public Optional<Place> country(String code) {
    return Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
  }

  /** The ISO2 code for an ISO2 or ISO3 code, if known. */
  public Optional<String> iso2(String code) {
    return country(code).map(Place::countryCode);
  }

  /** The ISO3 code (as CAMEO uses) for an ISO2 or ISO3 code, if known. */
  public Optional<String> iso3(String code) {
    return iso2(code).map(iso3::get);
  }

  /** A first-order division by country (ISO2) and GeoNames admin1 code ({@code US}, {@code TX}). */
  public Optional<Place> admin1(String country, String code) {
    return Optional.ofNullable(admin1.get(country + "." + code));
  }

  /** A second-order division by its full code ({@code US.TX.201}). */
  public Optional<Place> admin2(String code) {
    return Optional.ofNullable(admin2.get(code));
  }

  /**
   * A first-order division written after a city: its name, an abbreviation ({@code Tex.}) or, for
   * the US, its postal code.
   */
  public Optional<Place> division(String written) {
    Place p = abbreviations.get(Names.key(written));
    if (p != null) {
      return Optional.of(p);
    }
    if (written.length() == 2 && written.equals(written.toUpperCase(Locale.ROOT))) {
      return admin1("US", written);
    }
    return exact.getOrDefault(Names.key(written), List.of()).stream()
        .filter(q -> q.kind() == Place.Kind.ADMIN1)
        .findFirst();
  }

  /**
   * The countries a place belongs to or touches: its own for places in a country, the members of a
   * region, the shores of a water body.
   */
  public Set<String> countriesOf(Place p) {
    if (!p.countryCode().isEmpty()) {
      return Set.of(p.countryCode());
    }
    return related.getOrDefault(p.id(), Set.of());
  }

  /** All places (for tests and statistics). */
  public List<Place> places() {
    return Collections.unmodifiableList(places);
  }

  // ---------------------------------------------------------------- loading

  private void readIndex(BufferedReader r) {
    try (r) {
      String line = r.readLine();
      if (line == null || !line.startsWith(GazetteerBuild.HEADER)) {
        throw new IOException("not an Annals gazetteer index (no '" + GazetteerBuild.HEADER + "')");
      }
      List<String[]> cities = new ArrayList<>();
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 11) {
          continue;
        }
        switch (f[0]) {
          case "A1" -> {
            String[] point = ADMIN1_POINTS.get(f[1]);
            Place p =
                new Place(
                    "admin1:" + f[1],
                    f[2],
                    Double.parseDouble(point == null ? f[4] : point[2]),
                    Double.parseDouble(point == null ? f[5] : point[3]),
                    Place.Kind.ADMIN1,
                    f[7],
                    f[8],
                    f[2],
                    "",
                    Long.parseLong(f[10]),
                    f[6]);
            admin1.put(f[1], p);
            add(p, f[3]);
          }
          case "A2" -> {
            Place a1 = admin1.get(f[7] + "." + f[8]);
            Place p =
                new Place(
                    "admin2:" + f[1],
                    f[2],
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]),
                    Place.Kind.ADMIN2,
                    f[7],
                    f[8],
                    a1 == null ? "" : a1.name(),
                    f[9],
                    Long.parseLong(f[10]),
                    f[6]);
            admin2.put(f[1], p);
            add(p, f[3]);
          }
          case "C" -> cities.add(f);
          default -> {}
        }
      }
      for (String[] f : cities) {
        Place a1 = admin1.get(f[7] + "." + f[8]);
        add(
            new Place(
                "geonames:" + f[1],
                f[2],
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                Place.Kind.CITY,
                f[7],
                f[8],
                a1 == null ? "" : a1.name(),
                f[9],
                Long.parseLong(f[10]),
                f[6]),
            f[3]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(Place p, String alternates) {
    places.add(p);
    exact.computeIfAbsent(Names.key(p.name()), k -> new ArrayList<>(1)).add(p);
    int comma = p.name().indexOf(", ");
    if (comma > 0) {
      // "Washington, D.C." is also "Washington"
      exact
          .computeIfAbsent(Names.key(p.name().substring(0, comma)), k -> new ArrayList<>(1))
          .add(p);
    }
    if (!alternates.isEmpty()) {
      for (String key : alternates.split("\\|")) {
        alternate.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
      }
    }
  }

  /** Countries, regions, water bodies and division abbreviations: Annals' own data. */
  private void ownData() {
    Map<String, List<String>> byRegion = new LinkedHashMap<>();
    for (String[] f : tsv("/org/annals/geo/countries.tsv")) {
      long pop = Math.round(Double.parseDouble(f[7]) * 1_000_000);
      Place p =
          new Place(
              "country:" + f[0],
              f[2],
              Double.parseDouble(f[4]),
              Double.parseDouble(f[5]),
              Place.Kind.COUNTRY,
              f[0],
              "",
              "",
              "",
              pop,
              "PCLI");
      countries.put(f[0], p);
      countries.put(f[1], p);
      iso3.put(f[0], f[1]);
      byRegion.computeIfAbsent(f[6], k -> new ArrayList<>()).add(f[0]);
      addOwn(p, f[3]);
    }
    for (String[] f : tsv("/org/annals/geo/regions.tsv")) {
      Place p =
          new Place(
              "region:" + f[0],
              f[1],
              Double.parseDouble(f[3]),
              Double.parseDouble(f[4]),
              Place.Kind.REGION,
              "",
              "",
              "",
              "",
              0,
              "RGN");
      Set<String> members = new LinkedHashSet<>();
      for (String m : f[5].trim().split("\\s+")) {
        if (m.startsWith("@")) {
          members.addAll(byRegion.getOrDefault(m.substring(1), List.of()));
        } else if (!m.isEmpty()) {
          members.add(m);
        }
      }
      related.put(p.id(), Set.copyOf(members));
      addOwn(p, f[2]);
    }
    for (String[] f : tsv("/org/annals/geo/water.tsv")) {
      Place p =
          new Place(
              "water:" + f[0],
              f[1],
              Double.parseDouble(f[3]),
              Double.parseDouble(f[4]),
              Place.Kind.WATER,
              "",
              "",
              "",
              "",
              0,
              f[5]);
      Set<String> shores = new LinkedHashSet<>();
      for (String m : f[6].trim().split("\\s+")) {
        if (!m.isEmpty()) {
          shores.add(m);
        }
      }
      related.put(p.id(), Set.copyOf(shores));
      addOwn(p, f[2]);
    }
    for (String[] f : tsv("/org/annals/geo/demonyms.tsv")) {
      Place c = countries.get(f[0]);
      if (c == null) {
        continue;
      }
      for (String d : f[1].split("\\|")) {
        demonym(d, c);
        if (!d.endsWith("s") && !d.endsWith("ese") && !d.endsWith("ish") && !d.endsWith("men")) {
          demonym(d + "s", c);
        }
      }
    }
    for (String[] f : ADMIN1_POINTS.values()) {
      Place a1 = admin1.get(f[0] + "." + f[1]);
      if (a1 != null && f.length > 4 && !f[4].isBlank()) {
        for (String a : f[4].split("\\|")) {
          List<Place> l = exact.computeIfAbsent(Names.key(a), k -> new ArrayList<>(1));
          if (!l.contains(a1)) {
            l.add(a1);
          }
        }
      }
    }
    for (String[] f : tsv("/org/annals/geo/abbreviations.tsv")) {
      Place a1 = admin1.get(f[0] + "." + f[1]);
      if (a1 == null) {
        continue;
      }
      for (String a : f[2].split("\\|")) {
        abbreviations.put(Names.key(a), a1);
        if (Names.key(a).length() >= 3 || a.contains(".")) {
          alternate.computeIfAbsent(Names.key(a), k -> new ArrayList<>(1)).add(a1);
        }
      }
    }
    for (List<Place> l : exact.values()) {
      l.sort(BY_POPULATION);
    }
    for (List<Place> l : alternate.values()) {
      l.sort(BY_POPULATION);
    }
  }

  /** A demonym matches its country, but after the country's own names. */
  private void demonym(String d, Place country) {
    List<Place> l = alternate.computeIfAbsent(Names.key(d), k -> new ArrayList<>(1));
    if (!l.contains(country)) {
      l.add(country);
    }
  }

  private static final Comparator<Place> BY_POPULATION =
      Comparator.comparingLong(Place::population).reversed();

  /** Our own names are curated: every one of them is an exact match. */
  private void addOwn(Place p, String alternates) {
    places.add(p);
    exact.computeIfAbsent(Names.key(p.name()), k -> new ArrayList<>(1)).add(p);
    if (!alternates.isEmpty()) {
      for (String a : alternates.split("\\|")) {
        List<Place> l = exact.computeIfAbsent(Names.key(a), k -> new ArrayList<>(1));
        if (!l.contains(p)) {
          l.add(p);
        }
      }
    }
  }

  private static List<String[]> tsv(String resource) {
    List<String[]> rows = new ArrayList<>();
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static BufferedReader resource(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "missing resource "
              + name
              + ": the gazetteer index is generated by the annals-geo build (mvn package)");
    }
    try {
      return gzipReader(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader gzipReader(InputStream in) throws IOException {
    return new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
  }
}
