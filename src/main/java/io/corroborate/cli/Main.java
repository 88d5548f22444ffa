package io.corroborate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corroborate} command: evaluate documents, check rule files. Console output lives only here. */
@Command(
    name = "corroborate",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    versionProvider = Version.class,
    description = "Finds where news sources agree, conflict, or stand alone, with receipts.",
    subcommands = {EvaluateCommand.class, CheckCommand.class, TestCommand.class, ExplainCommand.class, FmtCommand.class,
        ServeCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok; 1 invalid rules, usage, or failed examples; 2 some input documents could not be read;",
        "3 (evaluate --fail-on LABEL) a verdict with that label was reported."})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("corroborate: " + e.getMessage());
      return ExitCodes.USAGE;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
