package org.annals.cli;

import org.annals.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code annals} command. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Annals turns news into event data: who did what to whom, when and where.",
    footer = ExitCodes.FOOTER,
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      CodeCommand.class,
      EventsCommand.class,
      EventCommand.class,
      ActorsCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      WatchCommand.class,
      StoriesCommand.List_.class,
      StoriesCommand.Show.class,
      StoriesCommand.Resolve.class,
      ArticlesCommand.class,
      ArticleCommand.class,
      QuarantineCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      GazetteerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with its error handling; used by main and by tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof StoreException) {
            cmd.getErr().println("annals: " + e.getMessage());
            return ExitCodes.STORE_UNAVAILABLE;
          }
          cmd.getErr().println("annals: unexpected failure: " + e);
          e.printStackTrace(cmd.getErr());
          return ExitCodes.FAILURE;
        });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
