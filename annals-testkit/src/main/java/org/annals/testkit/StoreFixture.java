package org.annals.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedText;
import org.annals.model.ArticleId;
import org.annals.model.CandidateActor;
import org.annals.model.CharSpan;
import org.annals.model.CleanArticle;
import org.annals.model.CleanText;
import org.annals.model.CodedEvent;
import org.annals.model.ContentType;
import org.annals.model.DatePrecision;
import org.annals.model.DeclaredMetadata;
import org.annals.model.EventActor;
import org.annals.model.EventDate;
import org.annals.model.EventEvidence;
import org.annals.model.EventFlags;
import org.annals.model.EventIds;
import org.annals.model.EventPlace;
import org.annals.model.EventType;
import org.annals.model.Language;
import org.annals.model.PloverType;
import org.annals.model.PublishedDate;
import org.annals.model.RawArticle;
import org.annals.model.Sentence;
import org.annals.model.SourceRef;
import org.annals.model.Token;
import org.annals.store.ArticleRecord;
import org.annals.store.ArticleStore;
import org.annals.store.ResolveRows.ArticleFeatures;
import org.annals.store.ResolveRows.MergeDecision;
import org.annals.store.ResolveRows.StoryRow;

/**
 * The test store of the modules above the store (server, search), from this module's test jar: a
 * small real store, built without CoreNLP: three articles, one sentence each, with hand-coded
 * events and merge decisions saved as the RESOLVE stage would.
 *
 * <ul>
 *   <li>A (2024-03-05): RUSMIL 190 UKR on Monday 2024-03-04 in Kyiv; USAGOV 057 VENGOV, undated.
 *   <li>B (2024-03-06, a copy of the report): RUSMIL 190 UKR, undated, merged into A's attack.
 *   <li>C (2024-04-10): RUSGOV 036 UKRGOV (QuadClass 1), undated.
 * </ul>
 *
 * With {@link #buildWithCandidate}, also D (2024-04-12): no event, and a candidate actor, Tomas
 * Arbelaez (COLGOV, likely).
 *
 * <p>A and B form story {@code st_1}; C story {@code st_2}. Real events: attack (2 mentions), deal,
 * meeting.
 */
public final class StoreFixture {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  public static final EventPlace KYIV =
      new EventPlace(
          "geonames:703448",
          "Kyiv",
          "Kyiv",
          50.4547,
          30.5238,
          Optional.of("UKR"),
          EventPlace.Precision.CITY,
          EventPlace.Basis.CLAUSE,
          new CharSpan(30, 34),
          0.9);

  public String articleA;
  public String attackId;
  public String attackAgainId;
  public String dealId;
  public String meetingId;
  public String articleD;

  /** Readable names of the fixture's actor codes. */
  public static final Map<String, String> NAMES =
      Map.of(
          "RUSMIL", "Russian military",
          "UKR", "Ukraine",
          "USAGOV", "United States government",
          "VENGOV", "Venezuelan government",
          "RUSGOV", "Russian government",
          "UKRGOV", "Ukrainian government");

  /** Builds the three articles A, B, C in a new store at {@code data}. */
  public void build(Path data) {
    build(data, false);
  }

  /** Builds A, B, C and D (with its candidate actor) in a new store at {@code data}. */
  public void buildWithCandidate(Path data) {
    build(data, true);
  }

