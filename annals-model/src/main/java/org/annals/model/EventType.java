package org.annals.model;

/**
 * A CAMEO event type as coded on one event.
 *
 * @param code the CAMEO code, 2 to 4 digits with the leading zero ("057", "1384")
 * @param name the codebook's name
 * @param goldstein Goldstein-scale weight, -10 (most conflictual) to +10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 */
public record EventType(String code, String name, double goldstein, int quadClass) {
  public EventType {
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("a CAMEO code has 2 to 4 digits, got '" + code + "'");
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass is 1..4, got " + quadClass + " for " + code);
    }
  }

  /** The two-digit root, "05" for "057". */
  public String root() {
    return code.substring(0, 2);
  }
}
