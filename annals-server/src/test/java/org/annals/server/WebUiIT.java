package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.annals.store.ArticleStore;
import org.annals.testkit.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real browser: Debian's Chromium driven by Playwright, over the real server on a
 * random port and a {@link StoreFixture} store. Any console error, failed request or HTTP error
 * answer fails the test. Screenshots go to {@code target/screenshots/}.
 */
class WebUiIT {
  @TempDir static Path tmp;
  static final StoreFixture FIXTURE = new StoreFixture();
  static ArticleStore store;
  static ApiServer server;
  static Chromium chromium;

  BrowserContext context;
  Page page;
  final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() {
    chromium = Chromium.launch();
    Path data = tmp.resolve("data");
    FIXTURE.build(data);
    store = ArticleStore.open(data);
    server = ApiServer.over(store).start("127.0.0.1", 0);
    server.refreshSearch();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void open() {
    context = chromium.context();
    page = Chromium.watched(context, problems, r -> false);
  }

  @AfterEach
  void close(TestInfo test) {
    Chromium.finish(page, context, problems, test.getTestMethod().orElseThrow().getName());
  }

  String url(String hash) {
    return "http://127.0.0.1:" + server.port() + "/" + hash;
  }

  @Test
  void dashboardShowsCountsTheTimelineTopActorsAndStories() {
    page.navigate(url(""));
    PlaywrightAssertions.assertThat(page.locator("#count-articles")).hasText("3");
    PlaywrightAssertions.assertThat(page.locator("#count-events")).hasText("3");
    PlaywrightAssertions.assertThat(page.locator("#count-stories")).hasText("2");
    PlaywrightAssertions.assertThat(page.locator("#timeline-chart canvas")).hasCount(1);
    PlaywrightAssertions.assertThat(page.locator("#top-actors li").first()).isVisible();
    PlaywrightAssertions.assertThat(page.locator("#latest-stories"))
        .containsText("Russian attack on Kyiv");
  }

  @Test
  void filteringByActorChangesTheTableAndTheUrl() {
    page.navigate(url("#/events"));
    Locator rows = page.locator("#events-table tbody tr[data-id]");
    PlaywrightAssertions.assertThat(rows).hasCount(3);
    page.locator("#event-filters input[name=actor]").fill("USA");
    page.locator("#event-filters button[type=submit]").click();
    PlaywrightAssertions.assertThat(rows).hasCount(1);
    PlaywrightAssertions.assertThat(rows.first()).containsText("USAGOV");
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*#/events\\?actor=USA$"));

    // the URL is the view: loading it again gives the same table
    page.navigate(url("#/events?quad=1&text=istanbul"));
    PlaywrightAssertions.assertThat(rows).hasCount(1);
    PlaywrightAssertions.assertThat(rows.first()).containsText("RUSGOV");
    PlaywrightAssertions.assertThat(page.locator("#event-filters select[name=quad]")).hasValue("1");

    // the text filter finds words in the sentences
    page.navigate(url("#/events?text=" + "signed%20a%20deal"));
    PlaywrightAssertions.assertThat(rows).hasCount(2);
  }

  @Test
  void theSearchBoxFindsArticlesEventsAndActors() {
    page.navigate(url("#/events"));
    page.locator("#search-text").fill("attacks");
    page.locator("#search-text").press("Enter");
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*#/search\\?q=attacks$"));
    Locator hits = page.locator("#search-hits li.hit");
    PlaywrightAssertions.assertThat(hits).hasCount(4); // 2 articles and 2 events say "attacked"
    PlaywrightAssertions.assertThat(hits.first().locator("mark").first()).hasText("attacked");
    page.locator("#search-tabs button[data-type=event]").click();
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*type=event$"));
    PlaywrightAssertions.assertThat(hits).hasCount(2);
    PlaywrightAssertions.assertThat(page.locator("#search-text")).hasValue("attacks");
    page.locator("#search-hits li.hit-event a").first().click();
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*#/event/ev_[0-9a-f]+$"));
    PlaywrightAssertions.assertThat(page.locator("#mention-0 mark.sentence")).isVisible();

    // actors by name, linking to their events
    page.navigate(url("#/search?q=USAGOV&type=actor"));
    PlaywrightAssertions.assertThat(hits.first()).containsText("USAGOV");
    hits.first().locator("a").click();
    PlaywrightAssertions.assertThat(page.locator("#events-table tbody tr[data-id]")).hasCount(1);
  }

  @Test
  void anEventsEvidenceHighlightsEachReportsSentenceInItsArticle() {
    page.navigate(url("#/events?code=19"));
    Locator rows = page.locator("#events-table tbody tr[data-id]");
    PlaywrightAssertions.assertThat(rows).hasCount(1);
    rows.first().locator("td.sentence").click();
    PlaywrightAssertions.assertThat(page).hasURL(url("#/event/" + FIXTURE.attackId));
    Locator first = page.locator("#mention-0");
    PlaywrightAssertions.assertThat(first.locator("mark.sentence"))
        .hasText(
            "Russian troops attacked Kyiv on Monday, and Washington signed a deal with Caracas.");
    PlaywrightAssertions.assertThat(first.locator("mark.sentence mark.trigger")).hasText("troops");
    PlaywrightAssertions.assertThat(first).containsText("Wire A");
    PlaywrightAssertions.assertThat(first).containsText("founded");
    Locator second = page.locator("#mention-1");
    PlaywrightAssertions.assertThat(second.locator("mark.sentence"))
        .hasText("Russian troops attacked the Ukrainian capital again.");
    PlaywrightAssertions.assertThat(second).containsText("Wire B");
    PlaywrightAssertions.assertThat(second).containsText("merged");
    PlaywrightAssertions.assertThat(second).containsText("dyad 1.00");

    // the report's article opens with every event sentence marked and linked
    first.locator("a.article-title").click();
    PlaywrightAssertions.assertThat(page).hasURL(url("#/article/" + FIXTURE.articleA));
    PlaywrightAssertions.assertThat(page.locator("#article-events li")).hasCount(2);
    PlaywrightAssertions.assertThat(page.locator("#article-text mark.sentence")).hasCount(1);
    page.locator("#article-events a").nth(1).click();
    PlaywrightAssertions.assertThat(page).hasURL(url("#/event/" + FIXTURE.dealId));
  }

  @Test
  void dyadNetworkMapAndStoryPagesRender() throws Exception {
    page.navigate(url("#/dyad?a=RUS&b=UKR&interval=month"));
    PlaywrightAssertions.assertThat(page.locator("#dyad-chart canvas")).hasCount(1);
    PlaywrightAssertions.assertThat(page.locator("#dyad-result")).containsText("2 event(s)");
    shot("dyad");
    page.navigate(url("#/dyad?a=RUS&b=UKR&interval=month&normalize=articles"));
    PlaywrightAssertions.assertThat(page.locator("#dyad-result"))
        .containsText("events per 100 articles");
    Object bars =
        page.evaluate(
            "() => echarts.getInstanceByDom(document.querySelector('#dyad-chart'))"
                + ".getOption().series[3].data");
    assertThat(bars).isEqualTo(List.of(50, 0));
    PlaywrightAssertions.assertThat(page.locator("#dyad-form select[name=normalize]"))
        .hasValue("articles");

    page.navigate(url("#/network"));
    PlaywrightAssertions.assertThat(page.locator("#network-chart canvas")).hasCount(1);
    PlaywrightAssertions.assertThat(page.locator("#view")).containsText("RUSMIL → UKR");
    shot("network");

    page.navigate(url("#/map"));
    PlaywrightAssertions.assertThat(page.locator("#map-chart canvas")).hasCount(1);
    PlaywrightAssertions.assertThat(page.locator("#view"))
        .containsText("1 place of 1 event (2 not placed)");
    Object kyiv =
        page.evaluate(
            "() => echarts.getInstanceByDom(document.querySelector('#map-chart'))"
                + ".getOption().series[0].data.map(d => d.value.join(','))");
    assertThat(kyiv).isEqualTo(List.of("30.5238,50.4547"));
    shot("map");

    page.navigate(url("#/stories"));
    PlaywrightAssertions.assertThat(page.locator("#stories-table tbody tr[data-id]")).hasCount(2);
    page.locator("#stories-table a", new Page.LocatorOptions().setHasText("Russian attack"))
        .click();
    PlaywrightAssertions.assertThat(page.locator("#story-timeline .item")).hasCount(4);
  }

  @Test
  void atANarrowWidthTheTableScrollsSidewaysAndNoPageOverflows() {
    page.setViewportSize(390, 844);
    page.navigate(url("#/events"));
    PlaywrightAssertions.assertThat(page.locator("#events-table tbody tr[data-id]")).hasCount(3);
    Object overflow =
        page.evaluate(
            "() => { const w = document.querySelector('.table-wrap');"
                + " return w.scrollWidth > w.clientWidth"
                + " && document.documentElement.scrollWidth <= window.innerWidth; }");
    assertThat(overflow).as("the table scrolls inside its box, the page does not").isEqualTo(true);
    // every other page fits the phone's width too
    for (String view :
        List.of(
            "",
            "#/search?q=attacked",
            "#/article/" + FIXTURE.articleA,
            "#/event/" + FIXTURE.attackId,
            "#/add",
            "#/stories",
            "#/dyad?a=RUS&b=UKR",
            "#/map")) {
      page.navigate(url(view));
      page.locator("#view h1").first().waitFor();
      page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
      Object fits =
          page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
      assertThat(fits).as("%s fits 390 px", view).isEqualTo(true);
    }
  }

  private void shot(String name) {
    Chromium.screenshot(page, name);
  }
}
