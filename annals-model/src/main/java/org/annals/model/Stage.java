package org.annals.model;

import java.util.Locale;

/** Pipeline stages, as named in quarantine records. */
public enum Stage {
  READ,
  DECODE,
  PARSE,
  CLEAN,
  ANNOTATE,
  CODE,
  STORE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
