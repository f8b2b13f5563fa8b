/**
 * The REST API: read-only routes under {@code /api/v1} over an {@link
 * org.annals.store.ArticleStore}, served by Javalin, described by {@code /openapi.json}; and the
 * web UI, static files under {@code resources/org/annals/server/web/} served at {@code /} (a single
 * page app with hash routes that calls the same API; ECharts from its WebJar).
 *
 * <p>Handlers parse ({@link org.annals.server.Params}, {@link org.annals.server.EventFilter}), ask
 * the store, and render the records of {@code org.annals.engine} ({@code EventRecords}, {@code
 * ArticleRecords}, {@code ActorRecords}), the same JSON the CLI prints. Errors are thrown as {@link
 * org.annals.server.ApiException} (or come from the store) and rendered once, in {@link
 * org.annals.server.ApiServer}, as {@code {"error", "status"}}.
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>Every route's query parameters are declared in {@code Routes.all()}; anything else is a
 *       400. Add a parameter there <em>and</em> in {@code openapi.json}: a test checks both match.
 *   <li>{@code quad} and {@code text} are filtered here, over every real event the store filters
 *       select, before paging: fine for a laptop store, not for millions of events.
 *   <li>The UI's files are served without a build step; the page names the ECharts WebJar's version
 *       in its script tag ({@code index.html}), so bumping {@code echarts.version} in the parent
 *       POM means editing it there too ({@code WebUiTest} fails until then).
 *   <li>{@code WebUiIT} drives {@code /usr/bin/chromium}; it fails, on purpose, when it is absent.
 * </ul>
 */
package org.annals.server;
