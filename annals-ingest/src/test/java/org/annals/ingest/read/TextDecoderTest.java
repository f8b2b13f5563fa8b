package org.annals.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void emptyInputIsRejectedWithReason() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0], Optional.empty(), false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void pngIsRejectedAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThatThrownBy(() -> TextDecoder.decode(png, Optional.empty(), false))
        .hasMessageContaining("PNG");
  }

  @Test
  void nulBytesAreBinary() {
    byte[] b = "abc\0def".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> TextDecoder.decode(b, Optional.empty(), false))
        .hasMessageContaining("NUL");
  }

  @Test
  void utf8WithBomDropsTheMark() throws Exception {
    byte[] body = "Bogotá".getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[body.length + 3];
    b[0] = (byte) 0xEF;
    b[1] = (byte) 0xBB;
    b[2] = (byte) 0xBF;
    System.arraycopy(body, 0, b, 3, body.length);
    DecodedText d = TextDecoder.decode(b, Optional.empty(), false);
    assertThat(d.text()).isEqualTo("Bogotá");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void latin1IsDetectedAndRecordedAsWarning() throws Exception {
    String text = "Protesters gathered in São Paulo and Bogotá on Tuesday, officials said.";
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    DecodedText d = TextDecoder.decode(b, Optional.empty(), false);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.warnings()).singleElement().asString().contains("not valid UTF-8");
  }

  @Test
  void declaredCharsetInMetaIsHonoured() throws Exception {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body>“Petro’s” plan</body>";
    byte[] b = html.getBytes(Charset.forName("windows-1252"));
    DecodedText d = TextDecoder.decode(b, Optional.empty(), true);
    assertThat(d.text()).contains("“Petro’s” plan");
    assertThat(d.charset()).isEqualTo("windows-1252");
  }

  @Test
  void wrongDeclaredCharsetFallsBackWithWarning() throws Exception {
    byte[] b = "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);
    DecodedText d = TextDecoder.decode(b, Optional.of("UTF-8"), false);
    assertThat(d.text()).isEqualTo("Café talks");
    assertThat(d.warnings()).isNotEmpty();
  }
}
