package org.annals.server;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Debian's Chromium driven by Playwright, for the browser tests: pages that record every console
 * error, page error, failed request and HTTP error answer, and screenshots under {@code
 * target/screenshots/}.
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("basedir", ".")).resolve("target/screenshots");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Launches headless Chromium, or fails the test saying how to install it. */
  static Chromium launch() {
    if (!Files.isExecutable(EXECUTABLE)) {
      fail(
          "the browser tests need Chromium at "
              + EXECUTABLE
              + "; install it: apt-get install chromium (.ci/run does this on CI)");
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
    return new Chromium(playwright, browser);
  }

  /** A fresh context at laptop size. */
  BrowserContext context() {
    return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
  }

  /**
   * A page that adds to {@code problems} every console error, page error, failed request and HTTP
   * error answer, except answers {@code expected} accepts (a test provoking a 401, say).
   */
  static Page watched(
      BrowserContext context,
      List<String> problems,
      Predicate<com.microsoft.playwright.Response> expected) {
    Page page = context.newPage();
    page.setDefaultTimeout(15_000);
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
            problems.add("console error: " + m.text() + " at " + m.location());
          }
        });
    page.onPageError(e -> problems.add("page error: " + e));
    page.onRequestFailed(r -> problems.add("request failed: " + r.url() + " " + r.failure()));
    page.onResponse(
        r -> {
          if (r.status() >= 400 && !expected.test(r)) {
            problems.add("HTTP " + r.status() + " for " + r.url());
          }
        });
    return page;
  }

  /** A screenshot of the whole page under target/screenshots/NAME.png. */
  static void screenshot(Page page, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /**
   * Ends a test's page: a screenshot named after the test, the context closed, then no recorded
   * problem allowed.
   */
  static void finish(Page page, BrowserContext context, List<String> problems, String name) {
    try {
      screenshot(page, name);
    } finally {
      context.close();
    }
    org.assertj.core.api.Assertions.assertThat(problems)
        .as("browser console errors and failed requests")
        .isEmpty();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
