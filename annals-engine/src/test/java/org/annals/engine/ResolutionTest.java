package org.annals.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResolutionTest {
  @Test
  void anOutletNamingItselfIsNoStoryEntity() {
    assertThat(org.annals.resolve.story.StoryDocs.isOutlet("reuter", "reuters")).isTrue();
    assertThat(org.annals.resolve.story.StoryDocs.isOutlet("reuters", "reuters")).isTrue();
    assertThat(org.annals.resolve.story.StoryDocs.isOutlet("reuters", "")).isFalse();
    assertThat(org.annals.resolve.story.StoryDocs.isOutlet("venezuela", "reuters")).isFalse();
  }
}
