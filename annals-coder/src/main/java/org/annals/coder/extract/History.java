package org.annals.coder.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.coder.dict.ActorDictionary;

/**
 * The actors an article has named so far, in reading order, so that "he", "it" and "the president"
 * can be resolved to the actor they refer to. Only a few sentences back count: news prose changes
 * subject quickly and a stale antecedent is worse than none.
 */
final class History {
  /** How many sentences back a pronoun or bare title may reach. */
  static final int WINDOW = 3;

  private final List<Resolved> actors = new ArrayList<>();

  void add(Resolved r) {
    if (r.resolution().equals("pronoun")) {
      return; // an antecedent is a name, never another pronoun
    }
    for (Resolved a : actors) {
      if (a.sentence() == r.sentence() && a.start() == r.start() && a.code().equals(r.code())) {
        return;
      }
    }
    actors.add(r);
  }

  /** The latest person of this gender (or of unknown gender) named before the token. */
  Optional<Resolved> lastPerson(char gender, int sentence, int token) {
    for (int i = actors.size() - 1; i >= 0; i--) {
      Resolved a = actors.get(i);
      if (!before(a, sentence, token)) {
        continue;
      }
      if (sentence - a.sentence() > WINDOW) {
        break;
      }
      if (a.person() && a.gender().map(g -> g == gender).orElse(true)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The latest actor that is not a person (a country, institution, IGO or group). */
  Optional<Resolved> lastNonPerson(int sentence, int token) {
    for (int i = actors.size() - 1; i >= 0; i--) {
      Resolved a = actors.get(i);
      if (!before(a, sentence, token)) {
        continue;
      }
      if (sentence - a.sentence() > WINDOW) {
        break;
      }
      if (!a.person()) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The two latest distinct actors named before the token that {@code kind} accepts, the earlier
   * first ("Maduro met Putin. The two leaders signed…"), or empty when there are not two.
   */
  List<Resolved> lastTwo(java.util.function.Predicate<Resolved> kind, int sentence, int token) {
    List<Resolved> found = new ArrayList<>();
    for (int i = actors.size() - 1; i >= 0 && found.size() < 2; i--) {
      Resolved a = actors.get(i);
      if (!before(a, sentence, token)) {
        continue;
      }
      if (sentence - a.sentence() > WINDOW) {
        break;
      }
      if (kind.test(a) && found.stream().noneMatch(f -> same(f, a))) {
        found.add(a);
      }
    }
    if (found.size() < 2) {
      return List.of();
    }
    return List.of(found.get(1), found.get(0));
  }

  /**
   * One party of a pair: actors of the same country are one side ("a Russian delegation led by
   * Borisov"); without countries, the same name.
   */
  private static boolean same(Resolved a, Resolved b) {
    if (a.country().isPresent() && b.country().isPresent()) {
      return a.country().get().equals(b.country().get());
    }
    return a.code().equals(b.code()) || a.name().equals(b.name());
  }

  /** The latest person named who holds one of the roles on the date ("the president"). */
  Optional<Resolved> personWithRole(
      List<String> roles, ActorDictionary dictionary, LocalDate date, int sentence) {
    for (int i = actors.size() - 1; i >= 0; i--) {
      Resolved a = actors.get(i);
      if (sentence - a.sentence() > WINDOW) {
        break;
      }
      if (!a.person()) {
        continue;
      }
      for (var p : dictionary.people(a.name())) {
        if (p.roleOn(date).map(r -> roles.contains(r.role())).orElse(false)) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean before(Resolved a, int sentence, int token) {
    return a.sentence() < sentence || (a.sentence() == sentence && a.end() <= token);
  }
}
