package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.annals.model.CharSpan;
import org.annals.model.Dependency;
import org.annals.model.Removal;
import org.annals.model.Token;

/** The JSON forms of list-valued columns. Thread-safe. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** {@code [{i, start, end, word, lemma, pos, ner}, …]} */
  static String tokens(List<Token> tokens) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Token t : tokens) {
      array
          .addObject()
          .put("i", t.index())
          .put("start", t.span().start())
          .put("end", t.span().end())
          .put("word", t.word())
          .put("lemma", t.lemma())
          .put("pos", t.pos())
          .put("ner", t.ner());
    }
    return write(array);
  }

  static List<Token> parseTokens(String json, String where) {
    return parse(
        json,
        where,
        n ->
            new Token(
                n.path("i").asInt(),
                new CharSpan(n.path("start").asInt(), n.path("end").asInt()),
                n.path("word").asText(),
                n.path("lemma").asText(),
                n.path("pos").asText(),
                n.path("ner").asText()));
  }

  /** {@code [{rel, gov, dep}, …]}; {@code gov} is -1 for the root. */
  static String dependencies(List<Dependency> dependencies) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Dependency d : dependencies) {
      array.addObject().put("rel", d.relation()).put("gov", d.governor()).put("dep", d.dependent());
    }
    return write(array);
  }

  static List<Dependency> parseDependencies(String json, String where) {
    return parse(
        json,
        where,
        n -> new Dependency(n.path("rel").asText(), n.path("gov").asInt(), n.path("dep").asInt()));
  }

  /** {@code [{raw_start, raw_end, reason}, …]} */
  static String removals(List<Removal> removals) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Removal r : removals) {
      array
          .addObject()
          .put("raw_start", r.raw().start())
          .put("raw_end", r.raw().end())
          .put("reason", r.reason());
    }
    return write(array);
  }

  static List<Removal> parseRemovals(String json, String where) {
    return parse(
        json,
        where,
        n ->
            new Removal(
                new CharSpan(n.path("raw_start").asInt(), n.path("raw_end").asInt()),
                n.path("reason").asText()));
  }

  /** {@code ["…", …]} */
  static String strings(List<String> strings) {
    ArrayNode array = MAPPER.createArrayNode();
    strings.forEach(array::add);
    return write(array);
  }

  static List<String> parseStrings(String json, String where) {
    return parse(json, where, JsonNode::asText);
  }

  private static String write(ArrayNode array) {
    try {
      return MAPPER.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serializes", e);
    }
  }

  private static <T> List<T> parse(String json, String where, Function<JsonNode, T> element) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException(
          where + " holds invalid JSON (" + e.getOriginalMessage() + "); the store is damaged", e);
    }
    if (root == null || !root.isArray()) {
      throw new StoreException(where + " should hold a JSON array; the store is damaged");
    }
    List<T> out = new ArrayList<>(root.size());
    root.forEach(n -> out.add(element.apply(n)));
    return List.copyOf(out);
  }

  /** A map as a JSON object. */
  static String map(java.util.Map<String, ?> map) {
    try {
      return MAPPER.writeValueAsString(new java.util.TreeMap<>(map));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a map as JSON: " + e, e);
    }
  }

  static java.util.Map<String, Integer> parseCounts(String json, String where) {
    return parseMap(json, where, JsonNode::asInt);
  }

  static java.util.Map<String, Double> parseWeights(String json, String where) {
    return parseMap(json, where, JsonNode::asDouble);
  }

  static java.util.Map<String, String> parseLabels(String json, String where) {
    return parseMap(json, where, JsonNode::asText);
  }

  private static <V> java.util.Map<String, V> parseMap(
      String json, String where, Function<JsonNode, V> value) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (!node.isObject()) {
        throw new StoreException("corrupt JSON object in " + where + ": " + json);
      }
      java.util.Map<String, V> out = new java.util.HashMap<>();
      for (java.util.Map.Entry<String, JsonNode> e : node.properties()) {
        out.put(e.getKey(), value.apply(e.getValue()));
      }
      return out;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("corrupt JSON in " + where + ": " + e.getOriginalMessage(), e);
    }
  }
}
