package org.annals.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Run in a child process: opens a store, says so, and holds it until stdin closes. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws IOException {
    try (ArticleStore store = ArticleStore.open(Path.of(args[0]));
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      System.out.println("open " + store.dataDir());
      System.out.flush();
      while (in.readLine() != null) {
        // wait for EOF
      }
    }
  }
}
