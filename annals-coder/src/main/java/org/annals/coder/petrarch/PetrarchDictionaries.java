package org.annals.coder.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.coder.codebook.Codebook;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.VerbLexicon;

/**
 * PETRARCH 2 dictionaries translated into Annals dictionaries.
 *
 * <p>The PETRARCH files are translated into Annals-format text ({@code docs/dictionaries.md}),
 * which is then loaded with {@link ActorDictionary#of} and {@link VerbLexicon#of}; {@link
 * #actorText()} and {@link #verbText()} hold that text. What could not be translated is counted in
 * {@link #report()}.
 *
 * @param actors actors ({@code .actors}) and agents ({@code .agents}) as an Annals dictionary
 * @param verbs the verb patterns and synsets as an Annals lexicon; single-word discards are its
 *     {@code !discard} directive
 * @param discardPhrases multi-word discard phrases (lower case), which Annals' {@code !discard}
 *     cannot hold
 * @param storyDiscards the subset of all discards (single or multi-word) that PETRARCH applies to a
 *     whole story ({@code +PHRASE})
 * @param actorText the Annals actor text the dictionary was loaded from
 * @param verbText the Annals verb text the lexicon was loaded from
 * @param report what was read, translated, approximated and skipped, with examples
 * @param extraCodes event codes the patterns use that CAMEO 1.1b3 lacks (code with {@link
 *     org.annals.coder.codebook.Codebook#withExtraCodes})
 */
