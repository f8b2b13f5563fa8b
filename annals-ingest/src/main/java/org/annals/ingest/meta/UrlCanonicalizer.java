package org.annals.ingest.meta;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Canonical URLs, so the same article reached by different links gets the same id: lower-case
 * scheme and host, no default port, no fragment, no tracking parameters ({@code utm_*}, {@code
 * fbclid}, {@code gclid}, …), remaining parameters sorted, no trailing slash on paths. Local files
 * without a URL get their absolute {@code file:} URI. Thread-safe.
 */
public final class UrlCanonicalizer {
  private static final Pattern TRACKING =
      Pattern.compile(
          "(?i)^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|"
              + "cmpid|ocid|smid|sr_share|at_medium|at_campaign|taid|ito|cid|share|s|amp)$");

  private UrlCanonicalizer() {}

  /** The canonical form of {@code url}, or empty if it is not an absolute http(s) URL. */
  public static Optional<String> canonicalize(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI u = new URI(url.strip().replace(" ", "%20"));
      String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return Optional.empty();
      }
      String host = u.getHost();
      if (host == null) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      int port = u.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
        port = -1;
      }
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      List<String> params = new ArrayList<>();
      if (u.getRawQuery() != null) {
        for (String p : u.getRawQuery().split("&")) {
          String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
          if (!p.isEmpty() && !TRACKING.matcher(name).matches()) {
            params.add(p);
          }
        }
      }
      params.sort(null);
      String query = params.isEmpty() ? "" : "?" + String.join("&", params);
      return Optional.of(scheme + "://" + host + (port == -1 ? "" : ":" + port) + path + query);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The canonical URL for a local file with no URL of its own. */
  public static String forFile(Path file, String locator) {
    String uri = file.toAbsolutePath().normalize().toUri().toString();
    return locator.isEmpty() ? uri : uri + "#" + locator.replace(' ', '-');
  }

  /** The host of a URL without {@code www.}, for use as an outlet of last resort. */
  public static Optional<String> host(String url) {
    try {
      String host = new URI(url).getHost();
      if (host == null) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
