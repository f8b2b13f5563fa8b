package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another process holding the data directory is reported, not waited on or corrupted. */
class LockTest {
  @TempDir Path tmp;

  @Test
  void aDataDirectoryInUseByAnotherProcessIsRefused() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process holder =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    LockHolder.class.getName(),
                    tmp.toString()))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).startsWith("open ");

      assertThatThrownBy(() -> ArticleStore.open(tmp))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is in use by another annals process")
          .hasMessageContaining("wait for it to finish, or use another --data");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(30, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
    assertThat(holder.exitValue()).isZero();
    try (ArticleStore store = ArticleStore.open(tmp)) {
      assertThat(store.stats().versions()).isZero();
    }
  }
}
