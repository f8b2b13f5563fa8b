package org.annals.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Settings of the CoreNLP annotator.
 *
 * @param depparse run the dependency parser at all (when false its model is never loaded and no
 *     sentence is parsed)
 * @param sutime normalize time expressions with SUTime (when false, {@code times} stays empty)
 * @param maxSentenceTokens sentences with more tokens are never parsed (the parser's cost grows
 *     with length and very long "sentences" are usually lists or boilerplate)
 * @param parseFilter parse only sentences that can yield events: a named entity (or proper noun)
 *     and a verb; when false every sentence up to {@code maxSentenceTokens} is parsed
 */
public record NlpConfig(
    boolean depparse, boolean sutime, int maxSentenceTokens, boolean parseFilter) {
  public static final String DEPPARSE = "depparse";
  public static final String SUTIME = "sutime";
  public static final String MAX_SENTENCE_TOKENS = "maxSentenceTokens";
  public static final String PARSE_FILTER = "parseFilter";

  /** The keys {@link #from(Map)} understands, in documentation order. */
  public static final List<String> KNOWN_KEYS =
      List.of(DEPPARSE, SUTIME, MAX_SENTENCE_TOKENS, PARSE_FILTER);

  public static final NlpConfig DEFAULTS = new NlpConfig(true, true, 120, true);

  public NlpConfig {
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException(
          "maxSentenceTokens must be >= 1, got maxSentenceTokens=" + maxSentenceTokens);
    }
  }

  /**
   * Builds a config from string settings, e.g. from the CLI or a properties file. Absent keys take
   * their default; unknown keys are rejected.
   *
   * @throws IllegalArgumentException on an unknown key, a boolean other than {@code true} / {@code
   *     false}, or a bad number
   */
  public static NlpConfig from(Map<String, String> settings) {
    Objects.requireNonNull(settings, "settings");
    Map<String, String> left = new HashMap<>(settings);
    NlpConfig config =
        new NlpConfig(
            bool(left, DEPPARSE, DEFAULTS.depparse()),
            bool(left, SUTIME, DEFAULTS.sutime()),
            positiveInt(left, MAX_SENTENCE_TOKENS, DEFAULTS.maxSentenceTokens()),
            bool(left, PARSE_FILTER, DEFAULTS.parseFilter()));
    if (!left.isEmpty()) {
      TreeSet<String> unknown = new TreeSet<>();
      left.keySet().forEach(k -> unknown.add(String.valueOf(k)));
      throw new IllegalArgumentException(
          "unknown nlp settings " + unknown + "; known: " + KNOWN_KEYS);
    }
    return config;
  }

  /** The settings that {@link #from(Map)} turns back into this config. */
  public Map<String, String> toMap() {
    return Map.of(
        DEPPARSE, Boolean.toString(depparse),
        SUTIME, Boolean.toString(sutime),
        MAX_SENTENCE_TOKENS, Integer.toString(maxSentenceTokens),
        PARSE_FILTER, Boolean.toString(parseFilter));
  }

  private static boolean bool(Map<String, String> left, String key, boolean fallback) {
    if (!left.containsKey(key)) {
      return fallback;
    }
    String raw = left.remove(key);
    if ("true".equals(raw)) {
      return true;
    }
    if ("false".equals(raw)) {
      return false;
    }
    throw new IllegalArgumentException(
        "nlp setting " + key + " must be true or false, got " + quote(raw));
  }

  private static int positiveInt(Map<String, String> left, String key, int fallback) {
    if (!left.containsKey(key)) {
      return fallback;
    }
    String raw = left.remove(key);
    if (raw != null && raw.matches("[0-9]{1,9}")) {
      int value = Integer.parseInt(raw);
      if (value >= 1) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "nlp setting " + key + " must be a whole number >= 1, got " + quote(raw));
  }

  private static String quote(String raw) {
    return raw == null ? "null" : "'" + raw + "'";
  }
}
