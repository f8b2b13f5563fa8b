package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.annals.geo.Gazetteer;
import org.annals.geo.Geocoder;
import org.junit.jupiter.api.Test;

class GeoEvaluationTest {
  static GeoCorpus read(String xml) {
    return GeoCorpusReader.read(
        "inline.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static final String LGL =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <articles>
        <article docid="1">
          <text><![CDATA[Storm in Paris, Texas. Later in Qwxzy Flats. Then Berlin.]]></text>
          <toponyms>
            <toponym><start>9</start><end>14</end><phrase>Paris</phrase>
              <gaztag geonameid="4717560"><name>Paris</name><fclass>P</fclass><fcode>PPLA2</fcode>
                <lat>33.66094</lat><lon>-95.55551</lon></gaztag></toponym>
            <toponym><start>16</start><end>21</end><phrase>Texas</phrase>
              <gaztag geonameid="4736286"><name>Texas</name><fclass>A</fclass><fcode>ADM1</fcode>
                <lat>31.25044</lat><lon>-99.25061</lon></gaztag></toponym>
            <toponym><start>32</start><end>43</end><phrase>Qwxzy Flats</phrase></toponym>
            <toponym><start>50</start><end>56</end><phrase>Berlin</phrase>
              <gaztag geonameid="0"><name>Berlin</name><lat>-33.0</lat><lon>151.0</lon></gaztag>
            </toponym>
          </toponyms>
        </article>
      </articles>
      """;

  static final String GEOVIRUS =
      """
      <articles>
        <article>
          <source>https://example.org/1</source>
          <text>Cases rose in Kenya and Nairobi.</text>
          <locations>
            <location><name>Kenya</name><start>13</start><end>18</end>
              <lat>0.5</lat><lon>37.9</lon><page>x</page></location>
            <location><name>Nairobi</name><start>23</start><end>30</end>
              <lat>-1.28</lat><lon>36.82</lon><page>x</page></location>
          </locations>
        </article>
      </articles>
      """;

  @Test
  void readsLglAndLeavesOutToponymsWithoutPoint() {
    GeoCorpus c = read(LGL);
    assertThat(c.documents()).hasSize(1);
    assertThat(c.toponyms()).isEqualTo(3);
    assertThat(c.withoutPoint()).isEqualTo(1);
    assertThat(c.documents().get(0).toponyms().get(0).geonameId()).isEqualTo("4717560");
  }

  @Test
  void readsGeoVirus() {
    GeoCorpus c = read(GEOVIRUS);
    assertThat(c.documents().get(0).id()).isEqualTo("https://example.org/1");
    assertThat(c.documents().get(0).toponyms())
        .extracting(GeoCorpus.GoldToponym::name)
        .containsExactly("Kenya", "Nairobi");
  }

  @Test
  void rejectsOtherXml() {
    assertThatThrownBy(() -> read("<html><body/></html>"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("no <article>");
  }

  @Test
  void scoresAnInlineCorpus() {
    Geocoder g = new Geocoder(Gazetteer.bundled());
    GeoScores s = GeoEvaluation.run(read(LGL), g, Progress.NONE);
    // Paris -> Paris, Texas (0 km); Texas -> within 161 km; Berlin -> Germany, far from the gold
    // point that was put in Australia on purpose
    assertThat(s.toponyms()).isEqualTo(3);
    assertThat(s.resolved()).isEqualTo(3);
    assertThat(s.within()).isEqualTo(2);
    assertThat(s.accuracy()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.misses()).singleElement().asString().contains("Berlin");
    assertThat(s.meanKm()).isGreaterThan(16_000 / 3.0);
    GeoReport report =
        new GeoReport("bundled", "all", java.util.List.of(s), java.time.Duration.ZERO);
    assertThat(report.table().lines().reduce((a, b) -> b)).contains("acc@161km=0.667");
    assertThat(report.toMap()).containsEntry("acc_161km", 0.6667);
  }

  @Test
  void aucIsTheNormalisedAreaUnderTheLogErrorCurve() {
    assertThat(GeoEvaluation.auc(new double[] {0, 0, 0})).isZero();
    assertThat(GeoEvaluation.auc(new double[] {20039, 20039})).isCloseTo(1.0, within(1e-9));
    // two points: 0 and e^(ln 20039 / 2) - 1 -> scaled 0 and 0.5 -> trapezoid 0.25
    double half = Math.exp(Math.log(20039) / 2) - 1;
    assertThat(GeoEvaluation.auc(new double[] {half, 0})).isCloseTo(0.25, within(1e-9));
    // errors beyond the maximum count as the maximum
    assertThat(GeoEvaluation.auc(new double[] {50_000})).isCloseTo(1.0, within(1e-9));
    assertThat(GeoEvaluation.auc(new double[0])).isZero();
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(GeoEvaluation.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(GeoEvaluation.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