  private void build(Path data, boolean withCandidate) {
    ArticleRecord a =
        article(
            "https://a.example/attack",
            LocalDate.of(2024, 3, 5),
            "Wire A",
            "Russian troops attacked Kyiv on Monday, and Washington signed a deal with Caracas.");
    ArticleRecord b =
        article(
            "https://b.example/attack",
            LocalDate.of(2024, 3, 6),
            "Wire B",
            "Russian troops attacked the Ukrainian capital again.");
    ArticleRecord c =
        article(
            "https://c.example/talks",
            LocalDate.of(2024, 4, 10),
            "Wire C",
            "Moscow met Ukrainian officials for talks in Istanbul.");
    ArticleRecord d =
        article(
            "https://d.example/accuses",
            LocalDate.of(2024, 4, 12),
            "Wire D",
            "Defense Minister Tomas Arbelaez accused Venezuela of sheltering rebels.");
    articleD = d.article().id().value();
    Sentence ds = d.annotation().sentences().get(0);
    CandidateActor arbelaez =
        new CandidateActor(
            "Tomas Arbelaez",
            "Tomas Arbelaez",
            "PERSON",
            Optional.of("COL"),
            Optional.of("GOV"),
            Optional.of("COLGOV"),
            Optional.of("Defense Minister"),
            CandidateActor.Side.SOURCE,
            "112",
            Optional.of("VEN"),
            Optional.empty(),
            new CharSpan(17, 31),
            new EventEvidence(0, ds.span(), new CharSpan(32, 39), "112 test"));
    LocalDate monday = LocalDate.of(2024, 3, 4);
    CodedEvent attack =
        event(
                a,
                "RUSMIL",
                "190",
                "UKR",
                -10,
                4,
                EventDate.of(
                    monday,
                    monday,
                    DatePrecision.DAY,
                    new EventDate.Evidence("on Monday", new CharSpan(35, 44)),
                    Optional.of(LocalDate.of(2024, 3, 5))))
            .withPlace(Optional.of(KYIV));
    CodedEvent deal =
        event(a, "USAGOV", "057", "VENGOV", 8, 1, EventDate.unknown(Optional.empty()));
    CodedEvent again =
        event(b, "RUSMIL", "190", "UKR", -10, 4, EventDate.unknown(Optional.empty()));
    CodedEvent meeting =
        event(c, "RUSGOV", "036", "UKRGOV", 4, 1, EventDate.unknown(Optional.empty()));
    articleA = a.article().id().value();
    String bid = b.article().id().value();
    String cid = c.article().id().value();
    attackId = EventIds.of(articleA, attack);
    dealId = EventIds.of(articleA, deal);
    attackAgainId = EventIds.of(bid, again);
    meetingId = EventIds.of(cid, meeting);
    try (ArticleStore store = ArticleStore.open(data)) {
      List<ArticleRecord> records =
          new ArrayList<>(
              List.of(
                  new ArticleRecord(a.article(), a.annotation(), List.of(attack, deal), "test"),
                  new ArticleRecord(b.article(), b.annotation(), List.of(again), "test"),
                  new ArticleRecord(c.article(), c.annotation(), List.of(meeting), "test")));
      if (withCandidate) {
        records.add(
            new ArticleRecord(d.article(), d.annotation(), List.of(), "test", List.of(arbelaez)));
      } else {
        articleD = null;
      }
      store.storeBatch(store.beginRun(List.of()), records, List.of());
      StoryRow st1 =
          new StoryRow(
              "st_1",
              "Russian attack on Kyiv",
              Map.of("kyiv", 1.0),
              Map.of("kyiv", "Kyiv"),
              2,
              Optional.of(LocalDate.of(2024, 3, 5)),
              Optional.of(LocalDate.of(2024, 3, 6)));
      StoryRow st2 =
          new StoryRow(
              "st_2",
              "Talks in Istanbul",
              Map.of("istanbul", 1.0),
              Map.of("istanbul", "Istanbul"),
              1,
              Optional.of(LocalDate.of(2024, 4, 10)),
              Optional.of(LocalDate.of(2024, 4, 10)));
      store.saveResolution(
          features(articleA, "st_1"),
          new long[0],
          Optional.of(st1),
          List.of(
              decision(attackId, attackId, Optional.empty(), "founded", true, articleA),
              decision(dealId, dealId, Optional.empty(), "founded", true, articleA)));
      store.saveResolution(
          features(bid, "st_1"),
          new long[0],
          Optional.of(st1),
          List.of(decision(attackAgainId, attackId, Optional.of(attackId), "merged", false, bid)));
      store.saveResolution(
          features(cid, "st_2"),
          new long[0],
          Optional.of(st2),
          List.of(decision(meetingId, meetingId, Optional.empty(), "founded", true, cid)));
    }
  }

