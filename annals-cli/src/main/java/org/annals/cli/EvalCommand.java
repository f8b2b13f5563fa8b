package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.coder.codebook.Codebook;
import org.annals.coder.dict.VerbLexicon;
import org.annals.coder.extract.EventExtractor;
import org.annals.coder.petrarch.PetrarchDictionaries;
import org.annals.coder.petrarch.tree.TreeCoder;
import org.annals.coder.petrarch.tree.TreeDictionaries;
import org.annals.engine.CoreNlp;
import org.annals.engine.TextAnnotator;
import org.annals.eval.CleanEvaluation;
import org.annals.eval.CoderEvaluation;
import org.annals.eval.ConllCorpus;
import org.annals.eval.ConllReader;
import org.annals.eval.CorefLemmas;
import org.annals.eval.GeoCorpus;
import org.annals.eval.GeoCorpusReader;
import org.annals.eval.GeoEvaluation;
import org.annals.eval.GeoReport;
import org.annals.eval.GeoScores;
import org.annals.eval.GoldFormatException;
import org.annals.eval.NerEvaluation;
import org.annals.eval.PetrarchRecord;
import org.annals.eval.PetrarchRecordReader;
import org.annals.eval.Progress;
import org.annals.eval.Report;
import org.annals.eval.TagScheme;
import org.annals.eval.TimeEvaluation;
import org.annals.eval.TimeMlReader;
import org.annals.eval.TimeReport;
import org.annals.eval.coref.CorefEvaluation;
import org.annals.eval.coref.CorefSystem;
import org.annals.eval.coref.EcbCorpus;
import org.annals.eval.coref.EcbPlusReader;
import org.annals.eval.coref.SameLemmaBaseline;
import org.annals.eval.coref.SingletonSystem;
import org.annals.geo.Gazetteer;
import org.annals.geo.Geocoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annals eval ner|time|clean}: scores against gold sets. Parses options, calls {@code
 * org.annals.eval}, prints the report; the evaluations themselves live in annals-eval.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Score Annals against gold sets: named entities (CoNLL-2003), time expressions"
            + " (TempEval-3), cleaning (annotated samples such as samples/expected.json) and"
            + " event coreference (ECB+).",
    footer = EvalCommand.FOOTER,
    subcommands = {
      EvalCommand.Ner.class,
      EvalCommand.Time.class,
      EvalCommand.Clean.class,
      EvalCommand.Petrarch.class,
      EvalCommand.Geo.class,
      EvalCommand.Coref.class
    })
final class EvalCommand implements Runnable {
  static final String SHARED_ENV = "ANNALS_SHARED";

  static final String FOOTER =
      """

      The CoNLL-2003, TempEval-3 and ECB+ gold sets are not shipped with Annals:
      ner, time and coref read them from $ANNALS_SHARED/eval/ (by default
      ../shared/eval/, relative to the current directory) unless --gold names them.

      Exit codes:
        0  scores printed
        1  unexpected failure (a bug: please report it with the message)
        2  usage error, or the gold set is missing, unreadable or not in the
           expected format""";

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  enum Format {
    table,
    /** The same as {@link #table}. */
    text,
    json
  }

  /** Options every evaluation has. */
  static final class Output {
    @Option(
        names = "--format",
        defaultValue = "table",
        description = "table (or text) or json (default: ${DEFAULT-VALUE}).")
    Format format;
  }

  enum Scheme {
    auto,
    iob1,
    iob2;

