package org.annals.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules that recognize boilerplate paragraphs in news text: photo credits and captions, comment
 * sections and login prompts, author bios and credits, embedded social posts, share and follow
 * prompts, disclaimers, source lines, developing-story notices, ads and cookie notices. Each rule
 * is a whole-line pattern, tight enough not to match ordinary news sentences. Stateless and
 * thread-safe.
 */
final class LineClassifier {
  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private record Rule(String reason, Pattern pattern, int maxWords) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule("separator", Pattern.compile("^[^\\p{L}\\p{N}]*$"), 1000),
          new Rule(
              "social-embed",
              Pattern.compile(
                  "pic\\.twitter\\.com/|https?://t\\.co/|^\\s*(view this post on instagram|a post"
                      + " shared by|view (this )?on (x|twitter|instagram|facebook|tiktok))",
                  I),
              400),
          new Rule(
              "social-embed",
              Pattern.compile("^[—–-]\\s*[^()]{1,80}\\(@\\w{1,30}\\)(\\s+\\S.*)?$", I),
              30),
          new Rule("url-line", Pattern.compile("^(https?://|www\\.)\\S+$", I), 1),
          new Rule(
              "photo-credit",
              Pattern.compile(
                  "^[(\\[]?\\s*(photo(graph)?s?|image|picture|illustration|graphic|video|credit|"
                      + "photo credit|file photo)\\s*(:|by\\b|credit\\b|[)\\]])",
                  I),
              30),
          new Rule(
              "photo-credit",
              Pattern.compile(
                  "(getty images|via getty|reuters/|\\bap photo\\b|epa-efe|shutterstock|"
                      + "xinhua/|afp photo|/afp\\b|/ap\\b|\\bpool photo\\b|©)",
                  I),
              14),
          new Rule(
              "caption",
              Pattern.compile(
                  "\\([^()]{0,80}[\\p{L}][^()]{0,80}(/|\\bvia\\b|\\bphoto\\b)[^()]{0,60}\\)\\s*$",
                  I),
              90),
          new Rule(
              "caption",
              Pattern.compile(
                  "\\((?:(?i:left|right|centre|center|front|back|top|bottom|seated|standing|"
                      + "l-r|r-l|from left|from right)|(?i:2nd|second|third|3rd) (?i:from )?"
                      + "(?i:left|right)|L|R|C)\\)"),
              90),
          new Rule(
              "comments",
              Pattern.compile(
                  "^(\\d+\\s+)?(top |reader |latest |user |show |view |load )?comments?"
                      + "(\\s*\\(\\d+\\))?:?$|^comments are (closed|disabled)|^no comments|"
                      + "comment rules|^(please )?(log ?in|sign ?in|register)\\b.{0,60}\\b(to "
                      + "comment|to join|to reply)|^leave a (comment|reply)|^join the "
                      + "(conversation|discussion)|^be the first to comment|^login with "
                      + "(facebook|google|twitter|apple)|^\\d+ (comments?|replies)$",
                  I),
              40),
          new Rule(
              "login-prompt",
              Pattern.compile(
                  "^(subscribe( now)?|already (a subscriber|have an account)|(log|sign) ?in( |$|"
                      + " to)|create (a )?(free )?account|you have \\d+ free articles?|"
                      + "register (now|for free))",
                  I),
              25),
          new Rule(
              "share",
              Pattern.compile(
                  "^(?=.*\\b(share|tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|telegram"
                      + "|reddit|pinterest|copy)\\b)((share|tweet|email|e-mail|print|copy|whatsapp|facebook|twitter|x|linkedin|"
                      + "telegram|reddit|pinterest|messenger|flipboard|this|article|story|on|"
                      + "via|the|post|link|save|comment|comments|url)[\\s|,·•/:+&-]*){1,14}$",
                  I),
              14),
          new Rule(
              "share",
              Pattern.compile(
                  "^follow (us|[^.]{1,60}?) on (twitter|x|facebook|instagram|telegram|whatsapp|"
                      + "social media|linkedin|tiktok|youtube|threads|bluesky|google news)\\b|"
                      + "^click (here )?to (share|print|email)|^share (this|on|via)\\b|"
                      + "\\b(sign up|subscribe)\\b.{0,60}\\b(newsletter|updates|alerts|channel|"
                      + "podcast|briefing)\\b|^download (our|the) app|\\b(is|are) (now )?on "
                      + "(whatsapp|telegram|instagram|google news|threads)\\b|\\bjoin our "
                      + "(\\w+ )?(channel|community|newsletter)\\b|^get (the|our) (latest|daily)"
                      + " .{0,40}(newsletter|inbox)",
                  I),
              30),
          new Rule(
              "feed-footer",
              Pattern.compile("^the post .{1,300} appeared first on .{1,80}$", I),
              80),
          new Rule(
              "related",
              Pattern.compile(
                  "^(read more|read also|also read|related( stories| articles| coverage)?|"
                      + "see also|more on this( story)?|recommended( reading)?|you may also"
                      + " like|most read|trending now)\\b\\s*[:»>|-]?",
                  I),
              25),
          new Rule(
              "ad",
              Pattern.compile(
                  "^(advertisement|advertising|sponsored( content)?|promoted( content)?|ad|"
                      + "story continues below( this)?( advertisement)?|scroll to continue( with"
                      + " content)?|continue reading( below)?)\\W*$",
                  I),
              8),
          new Rule(
              "cookie-notice",
              Pattern.compile(
                  "(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie "
                      + "(policy|settings|preferences))",
                  I),
              60),
          new Rule(
              "disclaimer",
              Pattern.compile(
                  "^(disclaimer\\b|the views (and opinions )?expressed (in this|here|are)|all "
                      + "rights reserved|copyright (©\\s*)?\\d{4}|\\(c\\) \\d{4}|this (article|"
                      + "story|content) (may not|cannot) be (reproduced|republished))",
                  I),
              60),
          new Rule(
              "developing-notice",
              Pattern.compile(
                  "^(this is (a |an )?(developing|breaking|evolving) (news )?(story|situation)"
                      + "|this (story|article|report|page) (is developing|will be updated|has "
                      + "been updated|is being updated)|this is news in development|"
                      + "(breaking|developing)( news| story)?\\W*$|more (information|details) "
                      + "(will|to) (be added|follow|come)|check back (later )?for updates|"
                      + "refresh (this page )?for updates)",
                  I),
              40),
          new Rule(
              "credits",
              Pattern.compile(
                  "^(\\(?(reporting|writing|additional reporting|editing|compiled|translated)"
                      + " (by|from)\\b)",
                  I),
              60),
          new Rule("byline", Pattern.compile("^(by|words by|written by)\\s+\\p{Lu}", I), 10),
          new Rule(
              "source-line",
              Pattern.compile(
                  "^(sources?\\s*:|originally published (by|in|on|at)|this (article|story) "
                      + "(was )?(originally |first )?(published|appeared) (by|in|on|at))"
                      + "\\s*\\S.{0,80}$",
                  I),
              15));

  /** Rules that only apply near the end of an article, where bios and sign-offs sit. */
  private static final Pattern AUTHOR_BIO =
      Pattern.compile(
          "^(about the author\\b|(I['’]m|I am) \\p{Lu}[\\p{L}'’.-]+(,| )|\\p{Lu}[\\p{L}'’.-]+"
              + "(?: \\p{Lu}[\\p{L}'’.-]+){1,3} (is|was|has been) (a|an|the) [^.]{0,80}\\b("
              + "writer|journalist|reporter|editor|correspondent|author|contributor|columnist|"
              + "freelancer?|producer)\\b|follow (him|her|them) on|contact the author|"
              + "(he|she) can be reached at)",
          I);

  private static final Pattern SOURCE_VALUE =
      Pattern.compile(
          "^(?:source|sources|originally published (?:by|in|on|at)|this (?:article|story) "
              + "(?:was )?(?:originally |first )?(?:published|appeared) (?:by|in|on|at))\\s*:?"
              + "\\s*(.+?)\\.?$",
          I);

  private LineClassifier() {}

  private static final Pattern NETWORK =
      Pattern.compile(
          "(?i)^(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|e-?mail|"
              + "messenger|flipboard|threads|bluesky|print|copy link)$");

  /**
   * A share bar in any language: a short line in which social networks make up at least half of the
   * words, e.g. "Compartir en Facebook | Twitter | WhatsApp".
   */
  static boolean isShareBar(String line) {
    String[] words = line.strip().split("[\\s|,·•/]+");
    if (words.length > 12) {
      return false;
    }
    int networks = 0;
    int counted = 0;
    for (String w : words) {
      String t = w.replaceAll("[^\\p{L}-]", "");
      if (t.isEmpty()) {
        continue;
      }
      counted++;
      if (NETWORK.matcher(t).matches()) {
        networks++;
      }
    }
    return networks >= 2 && networks * 2 >= counted;
  }

  /** The boilerplate reason for a line on its own, or null. */
  static String classify(String line) {
    if (isShareBar(line)) {
      return "share";
    }
    int words = line.isBlank() ? 0 : line.strip().split("\\s+").length;
    for (Rule rule : RULES) {
      if (words <= rule.maxWords() && rule.pattern().matcher(line).find()) {
        return rule.reason();
      }
    }
    return null;
  }

  static boolean isAuthorBio(String line) {
    return line.split("\\s+").length <= 120 && AUTHOR_BIO.matcher(line).find();
  }

  /** The outlet named by a {@code source-line}, if any. */
  static String sourceValue(String line) {
    var m = SOURCE_VALUE.matcher(line.strip());
    return m.matches() ? m.group(1).strip() : null;
  }
}
