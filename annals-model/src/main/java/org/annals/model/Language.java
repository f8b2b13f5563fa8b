package org.annals.model;

/**
 * The language of an article's clean text.
 *
 * @param code ISO 639-1 code where one exists ({@code en}, {@code es}), ISO 639-3 otherwise, or
 *     {@code und} when undetermined
 * @param confidence in [0, 1]
 */
public record Language(String code, double confidence) {
  public static final Language UNDETERMINED = new Language("und", 0);

  public Language {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("language code must not be blank");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence);
    }
  }

  public boolean isEnglish() {
    return code.equals("en");
  }

  /**
   * English, or too short to tell ("Russia attacked Ukraine."): such text is annotated and coded as
   * English, since a non-English sentence yields nothing the English models would code.
   */
  public boolean mayBeEnglish() {
    return isEnglish() || code.equals("und");
  }
}
