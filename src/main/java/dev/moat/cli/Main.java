package dev.moat.cli;

import dev.moat.MoatException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code moat} command: builds the command tree and maps failures to exit codes. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs {@code moat} with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(args);
    if (cli != null) {
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    } else {
      cli = new CommandLine(new MoatCommand());
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorReporter(args));
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("moat: " + ex.getMessage());
      err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    });
    try {
      return cli.execute(args);
    } catch (Error e) {
      // picocli lets Errors through; a user still gets one line, the trace only with --debug.
      err.println("moat: internal error: " + e + (java.util.Arrays.asList(args).contains("--debug") ? "" : " (run with --debug for details)"));
      if (java.util.Arrays.asList(args).contains("--debug")) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INTERNAL;
    }
  }

  /**
   * The hot commands (what CI runs on every build) get a command line of their own: picocli builds
   * the model of every subcommand up front, which costs more start-up than the scan of a cached image.
   */
  private static CommandLine commandLine(String[] args) {
    if (args.length == 0) {
      return null;
    }
    Object command = switch (args[0]) {
      case "scan" -> new ScanCommand();
      case "sbom" -> new SbomCommand();
      default -> null;
    };
    return command == null ? null : new CommandLine(command).setCommandName("moat " + args[0]);
  }

  /** Prints one line per failure; a stack trace only with {@code --debug}. */
  private record ErrorReporter(String[] args) implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
      boolean debug = java.util.Arrays.asList(args).contains("--debug");
      PrintWriter err = cmd.getErr();
      if (ex instanceof MoatException moat) {
        err.println("moat: error: " + moat.getMessage());
        if (debug) {
          ex.printStackTrace(err);
        }
        return moat.kind().exitCode();
      }
      err.println("moat: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
      if (debug) {
        ex.printStackTrace(err);
      }
      return ExitCodes.INTERNAL;
    }
  }
}
