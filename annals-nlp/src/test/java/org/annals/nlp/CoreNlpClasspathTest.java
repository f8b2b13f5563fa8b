package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import org.junit.jupiter.api.Test;

class CoreNlpClasspathTest {
  @Test
  void theModuleClasspathHasCoreNlpAndEveryModelItNeeds() {
    assertThatCode(() -> CoreNlpClasspath.require(NlpConfig.DEFAULTS)).doesNotThrowAnyException();
  }

  @Test
  void onlyRequiresTheModelsTheConfigUses() {
    assertThat(CoreNlpClasspath.requiredModels(new NlpConfig(false, false, 120, true)))
        .doesNotContain(CoreNlpClasspath.DEPPARSE_MODEL, CoreNlpClasspath.SUTIME_RULES);
    assertThat(CoreNlpClasspath.requiredModels(NlpConfig.DEFAULTS))
        .contains(CoreNlpClasspath.DEPPARSE_MODEL, CoreNlpClasspath.SUTIME_RULES);
  }

  @Test
  void missingCoreNlpNamesTheArtifactToAdd() {
    ClassLoader bootstrapOnly = new ClassLoader(null) {};
    assertThatThrownBy(() -> CoreNlpClasspath.require(NlpConfig.DEFAULTS, bootstrapOnly))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("edu.stanford.nlp.pipeline.StanfordCoreNLP not found")
        .hasMessageContaining("<artifactId>stanford-corenlp</artifactId>")
        .hasMessageContaining("<classifier>models</classifier>");
  }

  @Test
  void missingModelsNameTheModelsJar() {
    ClassLoader codeWithoutModels =
        new ClassLoader(CoreNlpClasspathTest.class.getClassLoader()) {
          @Override
          public URL getResource(String name) {
            return name.startsWith("edu/stanford/nlp/models/") ? null : super.getResource(name);
          }
        };
    assertThatThrownBy(() -> CoreNlpClasspath.require(NlpConfig.DEFAULTS, codeWithoutModels))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("found CoreNLP but not its English models")
        .hasMessageContaining(CoreNlpClasspath.POS_MODEL)
        .hasMessageContaining("<classifier>models</classifier>");
  }
}