  /** Stores one more article of one sentence, without events; returns its id. */
  public static String addArticle(
      ArticleStore store, String url, LocalDate published, String outlet, String text) {
    ArticleRecord r = article(url, published, outlet, text);
    store.storeBatch(store.beginRun(List.of()), List.of(r), List.of());
    return r.article().id().value();
  }

  /** Stores {@code n} more articles in one batch, each of a few sentences; returns their ids. */
  public static List<String> addArticles(ArticleStore store, int n) {
    List<ArticleRecord> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      batch.add(
          article(
              "https://bulk.example/" + i,
              LocalDate.of(2024, 5, 1).plusDays(i % 28),
              "Bulk Wire",
              "Report number "
                  + i
                  + " on the harbour of Odesa. Ministers discussed grain exports and shipping."
                  + " Negotiators met again on day "
                  + i
                  + "."));
    }
    store.storeBatch(store.beginRun(List.of()), batch, List.of());
    return batch.stream().map(r -> r.article().id().value()).toList();
  }

  private static final List<String> CODES = List.copyOf(NAMES.keySet().stream().sorted().toList());

  /** Four topics' words: articles on one topic form a story. */
  private static final String[][] TOPICS = {
    {"harbour", "grain", "tanker", "shipping", "port", "cargo", "freight", "dock"},
    {"missile", "drone", "strike", "battery", "launcher", "airbase", "radar", "warhead"},
    {"election", "parliament", "ballot", "candidate", "vote", "campaign", "coalition", "poll"},
    {"sanctions", "pipeline", "refinery", "oil", "gas", "tariff", "export", "embargo"}
  };

  private static final String[][] ACTS = {
    {"190", "-10", "4"},
    {"057", "8", "1"},
    {"036", "4", "1"},
    {"042", "1.9", "1"},
    {"193", "-10", "4"}
  };

  /**
   * Unresolved articles for testing the RESOLVE stage, the same for the same seed: one sentence
   * each, with one or two coded events among a few dyads and codes, dated on one of a few days
   * (some undated, some negated), and a fifth of them near-copies (the same words under another
   * URL, some with a line added).
   *
   * @param prefix URL prefix, so calls with other prefixes make other articles
   */
  public static List<ArticleRecord> corpus(long seed, int n, String prefix) {
    java.util.Random random = new java.util.Random(seed);
    List<ArticleRecord> out = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    LocalDate base = LocalDate.of(2024, 6, 1);
    for (int i = 0; i < n; i++) {
      LocalDate published = base.plusDays(random.nextInt(100));
      String text;
      if (!texts.isEmpty() && random.nextInt(5) == 0) {
        text = texts.get(random.nextInt(texts.size()));
        if (random.nextBoolean()) {
          text = text + " Reporting by wire staff.";
        }
      } else {
        String[] topic = TOPICS[random.nextInt(TOPICS.length)];
        StringBuilder b = new StringBuilder("Officials said the");
        for (int w = 0; w < 12; w++) {
          b.append(' ').append(topic[random.nextInt(topic.length)]);
        }
        b.append(" talks went on in week ").append(random.nextInt(6)).append('.');
        text = b.toString();
        texts.add(text);
      }
      ArticleRecord r = article(prefix + i, published, "Wire " + (i % 4), text);
      List<CodedEvent> events = new ArrayList<>();
      int count = 1 + random.nextInt(2);
      for (int e = 0; e < count; e++) {
        String source = CODES.get(random.nextInt(CODES.size()));
        String target = CODES.get(random.nextInt(CODES.size()));
        String[] act = ACTS[random.nextInt(ACTS.length)];
        EventDate date;
        if (random.nextInt(3) == 0) {
          date = EventDate.unknown(Optional.of(published));
        } else {
          LocalDate day = published.minusDays(random.nextInt(3));
          date =
              EventDate.of(
                  day,
                  day,
                  DatePrecision.DAY,
                  new EventDate.Evidence("on that day", new CharSpan(0, 4)),
                  Optional.of(published));
        }
        CodedEvent event =
            event(
                r,
                source,
                act[0],
                target,
                Double.parseDouble(act[1]),
                Integer.parseInt(act[2]),
                date);
        if (random.nextInt(10) == 0) {
          event =
              new CodedEvent(
                  event.codebook(),
                  event.source(),
                  event.target(),
                  event.cameo(),
                  event.plover(),
                  new EventFlags(false, true, false),
                  event.confidence(),
                  event.evidence(),
                  event.date(),
                  event.place());
        }
        String key = source + " " + act[0] + " " + target;
        if (events.stream()
            .noneMatch(
                x ->
                    key.equals(
                        x.source().code()
                            + " "
                            + x.cameo().code()
                            + " "
                            + x.target().orElseThrow().code()))) {
          events.add(event);
        }
      }
      out.add(new ArticleRecord(r.article(), r.annotation(), events, "test"));
    }
    return out;
  }

  private static ArticleFeatures features(String articleId, String story) {
    return new ArticleFeatures(
        articleId,
        new byte[] {1, 2},
        Optional.empty(),
        OptionalDouble.empty(),
        articleId,
        Optional.of(story),
        OptionalDouble.of(0.5),
        Map.of(),
        Map.of());
  }

  private static MergeDecision decision(
      String mention,
      String merged,
      Optional<String> matched,
      String method,
      boolean representative,
      String copyGroup) {
    return new MergeDecision(
        mention,
        merged,
        matched,
        matched.isPresent() ? OptionalDouble.of(0.8) : OptionalDouble.empty(),
        matched.isPresent() ? "dyad 1.00, code 1.00" : "first report",
        method,
        representative,
        copyGroup,
        "attack",
        List.of("attack"),
        List.of());
  }

  private static CodedEvent event(
      ArticleRecord r,
      String source,
      String code,
      String target,
      double goldstein,
      int quad,
      EventDate date) {
    Sentence s = r.annotation().sentences().get(0);
    CharSpan sp = s.span();
    CharSpan first = s.tokens().get(0).span();
    return new CodedEvent(
        "cameo-1.1b3",
        new EventActor(
            source,
            NAMES.get(source),
            first.of(r.article().clean().text()),
            Optional.of(source.substring(0, 3)),
            Optional.empty(),
            first,
            "name",
            List.of()),
        Optional.of(
            new EventActor(
                target,
                NAMES.get(target),
                "them",
                Optional.of(target.substring(0, 3)),
                Optional.empty(),
                sp,
                "pronoun",
                List.of())),
        new EventType(code, "name of " + code, goldstein, quad),
        new PloverType(quad > 2 ? "ASSAULT" : "AGREE", "", List.of()),
        EventFlags.ASSERTED,
        0.8,
        new EventEvidence(s.index(), sp, s.tokens().get(1).span(), code + " test"),
        date);
  }

  /** One article of one sentence, its text the clean text (identity offsets). */
  private static ArticleRecord article(
      String url, LocalDate published, String outlet, String text) {
    CleanText clean = CleanText.identity(text);
    String contentSha = ArticleId.sha256Hex(text);
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    RawArticle rawArticle =
        new RawArticle(
            new SourceRef("inputs/news.jsonl", "line 1", 0),
            text,
            ContentType.PLAIN_TEXT,
            "UTF-8",
            ArticleId.sha256Hex(raw),
            raw.length,
            DeclaredMetadata.of(url, "Title of " + url, published.toString(), outlet, null),
            List.of());
    CleanArticle article =
        new CleanArticle(
            ArticleId.of(url, contentSha),
            rawArticle,
            url,
            contentSha,
            clean,
            Optional.of("Title of " + url),
            Optional.of(outlet),
            PublishedDate.declared(published, published.toString(), "declared"),
            new Language("en", 0.99),
            List.of());
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(
          new Token(
              tokens.size(),
              new CharSpan(m.start(), m.end()),
              m.group(),
              m.group().toLowerCase(java.util.Locale.ROOT),
              "NN",
              "O"));
    }
    Sentence s = new Sentence(0, new CharSpan(0, text.length()), tokens, List.of(), false);
    return new ArticleRecord(
        article, new AnnotatedText("toy-1.0", List.of(s), List.of(), List.of()));
  }
}
