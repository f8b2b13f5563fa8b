package org.annals.ingest.meta;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.annals.model.Language;

/**
 * Identifies the language of clean text with Apache OpenNLP's language detector (103 languages;
 * model {@code langdetect-183.bin} from the {@code opennlp-models-langdetect} artifact). Texts
 * shorter than 40 letters are {@code und}. Thread-safe: the model is shared, detectors are per
 * thread.
 */
public final class LanguageIdentifier {
  private static final String MODEL = "/langdetect-183.bin";
  private static volatile LanguageIdentifier shared;

  private final LanguageDetectorModel model;
  private final ThreadLocal<LanguageDetectorME> detectors;
  private final Map<String, String> iso3to1 = new HashMap<>();

  private LanguageIdentifier(LanguageDetectorModel model) {
    this.model = model;
    this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model));
    for (String two : Locale.getISOLanguages()) {
      try {
        iso3to1.put(Locale.forLanguageTag(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code for this language
      }
    }
  }

  /** The process-wide identifier; loads the model (≈10 MB) on first use. */
  public static LanguageIdentifier shared() {
    LanguageIdentifier s = shared;
    if (s == null) {
      synchronized (LanguageIdentifier.class) {
        s = shared;
        if (s == null) {
          s = shared = load();
        }
      }
    }
    return s;
  }

  private static LanguageIdentifier load() {
    InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL);
    if (in == null) {
      throw new IllegalStateException(
          "language model "
              + MODEL
              + " is not on the classpath; add the dependency"
              + " org.apache.opennlp:opennlp-models-langdetect:1.3.0");
    }
    try (InputStream buffered = new BufferedInputStream(in)) {
      return new LanguageIdentifier(new LanguageDetectorModel(buffered));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language model " + MODEL, e);
    }
  }

  public Language identify(String text) {
    String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
    long letters = sample.chars().filter(Character::isLetter).count();
    if (letters < 40) {
      return Language.UNDETERMINED;
    }
    var best = detectors.get().predictLanguage(sample);
    String code = iso3to1.getOrDefault(best.getLang(), best.getLang());
    double confidence = Math.max(0, Math.min(1, best.getConfidence()));
    return new Language(code, confidence);
  }
}
