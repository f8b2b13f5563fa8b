package org.annals.cli;

/** Exit codes of the annals command, documented in its help footer. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int PARTIAL = 3;
  static final int NOT_FOUND = 4;
  static final int STORE_UNAVAILABLE = 5;

  static final String FOOTER =
      """

      Exit codes:
        0  success
        1  unexpected failure (a bug: please report it with the message)
        2  usage error (unknown option, missing argument)
        3  completed, but some inputs were quarantined (see: annals quarantine), or for
           watch, a feed failed in the last round
        4  not found (no article with that id)
        5  data directory unusable (locked by another annals process, or written by a newer
           version)""";

  private ExitCodes() {}
}
