package org.annals.geo.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuildTest {
  @TempDir Path tmp;

  @Test
  void alternatesKeepLatinNamesAsKeysAndDropCodes() {
    String alts =
        GazetteerBuild.alternates("Paris", "Paris", "PAR,Lutèce,Parigi,Париж,巴黎,Paris,Pa-ri,XP2");
    assertThat(List.of(alts.split("\\|"))).containsExactly("lutece", "parigi", "pa ri");
  }

  @Test
  void placesFirstThenDivisionsAtTheirPlacesCentroid() throws IOException {
    Path dump = tmp.resolve("XX.txt");
    Files.writeString(
        dump,
        "1\tAlpha\tAlpha\t\t10.0\t20.0\tP\tPPLA\tXX\t\t01\t001\t\t\t1000\t\t0\tUTC\t2024-01-01\n"
            + "2\tBeta\tBeta\t\t12.0\t20.0\tP\tPPL\tXX\t\t01\t001\t\t\t1000\t\t0\tUTC\t2024-01-01\n"
            + "3\tHill\tHill\t\t12.0\t20.0\tT\tHLL\tXX\t\t01\t\t\t\t0\t\t0\tUTC\t2024-01-01\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("idx/geonames.tsv.gz");
    GazetteerBuild b = new GazetteerBuild(out, true);
    b.admin1("XX.01", "Region One");
    b.admin2("XX.01.001", "First County");
    b.readGeoNames(dump);
    b.finish();
    assertThat(b.places()).isEqualTo(2);
    List<String> lines;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(out)), StandardCharsets.UTF_8))) {
      lines = r.lines().toList();
    }
    assertThat(lines.get(0)).isEqualTo(GazetteerBuild.HEADER + " extend");
    assertThat(lines.get(1)).startsWith("C\t1\tAlpha\t");
    assertThat(lines.get(3)).startsWith("A1\tXX.01\tRegion One\t\t11.0000\t20.0000\tADM1\tXX\t01");
    assertThat(lines.get(4)).startsWith("A2\tXX.01.001\tFirst County\t\t11.0000\t20.0000\tADM2");
    assertThat(lines).hasSize(5);
    assertThat(tmp.resolve("idx/geonames.tsv.gz.tmp")).doesNotExist();
  }
}
