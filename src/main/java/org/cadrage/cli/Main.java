package org.cadrage.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code cadrage <command> [options]}. Exit codes: 0 ok, 1 data error (nothing analysed), 2 usage. */
@Command(name = "cadrage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Evidence-backed sourcing, hedging and framing analysis of French-language news.",
        subcommands = {AnalyzeCommand.class, ReportCommand.class, CompareCommand.class, ExportCommand.class,
                TrainCommand.class, EvaluateCommand.class, BenchCommand.class, BenchWorkspaceCommand.class,
                EvaluateExtractionCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams; used by {@link #main} and by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            boolean expected = ex instanceof java.io.IOException || ex instanceof IllegalArgumentException
                    || ex instanceof org.cadrage.ingest.InputException;
            err.println("cadrage: " + (expected ? ex.getMessage() : "internal error: " + ex));
            if (!expected || System.getenv("CADRAGE_DEBUG") != null) {
                ex.printStackTrace(err); // a bug: the trace is what a report needs
            }
            return 1;
        });
        return cl.execute(args);
    }
}
