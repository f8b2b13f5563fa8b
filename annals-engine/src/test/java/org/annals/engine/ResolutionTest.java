package org.annals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResolutionTest {
  @Test
  void anOutletNamingItselfIsNoStoryEntity() {
    assertThat(Resolution.isOutlet("reuter", "reuters")).isTrue();
    assertThat(Resolution.isOutlet("reuters", "reuters")).isTrue();
    assertThat(Resolution.isOutlet("reuters", "")).isFalse();
    assertThat(Resolution.isOutlet("venezuela", "reuters")).isFalse();
  }
}