    Optional<TagScheme> value() {
      return switch (this) {
        case auto -> Optional.empty();
        case iob1 -> Optional.of(TagScheme.IOB1);
        case iob2 -> Optional.of(TagScheme.IOB2);
      };
    }
  }

  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description =
          "Named entities on CoNLL-2003: CoreNLP (no parser, no SUTime) on each document rebuilt"
              + " from its tokens; exact-match entity spans per type (PER, ORG, LOC, MISC) and"
              + " micro-averaged.",
      footer = FOOTER)
  static final class Ner implements Callable<Integer> {
    static final String RELATIVE = "eval/conll2003/iob1_original/eng.testb";

    @Spec CommandSpec spec;
    @Mixin Output output;

    @Option(
        names = "--gold",
        paramLabel = "FILE",
        defaultValue = "${ANNALS_SHARED:-../shared}/" + RELATIVE,
        description =
            "CoNLL file; its -DOCSTART- lines delimit documents. Default: "
                + RELATIVE
                + " under $ANNALS_SHARED, or ../shared when unset; now ${DEFAULT-VALUE}.")
    Path gold;

    @Option(
        names = "--scheme",
        defaultValue = "auto",
        description = "Tagging scheme: auto, iob1 or iob2 (default: ${DEFAULT-VALUE}).")
    Scheme scheme;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "Only the first N documents (default: all).")
    Integer limit;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(gold)) {
        return missingGold(spec, "CoNLL-2003 file", gold, RELATIVE, "--gold FILE");
      }
      int documents = checkedLimit(spec, limit);
      return evaluate(
          spec,
          output,
          () -> {
            ConllCorpus corpus = ConllReader.read(gold, scheme.value());
            starting(spec, "CoreNLP NER", Math.min(documents, corpus.documents().size()));
            return NerEvaluation.run(
                corpus, documents, NerEvaluation::coreNlp, progress(spec, "documents"));
          });
    }
  }

  @Command(
      name = "time",
      mixinStandardHelpOptions = true,
      description =
          "Time expressions on TempEval-3 (TimeML): CoreNLP with SUTime, anchored on each"
              + " document's creation time; strict and relaxed extent match, value accuracy on"
              + " matched DATE and TIME expressions, and TempEval-3 value F1 (strict: exact"
              + " extent and value; relaxed: overlapping extent and value). The last line is the"
              + " relaxed value F1.",
      footer = FOOTER)
  static final class Time implements Callable<Integer> {
    static final String RELATIVE = "eval/tempeval3/TBAQ-cleaned";

    @Spec CommandSpec spec;
    @Mixin Output output;

    @Option(
        names = {"--gold", "--tml"},
        paramLabel = "DIR|FILE",
        defaultValue = "${ANNALS_SHARED:-../shared}/" + RELATIVE,
        description =
            "A .tml file, or a directory read recursively in path order (--tml is the same"
                + " option). Default: "
                + RELATIVE
                + " under $ANNALS_SHARED, or ../shared when unset; now ${DEFAULT-VALUE}.")
    Path gold;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "Only the first N documents (default: all).")
    Integer limit;

    @Option(
        names = "--mistakes",
        description =
            "Also list (on standard error) the expressions that do not score in the relaxed value"
                + " F1: wrong value, missed, spurious; with the document id, its creation date,"
                + " gold and predicted text, type and value, and the context.")
    boolean mistakes;

    @Option(
        names = "--sentence-filter",
        description =
            "Run NER and SUTime only on the sentences the event coder selects (a known actor and"
                + " a lexicon verb) and the sentence before each, as ingest does by default; shows"
                + " what the filter costs in time expressions (those of other sentences are lost,"
                + " by design: they date no event).")
    boolean sentenceFilter;

    @Override
    public Integer call() {
      if (!Files.exists(gold)) {
        return missingGold(spec, "TimeML gold set", gold, RELATIVE, "--gold DIR|FILE");
      }
      int documents = checkedLimit(spec, limit);
      return evaluate(
          spec,
          output,
          () -> {
            List<Path> files = TimeMlReader.files(gold);
            if (files.isEmpty()) {
              throw new GoldFormatException(gold.toString(), 0, "no .tml files in this directory");
            }
            starting(spec, "CoreNLP with SUTime", Math.min(documents, files.size()));
            TimeReport report =
                TimeEvaluation.run(
                    gold.toString(),
                    files,
                    documents,
                    sentenceFilter ? Time::filtered : TimeEvaluation::coreNlp,
                    progress(spec, "documents"));
            if (mistakes) {
              spec.commandLine().getErr().print(report.mistakesListing());
              spec.commandLine().getErr().flush();
            }
            return report;
          });
    }

    /** CoreNLP with SUTime on the sentences the coder selects only. */
    static TimeEvaluation.TimeTagger filtered() {
      org.annals.nlp.CoreNlpAnnotator annotator =
          org.annals.nlp.CoreNlpAnnotator.shared(
              org.annals.nlp.NlpConfig.from(TimeEvaluation.NLP_SETTINGS));
      EventExtractor coder = EventExtractor.standard();
      return (text, publication) ->
          annotator.annotate(text, publication, coder::mayYieldEvent, t -> false).times();
    }
  }

  @Command(
      name = "clean",
      mixinStandardHelpOptions = true,
      description =
          "Cleaning on annotated samples: boilerplate removed, article text kept, and publication"
              + " date, title, outlet, language and URL as expected (format: samples/README.md).",
      footer = FOOTER)
  static final class Clean implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Output output;

    @Option(
        names = "--samples",
        paramLabel = "DIR",
        description =
            "Directory with an expected.json and the inputs it names (default: samples/ of the"
                + " Annals checkout).")
    Path samples;

    @Override
    public Integer call() {
      Path dir = samples != null ? samples : DemoCommand.defaultSamples();
      if (!CleanEvaluation.isSampleDirectory(dir)) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "annals eval clean: no "
                + CleanEvaluation.EXPECTED
                + " in "
                + dir.toAbsolutePath().normalize());
        err.println(
            "  Pass --samples DIR: a directory with an expected.json (format: samples/README.md)"
                + " and the inputs it names.");
        return ExitCodes.USAGE;
      }
      return evaluate(
          spec, output, () -> CleanEvaluation.run(dir, () -> LocalDate.now(ZoneOffset.UTC)));
    }
  }

  @Command(
      name = "petrarch",
      mixinStandardHelpOptions = true,
      description =
          "Event coding on PETRARCH validation records (PETRARCH's unit tests, UniversalPetrarch's"
              + " GSR validation set): each record's text is annotated by CoreNLP and coded; coded"
              + " (source, target, CAMEO code) triples are compared with the expected ones, per"
              + " category, as correct and false positives.",
      footer = FOOTER)
  static final class Petrarch implements Callable<Integer> {
    static final String RELATIVE = "eval/universalpetrarch/PETR2_GSR_validation.xml";

    @Spec CommandSpec spec;
    @Mixin Output output;

    @Option(
        names = {"--records", "--gold"},
        paramLabel = "FILE",
        defaultValue = "${ANNALS_SHARED:-../shared}/" + RELATIVE,
        description = "A PETRARCH records file. Default: " + RELATIVE + " under $ANNALS_SHARED.")
    Path records;

    @Option(
        names = "--dictionaries",
        paramLabel = "DIR",
        description =
            "Code with the PETRARCH-format dictionaries in DIR (translated; see"
                + " docs/dictionaries.md) instead of Annals' own. The files the records file names"
                + " in its <Environment> are used when DIR has them.")
    Path dictionaries;

    @Option(
        names = "--future-as-event",
        description =
            "Code announced actions (\"will abandon ties\", \"is about to restore ties\") as the"
                + " actions, as PETRARCH and GDELT do; by default Annals codes them as intents or"
                + " threats, or not at all.")
    boolean futureAsEvent;

    @Option(
        names = "--mistakes",
        description = "Also list the records coded differently from what they expect.")
    boolean mistakes;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N records.")
    Integer limit;

    @Option(
        names = "--no-sentence-filter",
        description =
            "Run NER, SUTime and the parser on every sentence of a record, as ingest does with"
                + " --no-sentence-filter; by default only on the sentences that name a known actor"
                + " and a lexicon verb (and the sentence before each).")
    boolean noSentenceFilter;

    @Option(
        names = "--engine",
        paramLabel = "ENGINE",
        defaultValue = "annals",
        description =
            "annals (default): parse each record's text with CoreNLP and code it with the Annals"
                + " coder. tree: code the Penn Treebank parse each record carries (<Parse>) with"
                + " PETRARCH2's tree algorithm and the PETRARCH dictionaries read natively; needs"
                + " --dictionaries, does not start CoreNLP; records without a parse get no events.")
    Engine engine;

    /** Which coder {@code eval petrarch} runs. */
    enum Engine {
      annals,
      tree
    }

    @Override
    public Integer call() {
      if (!Files.exists(records)) {
        return missingGold(spec, "PETRARCH records file", records, RELATIVE, "--records FILE");
      }
      int n = checkedLimit(spec, limit);
      if (engine == Engine.tree) {
        if (dictionaries == null) {
          spec.commandLine()
              .getErr()
              .println("annals eval petrarch: --engine tree needs --dictionaries DIR");
          return ExitCodes.USAGE;
        }
        return evaluate(spec, output, () -> treeReport(n));
      }
      return evaluate(
          spec,
          output,
          () -> {
            List<PetrarchRecord> all = PetrarchRecordReader.read(records);
            List<PetrarchRecord> list = all.subList(0, Math.min(n, all.size()));
            List<String> discards = List.of();
            EventExtractor coder;
            if (dictionaries != null) {
              PetrarchDictionaries pd = petrarchDictionaries(records, dictionaries);
              spec.commandLine().getErr().print(pd.report());
              discards = pd.discardPhrases().stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
              coder =
                  new EventExtractor(
                      Codebook.standard().withExtraCodes(pd.extraCodes()),
                      pd.actors(),
                      pd.verbs().withCuesOf(VerbLexicon.shippedCues()));
              coder = coder.withFutureAsEvent(futureAsEvent);
            } else {
              coder = EventExtractor.standard().withFutureAsEvent(futureAsEvent);
            }
            starting(
                spec,
                "CoreNLP and the Annals coder with "
                    + (dictionaries == null ? "its own dictionaries" : "PETRARCH dictionaries"),
                list.size());
            final List<String> discardPhrases = discards;
            final EventExtractor chosen = coder;
            TextAnnotator annotator = CoreNlp.annotator();
            CoderEvaluation.CoderReport report =
                CoderEvaluation.run(
                    records.toString(),
                    chosen.name(),
                    list,
                    (text, date) ->
                        discarded(text, discardPhrases)
                            ? List.of()
                            : chosen
                                .code(
                                    text,
                                    noSentenceFilter
                                        ? annotator.annotate(text, Optional.of(date))
                                        : annotator.annotate(
                                            text,
                                            Optional.of(date),
                                            chosen::mayYieldEvent,
                                            chosen::worthParsing),
                                    date)
                                .stream()
                                .map(
                                    e ->
                                        new PetrarchRecord.Expected(
                                            e.source().code(),
                                            e.target().map(t -> t.code()).orElse("---"),
                                            e.cameo().code()))
                                .toList(),
                    progress(spec, "records"));
            if (mistakes) {
              spec.commandLine().getErr().print(report.mistakes());
              spec.commandLine().getErr().flush();
            }
            return report;
          });
    }

    private Report treeReport(int n) throws IOException {
      List<PetrarchRecord> all = PetrarchRecordReader.read(records);
      List<PetrarchRecord> list = all.subList(0, Math.min(n, all.size()));
      TreeDictionaries dicts = treeDictionaries(records, dictionaries);
      spec.commandLine().getErr().println(dicts.summary());
      TreeCoder coder = new TreeCoder(dicts);
      starting(spec, "the PETRARCH2-style tree coder on the records' parse trees", list.size());
      int[] unparsed = {0};
      CoderEvaluation.Coder tree =
          new CoderEvaluation.Coder() {
            @Override
            public List<PetrarchRecord.Expected> code(String text, LocalDate date) {
              return List.of();
            }

            @Override
            public List<PetrarchRecord.Expected> code(PetrarchRecord record) {
              if (record.parse() == null || !record.parse().startsWith("(")) {
                // no Penn Treebank parse (UniversalPetrarch files carry CoNLL-U)
                unparsed[0]++;
                return List.of();
              }
              try {
                return coder
                    .code(record.parse(), record.date(), TreeCoder.Options.of(record.options()))
                    .stream()
                    .map(e -> new PetrarchRecord.Expected(e.source(), e.target(), e.code()))
                    .toList();
              } catch (IllegalArgumentException e) {
                spec.commandLine()
                    .getErr()
                    .println("record " + record.id() + ": unreadable parse: " + e.getMessage());
                return List.of();
              }
            }
          };
      CoderEvaluation.CoderReport report =
          CoderEvaluation.run(
              records.toString(),
              "PETRARCH2-style tree coder",
              list,
              tree,
              progress(spec, "records"));
      if (unparsed[0] > 0) {
        spec.commandLine()
            .getErr()
            .println(
                unparsed[0]
                    + " records have no Penn Treebank <Parse> (none, or another format) and got no"
                    + " events");
      }
      if (mistakes) {
        spec.commandLine().getErr().print(report.mistakes());
        spec.commandLine().getErr().flush();
      }
      return report;
    }
  }

  @Command(
      name = "geo",
      mixinStandardHelpOptions = true,
      description = {
        "Toponym resolution on geoparsing gold sets (LGL, GeoVirus XML): each document's gold"
            + " toponyms (phrase and offsets, no NER) are resolved together by the geocoder, the"
            + " document's other toponyms being the context, and the chosen place is compared"
            + " with the gold point.",
        "Per corpus: toponyms scored (gold toponyms without coordinates are left out), share"
            + " resolved, accuracy within 161 km (100 miles), mean and median error in km, and"
            + " the AUC of the error curve: the errors sorted ascending, each scaled to"
            + " ln(1 + km) / ln(20039) (0 = exact, 1 = the far side of the earth), the area under"
            + " that curve over [0, 1] by the trapezoidal rule; lower is better. An unresolved"
            + " toponym counts as an error of 20039 km everywhere. The last line is"
            + " acc@161km=<accuracy over all corpora's toponyms>."
      },
      footer = FOOTER)
  static final class Geo implements Callable<Integer> {
    static final String RELATIVE = "eval/geoparsing/lgl.xml";
    static final String RELATIVE_GEOVIRUS = "eval/geoparsing/GeoVirus.xml";

    @Spec CommandSpec spec;
    @Mixin Output output;
    @Mixin DataOptions dataOptions;

    @Option(
        names = {"--corpus", "--gold"},
        paramLabel = "FILE",
        split = ",",
        defaultValue =
            "${ANNALS_SHARED:-../shared}/"
                + RELATIVE
                + ",${ANNALS_SHARED:-../shared}/"
                + RELATIVE_GEOVIRUS,
        description =
            "LGL or GeoVirus XML file; repeat (or separate with commas) for several. Default: "
                + RELATIVE
                + " and "
                + RELATIVE_GEOVIRUS
                + " under $ANNALS_SHARED, or ../shared when unset.")
    List<Path> corpora;

    @Option(
        names = "--without",
        paramLabel = "RULE",
        split = ",",
        description = "Switch geocoder rules off to measure them: ${COMPLETION-CANDIDATES}.")
    List<Geocoder.Rule> without = List.of();

    @Option(
        names = "--misses",
        description = "Also list (on stderr) the toponyms resolved farther than 161 km.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
      for (Path corpus : corpora) {
        if (!Files.isRegularFile(corpus)) {
          return missingGold(spec, "geoparsing corpus", corpus, RELATIVE, "--corpus FILE");
        }
      }
      return evaluate(
          spec,
          output,
          () -> {
            long t0 = System.nanoTime();
            Gazetteer gazetteer = Gazetteer.load(dataOptions.data);
            java.time.Duration load = java.time.Duration.ofNanos(System.nanoTime() - t0);
            java.util.EnumSet<Geocoder.Rule> rules = java.util.EnumSet.allOf(Geocoder.Rule.class);
            without.forEach(rules::remove);
            Geocoder geocoder = new Geocoder(gazetteer, rules);
            List<GeoScores> scores = new java.util.ArrayList<>();
            for (Path corpus : corpora) {
              GeoCorpus c = GeoCorpusReader.read(corpus);
              GeoScores s = GeoEvaluation.run(c, geocoder, org.annals.eval.Progress.NONE);
              if (misses) {
                PrintWriter err = spec.commandLine().getErr();
                s.misses().forEach(err::println);
                err.flush();
              }
              scores.add(s);
            }
            String ruleNames =
                rules.isEmpty()
                    ? "name and population only"
                    : String.join(
                        ", ", rules.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
            return new GeoReport(gazetteer.source(), ruleNames, scores, load);
          });
    }
  }

  /**
   * {@code annals eval coref}: event coreference on ECB+ ({@link CorefEvaluation}).
   *
   * <p><b>The system under evaluation is {@link #system()}</b>: for now the trivial {@link
   * SingletonSystem}, so the command runs end to end with the baselines. To evaluate a real system
   * (the merger of {@code annals-resolve}), make {@link #system()} return it: an implementation of
   * {@link CorefSystem} that clusters the gold mentions it is given ({@code clusterMentions}), and
   * optionally detects mentions itself ({@code detectAndCluster}) and groups documents into
   * stories. Nothing else changes: the baselines, the scorers and the report stay as they are, and
   * the last line becomes that system's CoNLL F1 on gold mentions.
   */
  @Command(
      name = "coref",
      mixinStandardHelpOptions = true,
      description = {
        "Event coreference on ECB+ (43 topics, 982 documents): the system clusters the gold event"
            + " mentions (ACTION_* and NEG_*), scored with MUC, B3 and CEAF-e (phi4) as the"
            + " reference scorer v8 does, over the whole corpus at once, and the CoNLL F1 (their"
            + " mean). The same-head-lemma baselines (across the corpus; within each gold topic)"
            + " are scored alike. If the system detects mentions, a detected mention matches the"
            + " gold mention whose head token it overlaps; the others are false alarms. If it"
            + " clusters documents, the clusters are scored against the gold topics and subtopics"
            + " (purity, inverse purity, F1, Adjusted Rand Index).",
        "By default only the mentions in the sentences of ECBplus_coreference_sentences.csv are"
            + " scored (the standard setup). The system under evaluation is, for now, the trivial"
            + " 'all singletons'. The last line is conll F1=<the system's CoNLL F1 on gold"
            + " mentions>."
      },
      footer = FOOTER)
  static final class Coref implements Callable<Integer> {
    static final String RELATIVE = "eval/ecbplus";

    @Spec CommandSpec spec;
    @Mixin Output output;

    @Option(
        names = "--gold",
        paramLabel = "DIR",
        defaultValue = "${ANNALS_SHARED:-../shared}/" + RELATIVE,
        description =
            "The ECB+ release: a directory with ECB+/<topic>/<topic>_<n>ecb[plus].xml (or the"
                + " topic directories themselves) and "
                + EcbPlusReader.SENTENCE_LIST
                + ". Default: "
                + RELATIVE
                + " under $ANNALS_SHARED, or ../shared when unset; now ${DEFAULT-VALUE}.")
    Path gold;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "Only the first N topics, in numeric order (default: all).")
    Integer limit;

    @Option(
        names = "--topics",
        paramLabel = "LIST",
        description =
            "Only these topics: numbers and ranges, e.g. 36-45 (the usual test topics) or"
                + " 1,3,5-7 (default: all).")
    String topics;

    @Option(
        names = "--all-sentences",
        description =
            "Score the mentions of every sentence, not only those of the sentence list (whose"
                + " annotation is reliable).")
    boolean allSentences;

    @Option(
        names = "--lemmas",
        paramLabel = "SOURCE",
        defaultValue = "corenlp",
        description =
            "The baselines' head lemmas: corenlp (CoreNLP lemmas in context; loads the models and"
                + " annotates the documents, a few minutes) or lowercase (the lower-cased head"
                + " word, instant). Default: ${DEFAULT-VALUE}.")
    Lemmas lemmas;

    /** Where the baselines' lemmas come from. */
    enum Lemmas {
      corenlp,
      lowercase
    }

    @Option(
        names = "--system",
        paramLabel = "NAME",
        defaultValue = "annals",
        description =
            "The system under evaluation: annals (stories, then the event merger within each"
                + " story; annotates the documents with CoreNLP) or singletons (every mention"
                + " alone). Default: ${DEFAULT-VALUE}.")
    SystemName systemName;

    /** The systems {@code --system} can name. */
    enum SystemName {
      annals,
      singletons
    }

    /**
     * The system under evaluation: THE place to plug a coreference system in (see the class
     * comment).
     */
    static CorefSystem system(
        SystemName name, java.util.function.Function<String, org.annals.model.AnnotatedText> nlp) {
      return name == SystemName.annals
          ? new org.annals.eval.AnnalsCorefSystem(nlp)
          : new SingletonSystem();
    }

    @Override
    public Integer call() throws IOException {
      Path corpusDirectory = EcbPlusReader.corpusDirectory(gold);
      if (!Files.isDirectory(corpusDirectory) || EcbPlusReader.topics(corpusDirectory).isEmpty()) {
        return missingGold(spec, "ECB+ release", gold, RELATIVE, "--gold DIR");
      }
      if (!allSentences && !Files.isRegularFile(gold.resolve(EcbPlusReader.SENTENCE_LIST))) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "annals eval coref: no "
                + EcbPlusReader.SENTENCE_LIST
                + " in "
                + gold.toAbsolutePath().normalize());
        err.println(
            "  The standard setup scores only the mentions of the sentences it lists; pass"
                + " --all-sentences to score every mention.");
        return ExitCodes.USAGE;
      }
      List<String> chosen = chosenTopics(spec, EcbPlusReader.topics(corpusDirectory), topics);
      int n = checkedLimit(spec, limit);
      List<String> selected = chosen.subList(0, Math.min(n, chosen.size()));
      return evaluate(
          spec,
          output,
          () -> {
            EcbCorpus corpus = EcbPlusReader.readRelease(gold, !allSentences, selected::contains);
            // one CoreNLP annotation per document, shared by the baselines' lemmas and the system
            java.util.Map<String, org.annals.model.AnnotatedText> cache = new java.util.HashMap<>();
            java.util.function.Function<String, org.annals.model.AnnotatedText> nlp =
                lemmas == Lemmas.corenlp || systemName == SystemName.annals
                    ? memo(cache, CorefLemmas.annotator())
                    : t -> {
                      throw new IllegalStateException("no annotator");
                    };
            SameLemmaBaseline baseline;
            if (lemmas == Lemmas.corenlp) {
              starting(
                  spec,
                  "CoreNLP (for the baselines' lemmas)",
                  CorefLemmas.documents(corpus, !allSentences).size());
              baseline =
                  SameLemmaBaseline.precomputed(
                      CorefLemmas.DESCRIPTION,
                      CorefLemmas.coreNlp(corpus, !allSentences, progress(spec, "documents"), nlp));
            } else {
              baseline = SameLemmaBaseline.lowercase();
            }
            return CorefEvaluation.run(corpus, system(systemName, nlp), baseline, allSentences);
          });
    }

    private static <K, V> java.util.function.Function<K, V> memo(
        java.util.Map<K, V> cache, java.util.function.Function<K, V> f) {
      return k -> {
        V v = cache.get(k);
        if (v == null) {
          v = f.apply(k);
          cache.put(k, v);
        }
        return v;
      };
    }

    /**
     * The topics {@code list} (the value of {@code --topics}) names, in corpus order; all when it
     * is null.
     *
     * @throws ParameterException when the list is malformed or names no topic the corpus has
     */
    static List<String> chosenTopics(CommandSpec spec, List<String> available, String list) {
      if (list == null) {
        return available;
      }
      java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
      for (String part : list.split(",")) {
        String p = part.strip();
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("(\\d+)-(\\d+)").matcher(p);
        if (range.matches()) {
          int from = Integer.parseInt(range.group(1));
          int to = Integer.parseInt(range.group(2));
          if (from > to) {
            throw new ParameterException(
                spec.commandLine(), "--topics: the range " + p + " is empty");
          }
          for (int t = from; t <= to; t++) {
            wanted.add(Integer.toString(t));
          }
        } else if (p.matches("\\d+")) {
          wanted.add(Integer.toString(Integer.parseInt(p)));
        } else {
          throw new ParameterException(
              spec.commandLine(),
              "--topics needs numbers and ranges such as 36-45 or 1,3,5-7, got '" + list + "'");
        }
      }
      List<String> chosen = available.stream().filter(wanted::contains).toList();
      if (chosen.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "--topics " + list + " names no topic of the corpus (it has " + available + ")");
      }
      return chosen;
    }
  }

  /**
   * The tree coder's dictionaries: the files the records file names (comma-separated lists allowed)
   * where DIR has them, else, kind by kind, the first file in DIR whose name holds "verbs",
   * "actors", "agents" or "discards".
   */
  static TreeDictionaries treeDictionaries(Path records, Path dir) throws IOException {
    String xml = Files.readString(records);
    String[] tags = {"Verbfile", "Actorfile", "Agentfile", "Discardfile"};
    String[] kinds = {"verbs", "actors", "agents", "discards"};
    List<List<Path>> chosen = new java.util.ArrayList<>();
    List<Path> inDir;
    try (var files = Files.list(dir)) {
      inDir = files.sorted().toList();
    }
    for (int i = 0; i < 4; i++) {
      List<Path> named = new java.util.ArrayList<>();
      boolean all = true;
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("<" + tags[i] + ">\\s*([^<]+?)\\s*</" + tags[i] + ">")
              .matcher(xml);
      while (m.find()) {
        for (String name : m.group(1).split(",")) {
          Path p = dir.resolve(name.trim());
          if (Files.isRegularFile(p)) {
            named.add(p);
          } else {
            all = false;
          }
        }
      }
      if (named.isEmpty() || !all) {
        named.clear();
        for (Path p : inDir) {
          String f = p.getFileName().toString().toLowerCase(Locale.ROOT);
          if (f.contains(kinds[i]) && f.endsWith(".txt")) {
            named.add(p);
            break;
          }
        }
      }
      chosen.add(named);
    }
    return TreeDictionaries.load(chosen.get(0), chosen.get(1), chosen.get(2), chosen.get(3));
  }

  static boolean discarded(String text, List<String> phrases) {
    String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
    for (String p : phrases) {
      if (lower.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The dictionaries a records file names in its {@code <Environment>}, if DIR has them. */
  static PetrarchDictionaries petrarchDictionaries(Path records, Path dir) throws IOException {
    String xml = Files.readString(records);
    List<List<Path>> named = new java.util.ArrayList<>();
    boolean all = true;
    for (String tag : List.of("Verbfile", "Actorfile", "Agentfile", "Discardfile")) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("<" + tag + ">\\s*([^<]+?)\\s*</" + tag + ">")
              .matcher(xml);
      List<Path> files = new java.util.ArrayList<>();
      while (m.find()) {
        Path p = dir.resolve(m.group(1));
        if (Files.isRegularFile(p)) {
          files.add(p);
        } else {
          all = false;
        }
      }
      named.add(files);
    }
    if (all && named.stream().anyMatch(l -> !l.isEmpty())) {
      return PetrarchDictionaries.load(named.get(0), named.get(1), named.get(2), named.get(3));
    }
    return PetrarchDictionaries.load(dir);
  }

  /** An evaluation that may fail on its gold set. */
  @FunctionalInterface
  interface Evaluation {
    Report run() throws IOException;
  }

  /** Runs, prints the report, and turns gold-set problems into a message and exit code 2. */
  static int evaluate(CommandSpec spec, Output output, Evaluation evaluation) {
    PrintWriter err = spec.commandLine().getErr();
    Report report;
    try {
      report = evaluation.run();
    } catch (GoldFormatException e) {
      err.println("annals eval " + spec.name() + ": " + e.describe());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("annals eval " + spec.name() + ": cannot read the gold set: " + e);
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == Format.json) {
      out.println(Render.prettyJson(report.toMap()));
    } else {
      out.print(report.table());
    }
    out.flush();
    return ExitCodes.OK;
  }

  static int missingGold(CommandSpec spec, String what, Path path, String relative, String option) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "annals eval " + spec.name() + ": no " + what + " at " + path.toAbsolutePath().normalize());
    if (!spec.commandLine().getParseResult().hasMatchedOption("--gold")) {
      String shared = System.getenv(SHARED_ENV);
      err.println(
          "  (the default, $"
              + SHARED_ENV
              + "/"
              + relative
              + "; "
              + (shared == null
                  ? SHARED_ENV
                      + " is unset, so ../shared relative to the current directory "
                      + Path.of("").toAbsolutePath()
                  : SHARED_ENV + "=" + shared)
              + ")");
    }
    err.println(
        "  The gold sets are not shipped with Annals. Pass "
            + option
            + ", or set "
            + SHARED_ENV
            + " to the directory that holds "
            + relative
            + ".");
    return ExitCodes.USAGE;
  }

  static int checkedLimit(CommandSpec spec, Integer limit) {
    if (limit == null) {
      return Integer.MAX_VALUE;
    }
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be >= 1, got " + limit);
    }
    return limit;
  }

  static void starting(CommandSpec spec, String what, int documents) {
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "annals eval %s: loading %s and annotating %d documents...%n",
        spec.name(),
        what,
        documents);
    err.flush();
  }

  /** Prints a line to stderr every 10 documents and at the end. */
  static Progress progress(CommandSpec spec, String unit) {
    PrintWriter err = spec.commandLine().getErr();
    return (done, total) -> {
      if (done % 10 == 0 || done == total) {
        err.printf(Locale.ROOT, "  %d/%d %s%n", done, total, unit);
        err.flush();
      }
    };
  }
}
