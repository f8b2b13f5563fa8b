package org.annals.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.model.CodedEvent;
import org.annals.model.EventActor;
import org.annals.store.CandidateSummary;
import org.annals.store.ResolveRows.EventGroup;
import org.annals.store.StoredArticle;
import org.annals.store.StoredEvent;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** Builds the index's documents from what the store holds. */
final class Documents {
  /** Stored, analyzed, with offsets in the postings so that highlighting needs no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** The id prefix of candidate actors, which have no code yet. */
  static final String CANDIDATE_PREFIX = "candidate:";

  private Documents() {}

  /** The term that names one document, for updates and deletes. */
  static Term key(DocType type, String id) {
    return new Term(Fields.KEY, type.label() + ":" + id);
  }

  static Term type(DocType type) {
    return new Term(Fields.TYPE, type.label());
  }

  /** An article: the latest version at its URL. */
  static Document article(StoredArticle a) {
    Document d = base(DocType.ARTICLE, a.id().value(), a.title().orElse(a.canonicalUrl()));
    d.add(new Field(Fields.TEXT, a.clean().text(), TEXT_WITH_OFFSETS));
    a.outlet()
        .ifPresent(
            o -> {
              d.add(new StoredField(Fields.OUTLET, o));
              d.add(new TextField(Fields.NAMES, o, Field.Store.NO));
            });
    d.add(new StringField(Fields.URL, a.canonicalUrl(), Field.Store.YES));
    date(d, a.published().date());
    return d;
  }

  /** A real event, by its representative mention. */
  static Document event(EventGroup g) {
    StoredEvent rep = g.representative();
    CodedEvent e = rep.event();
    Document d = base(DocType.EVENT, g.id(), summary(e));
    d.add(new Field(Fields.TEXT, rep.sentence(), TEXT_WITH_OFFSETS));
    d.add(new TextField(Fields.TRIGGER, rep.triggerText(), Field.Store.YES));
    d.add(new TextField(Fields.DESCRIPTION, e.cameo().name(), Field.Store.YES));
    Set<String> names = new LinkedHashSet<>();
    Set<String> codes = new LinkedHashSet<>();
    actor(e.source(), names, codes);
    e.target().ifPresent(t -> actor(t, names, codes));
    codes.add(e.cameo().code());
    codes.add(e.cameo().root());
    codes.add(e.plover().event());
    e.place()
        .ifPresent(
            p -> {
              names.add(p.name());
              names.add(p.text());
              p.country().ifPresent(codes::add);
            });
    rep.outlet().ifPresent(names::add);
    multi(d, Fields.NAMES, names);
    multi(d, Fields.CODES, codes);
    d.add(new StoredField(Fields.MENTIONS, g.mentions()));
    date(d, e.date().start().or(rep::published));
    return d;
  }

  /** {@code SRC CODE TGT}, with {@code -} for a missing target. */
  static String summary(CodedEvent e) {
    return e.source().code()
        + " "
        + e.cameo().code()
        + " "
        + e.target().map(EventActor::code).orElse("-");
  }

  private static void actor(EventActor a, Set<String> names, Set<String> codes) {
    names.add(a.name());
    if (!a.resolution().equals("pronoun") && !a.resolution().equals("pair")) {
      names.add(a.text());
    }
    codes.add(a.code());
    a.country().ifPresent(codes::add);
    a.sector().ifPresent(codes::add);
  }

  /** An actor code that acts in stored real events. */
  static Document codedActor(ActorActivity a) {
    Document d = base(DocType.ACTOR, a.code(), a.name());
    String text =
        a.name()
            + " ("
            + a.code()
            + "): source of "
            + a.asSource()
            + " and target of "
            + a.asTarget()
            + " real events"
            + (a.otherNames().isEmpty()
                ? "."
                : "; also named " + String.join(", ", a.otherNames()));
    d.add(new Field(Fields.TEXT, text, TEXT_WITH_OFFSETS));
    List<String> names = new ArrayList<>();
    names.add(a.name());
    names.addAll(a.otherNames());
    multi(d, Fields.NAMES, names);
    multi(d, Fields.CODES, List.of(a.code()));
    date(d, a.last());
    return d;
  }

  /** A candidate actor: named in events but not in the dictionaries. */
  static Document candidate(CandidateSummary c) {
    Document d = base(DocType.ACTOR, CANDIDATE_PREFIX + c.key(), c.name());
    StringBuilder text =
        new StringBuilder(c.name())
            .append(": candidate actor (")
            .append(c.nerType())
            .append(", ")
            .append(c.status().orElse("not reviewed"))
            .append("), in ")
            .append(c.mentions())
            .append(" event side(s) of ")
            .append(c.articles())
            .append(" article(s)");
    c.country().ifPresent(x -> text.append("; likely country ").append(x));
    c.sector().ifPresent(x -> text.append("; likely sector ").append(x));
    c.likelyCode().ifPresent(x -> text.append("; likely code ").append(x));
    c.cue().ifPresent(x -> text.append("; cue: ").append(x));
    text.append(". Example: ").append(c.exampleSentence());
    d.add(new Field(Fields.TEXT, text.toString(), TEXT_WITH_OFFSETS));
    multi(d, Fields.NAMES, List.of(c.name()));
    List<String> codes = new ArrayList<>();
    c.country().ifPresent(codes::add);
    c.sector().ifPresent(codes::add);
    c.likelyCode().ifPresent(codes::add);
    c.code().ifPresent(codes::add);
    codes.addAll(c.eventCodes());
    multi(d, Fields.CODES, codes);
    date(d, c.last());
    return d;
  }

  private static Document base(DocType type, String id, String title) {
    Document d = new Document();
    d.add(new StringField(Fields.KEY, key(type, id).text(), Field.Store.NO));
    d.add(new StringField(Fields.TYPE, type.label(), Field.Store.YES));
    d.add(new StringField(Fields.ID, id, Field.Store.YES));
    d.add(new TextField(Fields.TITLE, title, Field.Store.YES));
    d.add(new NumericDocValuesField(Fields.SORT_TYPE, type.ordinal()));
    d.add(new SortedDocValuesField(Fields.SORT_ID, new BytesRef(id)));
    return d;
  }

  private static void multi(Document d, String field, Collection<String> values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        d.add(new TextField(field, v, Field.Store.NO));
      }
    }
  }

  private static void date(Document d, Optional<LocalDate> date) {
    date.ifPresent(x -> d.add(new StringField(Fields.DATE, x.toString(), Field.Store.YES)));
  }
}
