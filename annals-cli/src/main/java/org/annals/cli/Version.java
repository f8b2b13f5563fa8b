package org.annals.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
  static String current() {
    String v = Main.class.getPackage().getImplementationVersion();
    return "annals " + (v == null ? "0.1.0-SNAPSHOT" : v);
  }

  @Override
  public String[] getVersion() {
    return new String[] {current(), "GPL-3.0-or-later; uses Stanford CoreNLP 4.5.10 (GPL-3.0)"};
  }
}
