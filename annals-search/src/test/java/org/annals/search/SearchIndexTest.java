package org.annals.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.model.CharSpan;
import org.annals.store.ArticleStore;
import org.annals.testkit.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index over a real store built without CoreNLP ({@link StoreFixture}). */
class SearchIndexTest {
  @TempDir Path data;
  StoreFixture fixture;
  ArticleStore store;
  SearchIndex index;

  @BeforeEach
  void open() {
    fixture = new StoreFixture();
    fixture.buildWithCandidate(data);
    store = ArticleStore.open(data);
    index = SearchIndex.open(data);
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  private SearchResult search(String query, DocType... types) {
    return index.search(query, Set.of(types), 100, 0);
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void refreshIndexesEverythingOnceAndThenNothing() {
    RefreshReport first = index.refresh(store);
    assertThat(first.articlesAdded()).isEqualTo(4);
    assertThat(first.events()).isEqualTo(3);
    assertThat(first.actors()).as("6 codes and 1 candidate").isEqualTo(7);
    assertThat(first.changed()).isTrue();
    assertThat(index.directory()).isEqualTo(data.toAbsolutePath().resolve("search"));
    SearchResult before = search("*:*");
    assertThat(before.total()).isEqualTo(14);

    RefreshReport second = index.refresh(store);
    assertThat(second.changed()).isFalse();
    assertThat(second.articlesInIndex()).isEqualTo(4);
    assertThat(search("*:*").totals()).isEqualTo(before.totals());

    index.close();
    index = SearchIndex.open(data);
    assertThat(index.refresh(store).changed()).as("after reopening too").isFalse();
    assertThat(search("*:*").totals()).isEqualTo(before.totals());
    assertThat(index.count(DocType.EVENT)).isEqualTo(3);
  }

  @Test
  void findsArticlesEventsAndActors() {
    index.refresh(store);
    SearchResult istanbul = search("Istanbul");
    assertThat(istanbul.hits())
        .extracting(SearchHit::type, SearchHit::id)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(DocType.ARTICLE, storeArticleC()),
            org.assertj.core.groups.Tuple.tuple(DocType.EVENT, fixture.meetingId));
    SearchHit event =
        istanbul.hits().stream().filter(h -> h.type() == DocType.EVENT).findFirst().orElseThrow();
    assertThat(event.title()).isEqualTo("RUSGOV 036 UKRGOV");
    assertThat(event.date()).contains(LocalDate.of(2024, 4, 10));

    SearchResult arbelaez = search("Arbelaez");
    assertThat(ids(arbelaez))
        .containsExactlyInAnyOrder("candidate:tomas arbelaez", fixture.articleD);
    SearchHit candidate =
        arbelaez.hits().stream().filter(h -> h.type() == DocType.ACTOR).findFirst().orElseThrow();
    assertThat(candidate.title()).isEqualTo("Tomas Arbelaez");
    assertThat(candidate.snippet().matches()).containsOnly("Arbelaez");
    assertThat(ids(search("\"likely country COL\""))).containsExactly("candidate:tomas arbelaez");

    SearchResult government = search("\"Ukrainian government\"", DocType.ACTOR);
    assertThat(ids(government)).containsExactly("UKRGOV");
    assertThat(ids(search("RUSMIL", DocType.ACTOR))).containsExactly("RUSMIL");
    assertThat(ids(search("codes:RUSMIL", DocType.EVENT))).containsExactly(fixture.attackId);
    assertThat(ids(search("codes:RUS*", DocType.ACTOR))).containsExactly("RUSGOV", "RUSMIL");
    assertThat(ids(search("description:\"name of 057\"")))
        .as("the CAMEO description")
        .containsExactly(fixture.dealId);
    assertThat(ids(search("date:2024-03*", DocType.ARTICLE))).hasSize(2);
  }

  private String storeArticleC() {
    return search("\"Moscow met\"", DocType.ARTICLE).hits().get(0).id();
  }

  @Test
  void stemmingFindsOtherFormsAndSnippetsMarkTheWords() {
    index.refresh(store);
    SearchResult r = search("attacks");
    assertThat(r.totals())
        .containsEntry(DocType.ARTICLE, 2L)
        .as("the attack, and the deal in the same sentence")
        .containsEntry(DocType.EVENT, 2L)
        .containsEntry(DocType.ACTOR, 0L);
    for (SearchHit h : r.hits()) {
      assertThat(h.snippet().matches()).as(h.id()).containsOnly("attacked");
      for (CharSpan s : h.snippet().highlights()) {
        assertThat(h.snippet().text().substring(s.start(), s.end())).isEqualTo("attacked");
      }
      assertThat(h.snippet().marked("[", "]")).contains("[attacked]");
    }
  }

  @Test
  void phrasesMatchWordsInOrder() {
    index.refresh(store);
    SearchResult r = search("\"troops attacked Kyiv\"", DocType.ARTICLE);
    assertThat(ids(r)).containsExactly(fixture.articleA);
    assertThat(String.join(" ", r.hits().get(0).snippet().matches()))
        .isEqualTo("troops attacked Kyiv");
    assertThat(search("\"Kyiv attacked\"").total()).isZero();
  }

  @Test
  void typesFilterHitsButNotTheFacets() {
    index.refresh(store);
    SearchResult r = search("attacked", DocType.EVENT);
    assertThat(r.hits()).extracting(SearchHit::type).containsOnly(DocType.EVENT);
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.totals()).containsEntry(DocType.ARTICLE, 2L);
    assertThat(index.search("attacked", Set.of(DocType.EVENT, DocType.ARTICLE), 10, 0).total())
        .isEqualTo(4);
  }