public record PetrarchDictionaries(
    ActorDictionary actors,
    VerbLexicon verbs,
    List<String> discardPhrases,
    List<String> storyDiscards,
    String actorText,
    String verbText,
    String report,
    java.util.Set<String> extraCodes) {

  public PetrarchDictionaries {
    extraCodes = java.util.Set.copyOf(extraCodes);
    discardPhrases = List.copyOf(discardPhrases);
    storyDiscards = List.copyOf(storyDiscards);
  }

  /**
   * Loads the PETRARCH dictionaries in a folder, found by name: verbs {@code *.verbs.txt} or {@code
   * CAMEO*.txt}, actors {@code *.actors.txt}, agents {@code *.agents.txt}, discards {@code
   * *discards*.txt}. Files of a kind are read in name order.
   */
  public static PetrarchDictionaries load(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    List<Path> verbs = new ArrayList<>();
    List<Path> actors = new ArrayList<>();
    List<Path> agents = new ArrayList<>();
    List<Path> discards = new ArrayList<>();
    for (Path p : files) {
      String n = p.getFileName().toString();
      String lower = n.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".verbs.txt") || (n.startsWith("CAMEO") && lower.endsWith(".txt"))) {
        verbs.add(p);
      } else if (lower.endsWith(".actors.txt")) {
        actors.add(p);
      } else if (lower.endsWith(".agents.txt")) {
        agents.add(p);
      } else if (lower.contains("discards") && lower.endsWith(".txt")) {
        discards.add(p);
      }
    }
    if (verbs.isEmpty() && actors.isEmpty() && agents.isEmpty() && discards.isEmpty()) {
      throw new IllegalArgumentException("no PETRARCH dictionaries in " + dir);
    }
    return load(verbs, actors, agents, discards);
  }

  /** Loads the given PETRARCH files (any list may be empty). */
  public static PetrarchDictionaries load(
      List<Path> verbFiles, List<Path> actorFiles, List<Path> agentFiles, List<Path> discardFiles) {
    Translation t = new Translation();
    for (Path p : verbFiles) {
      t.verbs(p.toString(), SourceLine.read(p));
    }
    for (Path p : actorFiles) {
      t.actors(p.toString(), SourceLine.read(p));
    }
    for (Path p : agentFiles) {
      t.agents(p.toString(), SourceLine.read(p));
    }
    for (Path p : discardFiles) {
      t.discards(p.toString(), SourceLine.read(p));
    }
    return t.build();
  }

  /** The translation of PETRARCH texts given in memory (for tests and tools). */
  public static Translation translation() {
    return new Translation();
  }

  /** Collects PETRARCH files of each kind, then builds the Annals dictionaries. */
  public static final class Translation {
    private final ActorTranslator actorTr = new ActorTranslator();
    private final AgentTranslator agentTr = new AgentTranslator();
    private final VerbTranslator verbTr = new VerbTranslator(Codebook.standard());
    private final Tally discardTally = new Tally("discards");
    private final AnnalsText actorOut = new AnnalsText();
    private final AnnalsText agentOut = new AnnalsText();
    private final AnnalsText patternOut = new AnnalsText();
    private final Set<String> discardWords = new LinkedHashSet<>();
    private final List<SourceLine> discardOrigins = new ArrayList<>();
    private final Set<String> discardPhrases = new LinkedHashSet<>();
    private final Set<String> storyDiscards = new LinkedHashSet<>();
    private final List<String> files = new ArrayList<>();
    private SourceLine firstVerbLine;

    private Translation() {}

    /** Adds a verbs file's text; {@code file} names it in messages. */
    public Translation verbs(String file, String text) {
      return verbs(file, SourceLine.lines(file, text));
    }

    public Translation actors(String file, String text) {
      return actors(file, SourceLine.lines(file, text));
    }

    public Translation agents(String file, String text) {
      return agents(file, SourceLine.lines(file, text));
    }

    public Translation discards(String file, String text) {
      return discards(file, SourceLine.lines(file, text));
    }

    Translation verbs(String file, List<SourceLine> lines) {
      files.add("verbs " + file);
      if (firstVerbLine == null && !lines.isEmpty()) {
        firstVerbLine = lines.get(0);
      }
      verbTr.read(lines, patternOut);
      return this;
    }

    Translation actors(String file, List<SourceLine> lines) {
      files.add("actors " + file);
      actorTr.read(lines, actorOut);
      return this;
    }

    Translation agents(String file, List<SourceLine> lines) {
      files.add("agents " + file);
      agentTr.read(lines, agentOut);
      return this;
    }

    Translation discards(String file, List<SourceLine> lines) {
      files.add("discards " + file);
      for (SourceLine line : lines) {
        String t = line.text().trim();
        discardTally.read();
        boolean story = t.startsWith("+");
        if (story) {
          t = t.substring(1).trim();
        }
        String phrase = Names.name(t).toLowerCase(Locale.ROOT);
        if (phrase.isEmpty()) {
          discardTally.skip("empty phrase", line.where());
          continue;
        }
        if (phrase.contains(" ")) {
          discardPhrases.add(phrase);
        } else {
          if (!phrase.matches("[\\p{L}\\p{N}'.&-]+")) {
            discardTally.skip("not a word or phrase", line.where() + " " + t);
            continue;
          }
          if (discardWords.add(phrase)) {
            discardOrigins.add(line);
          }
          if (story) {
            discardTally.approximate(
                "story discard (+) applied to its sentence by !discard", line.where() + " " + t);
          }
        }
        if (story) {
          storyDiscards.add(phrase);
        }
        discardTally.translated();
      }
      return this;
    }

    /** Loads the translated text into Annals dictionaries. */
    public PetrarchDictionaries build() {
      actorTr.flush(actorOut);
      // one text: actors first, then agents
      String actors = actorOut.text() + agentOut.text();
      ActorDictionary dict =
          concat(actorOut, agentOut)
              .load("translated actors", s -> ActorDictionary.of("petrarch-actors", s));
      AnnalsText verbText = new AnnalsText();
      SourceLine origin = firstVerbLine != null ? firstVerbLine : new SourceLine("petrarch", 0, "");
      verbTr.writeClasses(verbText, origin);
      if (!discardWords.isEmpty()) {
        int k = 0;
        for (String w : discardWords) {
          verbText.line("!discard " + w, discardOrigins.get(k++));
        }
      }
      AnnalsText verbs = concat(verbText, patternOut);
      VerbLexicon lex = verbs.load("translated verbs", s -> VerbLexicon.of("petrarch-verbs", s));
      return new PetrarchDictionaries(
          dict,
          lex,
          List.copyOf(discardPhrases),
          List.copyOf(storyDiscards),
          actors,
          verbs.text(),
          report(dict, lex),
          verbTr.extraCodes);
    }

    private static AnnalsText concat(AnnalsText a, AnnalsText b) {
      AnnalsText out = new AnnalsText();
      a.copyTo(out);
      b.copyTo(out);
      return out;
    }

    private String report(ActorDictionary dict, VerbLexicon lex) {
      StringBuilder b = new StringBuilder();
      b.append("PETRARCH dictionaries: ").append(String.join(", ", files)).append('\n');
      actorTr.tally().appendTo(b);
      agentTr.tally().appendTo(b);
      verbTr.synsets().appendTo(b);
      verbTr.verbs().appendTo(b);
      verbTr.patterns().appendTo(b);
      discardTally.appendTo(b);
      b.append(
          String.format(
              Locale.ROOT,
              "discards: %d single words as !discard, %d multi-word phrases, %d story-level%n",
              discardWords.size(),
              discardPhrases.size(),
              storyDiscards.size()));
      b.append(
          String.format(
              Locale.ROOT,
              "Annals: %d actor phrases (%d countries, %d people), %d verb patterns for %d lemmas%n",
              dict.phraseCount(),
              dict.countryCount(),
              dict.personCount(),
              lex.patternCount(),
              lex.lemmas().size()));
      return b.toString();
    }
  }
}
