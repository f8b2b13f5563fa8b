package org.annals.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query parameters, checked strictly: unknown names, repeated values and malformed
 * values are 400 errors whose messages name the parameter, the bad value and what is expected.
 */
final class Params {
  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * The query parameters of {@code ctx}, which may only use {@code known} names.
   *
   * @throws ApiException 400 naming the unknown parameter and the known ones
   */
  static Params of(Context ctx, Set<String> known) {
    Map<String, List<String>> values = ctx.queryParamMap();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!known.contains(e.getKey())) {
        throw ApiException.badRequest(
            "unknown parameter '"
                + e.getKey()
                + "'; this route takes "
                + (known.isEmpty() ? "no parameters" : new TreeSet<>(known)));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badRequest(
            "parameter '"
                + e.getKey()
                + "' is given "
                + e.getValue().size()
                + " times; give it once");
      }
    }
    return new Params(values);
  }

  Optional<String> string(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() || v.get(0).isBlank()
        ? Optional.empty()
        : Optional.of(v.get(0).strip());
  }

  int integer(String name, int min, int max, int fallback) {
    Optional<String> v = string(name);
    if (v.isEmpty()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.get());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          name + " must be a whole number " + range(min, max) + ", got '" + v.get() + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(name + " must be " + range(min, max) + ", got " + n);
    }
    return n;
  }

  private static String range(int min, int max) {
    return max == Integer.MAX_VALUE ? ">= " + min : min + ".." + max;
  }

  double decimal(String name, double min, double max, double fallback) {
    Optional<String> v = string(name);
    if (v.isEmpty()) {
      return fallback;
    }
    double d;
    try {
      d = Double.parseDouble(v.get());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          name + " must be a number " + min + ".." + max + ", got '" + v.get() + "'");
    }
    if (!(d >= min && d <= max)) {
      throw ApiException.badRequest(name + " must be " + min + ".." + max + ", got " + v.get());
    }
    return d;
  }

  Optional<LocalDate> date(String name) {
    return string(name)
        .map(
            v -> {
              try {
                return LocalDate.parse(v);
              } catch (DateTimeParseException e) {
                throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, got '" + v + "'");
              }
            });
  }

  /** {@code true} or {@code false}, nothing else. */
  boolean bool(String name, boolean fallback) {
    Optional<String> v = string(name);
    if (v.isEmpty()) {
      return fallback;
    }
    return switch (v.get()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw ApiException.badRequest(name + " must be true or false, got '" + v.get() + "'");
    };
  }

  /**
   * A page: {@code limit} 1..{@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}), {@code offset}
   * >= 0.
   */
  Page page() {
    return new Page(
        integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT), integer("offset", 0, Integer.MAX_VALUE, 0));
  }

  static final int MAX_LIMIT = 1000;
  static final int DEFAULT_LIMIT = 50;

  /** Which slice of a listing to return. */
  record Page(int limit, int offset) {
    <T> List<T> of(List<T> all) {
      if (offset >= all.size()) {
        return List.of();
      }
      return all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
    }
  }
}