  @Test
  void badQueriesSayWhatIsWrongAndHowToFixIt() {
    index.refresh(store);
    assertThatThrownBy(() -> search("attack AND"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("ends too early")
        .hasMessageContaining("double quotes")
        .satisfies(
            e -> assertThat(((QuerySyntaxException) e).column()).hasValue("attack AND".length()));
    assertThatThrownBy(() -> search("\"Kyiv attack"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("double quote is not closed");
    assertThatThrownBy(() -> search("Kyiv)"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("unexpected ')' at column 5")
        .satisfies(e -> assertThat(((QuerySyntaxException) e).pretty()).contains("\n    ^ "));
    assertThatThrownBy(() -> search("*tack"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("not allowed as first character")
        .hasMessageContaining("escape a special character");
    assertThatThrownBy(() -> search("\"Kyiv attack"))
        .satisfies(
            e -> assertThat(((QuerySyntaxException) e).pretty()).startsWith("\"Kyiv attack\n"));
    assertThatThrownBy(() -> search("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("query is empty");
    assertThatThrownBy(() -> index.search("Kyiv", Set.of(), 0, 0))
        .hasMessageContaining("limit must be 1..1000, got 0");
    assertThatThrownBy(() -> index.search("Kyiv", Set.of(), 1001, 0))
        .hasMessageContaining("got 1001");
    assertThatThrownBy(() -> index.search("Kyiv", Set.of(), 10, -1))
        .hasMessageContaining("offset must be 0 or more, got -1");
    assertThatThrownBy(() -> DocType.of("story"))
        .hasMessageContaining("use one of [article, event, actor]");
  }

  @Test
  void pagesAreStableAndAddUpToTheWhole() {
    StoreFixture.addArticles(store, 30);
    index.refresh(store);
    SearchResult all = index.search("Odesa OR Kyiv OR Russian", Set.of(), 1000, 0);
    assertThat(all.total()).isGreaterThan(30);
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < all.total(); offset += 7) {
      SearchResult page = index.search("Odesa OR Kyiv OR Russian", Set.of(), 7, offset);
      assertThat(page.total()).isEqualTo(all.total());
      paged.addAll(ids(page));
    }
    assertThat(paged).isEqualTo(ids(all));
    assertThat(index.search("Odesa", Set.of(), 5, 1000).hits()).isEmpty();
    List<Float> scores = all.hits().stream().map(SearchHit::score).toList();
    List<Float> sorted = new ArrayList<>(scores);
    sorted.sort(Collections.reverseOrder());
    assertThat(scores).isEqualTo(sorted);
  }

  @Test
  void aNewArticleIsFoundAfterTheNextRefresh() {
    index.refresh(store);
    assertThat(search("zeppelin").total()).isZero();
    String id =
        StoreFixture.addArticle(
            store,
            "https://e.example/zeppelin",
            LocalDate.of(2024, 6, 1),
            "Wire E",
            "A zeppelin flew over Kyiv.");
    RefreshReport r = index.refresh(store);
    assertThat(r.articlesAdded()).isEqualTo(1);
    assertThat(r.events()).as("events did not change").isZero();
    assertThat(ids(search("zeppelin"))).containsExactly(id);
    assertThat(search("zeppelin").hits().get(0).date()).contains(LocalDate.of(2024, 6, 1));
  }

  @Test
  void aLongTextGivesAShortSnippetAroundTheMatch() {
    String filler = "Nothing of note happened in the long and quiet afternoon. ".repeat(20);
    String text = filler + "Then a walrus was spotted near the pier, " + filler.repeat(2);
    String id =
        StoreFixture.addArticle(
            store, "https://f.example/long", LocalDate.of(2024, 6, 2), "Wire F", text);
    index.refresh(store);
    SearchHit hit = search("walrus").hits().get(0);
    assertThat(hit.id()).isEqualTo(id);
    Snippet s = hit.snippet();
    assertThat(s.text().length()).isLessThanOrEqualTo(Snippet.MAX_LENGTH + 4);
    assertThat(s.matches()).containsExactly("walrus");
    assertThat(s.text()).startsWith("…").contains("Then a walrus was spotted");
  }

  @Test
  void searchesDuringARefreshSeeTheOldOrTheNewIndexNeverAnError() throws Exception {
    index.refresh(store);
    StoreFixture.addArticles(store, 100);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger searches = new AtomicInteger();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  while (!done.get() || searches.get() < 20) {
                    SearchResult r = index.search("Kyiv OR Odesa", Set.of(), 20, 0);
                    long articles = r.totals().get(DocType.ARTICLE);
                    if (articles != 1 && articles != 101) {
                      throw new AssertionError("half a refresh seen: " + articles + " articles");
                    }
                    searches.incrementAndGet();
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              },
              "search-test-" + i);
      t.start();
      threads.add(t);
    }
    RefreshReport r = index.refresh(store);
    done.set(true);
    for (Thread t : threads) {
      t.join(30_000);
    }
    assertThat(failures).isEmpty();
    assertThat(r.articlesAdded()).isEqualTo(100);
    assertThat(search("Odesa").total()).isEqualTo(100);
  }
}
