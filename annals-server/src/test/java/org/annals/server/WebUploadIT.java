package org.annals.server;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.annals.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding articles in a real browser: paste one and upload a file through the web UI, watch the job
 * code them with the real pipeline (CoreNLP), and find their events in the views.
 */
class WebUploadIT {
  static final String TOKEN = "browser-token-0123456789";

  /** The first job loads CoreNLP's models. */
  static final double JOB_TIMEOUT_MS = 240_000;

  @TempDir static Path tmp;
  static ArticleStore store;
  static ApiServer server;
  static Chromium chromium;

  BrowserContext context;
  Page page;
  final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() {
    chromium = Chromium.launch();
    store = ArticleStore.open(tmp.resolve("data"));
    server = ApiServer.over(store, ServerOptions.writable(TOKEN)).start("127.0.0.1", 0);
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
    // the one error answer the test provokes: a write with the wrong token
    page = Chromium.watched(context, problems, r -> r.status() == 401);
  }

  @AfterEach
  void close(TestInfo test) {
    Chromium.finish(page, context, problems, test.getTestMethod().orElseThrow().getName());
  }

  String url(String hash) {
    return "http://127.0.0.1:" + server.port() + "/" + hash;
  }

  @Test
  void pasteAnArticleWatchItCodedThenOpenItsEvidence() {
    page.navigate(url("#/add"));
    PlaywrightAssertions.assertThat(page.locator("#jobs-table")).containsText("No jobs");

    // a wrong token is refused with the server's message, and nothing is queued
    page.locator("#write-token").fill("not-the-token-0123456789");
    page.locator("#paste-text").fill("Some text.");
    page.locator("#paste-form button[type=submit]").click();
    PlaywrightAssertions.assertThat(page.locator("#write-error"))
        .containsText("the token does not match");

    page.locator("#write-token").fill(TOKEN);
    page.locator("#paste-title").fill("Talks in Moscow");
    page.locator("#paste-published").fill("2025-05-08");
    page.locator("#paste-text")
        .fill(
            "Venezuelan President Nicolas Maduro met Russian President Vladimir Putin in Moscow on"
                + " Wednesday. The two leaders signed a strategic partnership treaty.");
    page.locator("#paste-form button[type=submit]").click();
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*#/add\\?job=job_\\d+$"));
    Locator card = page.locator("#job-card");
    PlaywrightAssertions.assertThat(card)
        .hasAttribute(
            "data-state",
            "done",
            new LocatorAssertions.HasAttributeOptions().setTimeout(JOB_TIMEOUT_MS));
    PlaywrightAssertions.assertThat(page.locator("#job-counts")).containsText("1 article added");
    PlaywrightAssertions.assertThat(page.locator("#job-articles")).containsText("Talks in Moscow");

    // the job links to the article's events; one opens its evidence in the article
    page.locator("#job-articles a.job-event").first().click();
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*#/event/ev_[0-9a-f]+$"));
    PlaywrightAssertions.assertThat(page.locator("#mention-0 mark.sentence")).isVisible();
    PlaywrightAssertions.assertThat(page.locator("#mention-0")).containsText("Talks in Moscow");

    // and the new events are in the table and on the dashboard
    page.navigate(url("#/events?actor=VEN"));
    PlaywrightAssertions.assertThat(page.locator("#events-table tbody tr[data-id]").first())
        .containsText("VENGOV");
    page.navigate(url("#/"));
    PlaywrightAssertions.assertThat(page.locator("#count-articles")).hasText("1");
  }

  @Test
  void uploadAFileAndSeeItsProblemsAndItsArticle() {
    page.navigate(url("#/add"));
    page.locator("#write-token").fill(TOKEN);
    page.locator("#upload-files")
        .setInputFiles(
            new com.microsoft.playwright.options.FilePayload[] {
              new com.microsoft.playwright.options.FilePayload(
                  "strike.txt",
                  "text/plain",
                  ("Caribbean strike\n\nThe United States military struck a boat in the Caribbean"
                          + " on Tuesday, Defense Secretary Pete Hegseth said.\n")
                      .getBytes(StandardCharsets.UTF_8)),
              new com.microsoft.playwright.options.FilePayload(
                  "menu.html",
                  "text/html",
                  "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8))
            });
    page.locator("#upload-form button[type=submit]").click();
    Locator card = page.locator("#job-card");
    PlaywrightAssertions.assertThat(card)
        .hasAttribute(
            "data-state",
            "done",
            new LocatorAssertions.HasAttributeOptions().setTimeout(JOB_TIMEOUT_MS));
    PlaywrightAssertions.assertThat(page.locator("#job-problems")).containsText("menu.html");
    PlaywrightAssertions.assertThat(page.locator("#job-problems")).containsText("no article text");
    PlaywrightAssertions.assertThat(page.locator("#job-articles")).containsText("added");

    // the job is listed, and its URL shows it again
    String jobUrl = page.url();
    page.navigate(url("#/"));
    page.navigate(jobUrl);
    PlaywrightAssertions.assertThat(page.locator("#jobs-table tbody tr[data-id]").first())
        .containsText("strike.txt");
    PlaywrightAssertions.assertThat(page.locator("#job-card")).hasAttribute("data-state", "done");
  }
}
