package org.annals.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EventActor;
import org.annals.store.ResolveRows.EventGroup;

/**
 * An actor code as it acts in real events (as {@code annals actors} counts them): the name of its
 * first occurrence, the other names and words that named it, and when it was last seen.
 */
record ActorActivity(
    String code,
    String name,
    List<String> otherNames,
    int asSource,
    int asTarget,
    Optional<LocalDate> last) {
  ActorActivity {
    otherNames = List.copyOf(otherNames);
  }

  /** The actors of these real events, by code. */
  static List<ActorActivity> of(List<EventGroup> events) {
    Map<String, Builder> byCode = new LinkedHashMap<>();
    for (EventGroup g : events) {
      var e = g.representative().event();
      Optional<LocalDate> when = e.date().start().or(g.representative()::published);
      byCode.computeIfAbsent(e.source().code(), Builder::new).add(e.source(), true, when);
      e.target().ifPresent(t -> byCode.computeIfAbsent(t.code(), Builder::new).add(t, false, when));
    }
    List<ActorActivity> out = new ArrayList<>();
    for (Builder b : byCode.values()) {
      out.add(b.build());
    }
    out.sort(Comparator.comparing(ActorActivity::code));
    return out;
  }

  private static final class Builder {
    final String code;
    final Set<String> names = new LinkedHashSet<>();
    int asSource;
    int asTarget;
    LocalDate last;

    Builder(String code) {
      this.code = code;
    }

    void add(EventActor a, boolean source, Optional<LocalDate> when) {
      names.add(a.name());
      if (!a.resolution().equals("pronoun") && !a.resolution().equals("pair")) {
        names.add(a.text());
      }
      if (source) {
        asSource++;
      } else {
        asTarget++;
      }
      when.ifPresent(d -> last = last == null || d.isAfter(last) ? d : last);
    }

    ActorActivity build() {
      List<String> all = new ArrayList<>(names);
      all.removeIf(String::isBlank);
      String name = all.isEmpty() ? code : all.get(0);
      List<String> others = all.subList(Math.min(1, all.size()), all.size());
      return new ActorActivity(code, name, others, asSource, asTarget, Optional.ofNullable(last));
    }
  }
}
