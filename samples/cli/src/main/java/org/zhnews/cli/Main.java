package org.zhnews.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zhnews} command line. Exit codes: 0 success; 1 some inputs could not be read or
 * analysed (the others were); 2 bad usage.
 */
@Command(name = "zhnews", mixinStandardHelpOptions = true, version = "zhnews 0.1.0-SNAPSHOT",
        description = "Analyse Chinese tech news: companies, AI models, money and metrics, with offsets.",
        subcommands = {AnalyzeCommand.class, HtmlCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 some inputs unreadable, 2 bad usage."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLogging();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> 2);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Library logging is quiet unless asked for: warnings only, to stderr. */
    static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
