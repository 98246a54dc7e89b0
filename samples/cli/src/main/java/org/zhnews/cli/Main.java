package org.zhnews.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zhnews} command line. Exit codes: 0 success; 1 some inputs could not be read or
 * analysed (the others were); 2 bad usage; 3 out of memory (one line) or internal error. Library logging goes through
 * slf4j-simple at WARN (see {@code simplelogger.properties}) unless {@code -v} is given.
 */
@Command(name = "zhnews", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
        description = "Analyse Chinese tech news: articles, companies, AI models, money, metrics and dates, with offsets.",
        subcommands = {AnalyzeCommand.class, HtmlCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND", commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:success",
            " 1:some inputs could not be read or analysed (the others were), or a directory held no *.txt",
            " 2:bad usage (unknown option, a bad option value)",
            " 3:out of memory (give Java more with -Xmx, or lower --max-chars), or an internal error "
                + "(a bug: please report it with the stack trace)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  A table per document, totals at the end:",
            "    zhnews analyze samples/corpus",
            "  The analysis JSON, one object per line:",
            "    zhnews analyze --json a.txt b.txt",
            "  One HTML page per document, and an index, to open in a browser:",
            "    zhnews html samples/corpus -o target/html",
            "  Every option of analyze:",
            "    zhnews help analyze"})
public final class Main implements Runnable {

    static final int EXIT_OK = 0;
    static final int EXIT_INPUT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Pipelines::standard);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with the pipelines made by {@code pipelines}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Pipelines pipelines) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("zhnews: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return EXIT_INTERNAL;
        });
        ((AnalyzeCommand) cli.getSubcommands().get("analyze").getCommand()).pipelines = pipelines;
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("zhnews: out of memory (" + heapDescription() + "): give Java more (java -Xmx2g -jar "
                    + "zhnews.jar ...), or lower --max-chars");
            code = EXIT_INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The heap limit of this JVM, for out-of-memory messages: {@code Java heap of 512 MB}. */
    static String heapDescription() {
        long max = Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? "no Java heap limit" : "Java heap of " + (max >> 20) + " MB";
    }

    /**
     * A usage error: picocli's one-line message (for a bad option value, the converter's, which
     * names what is expected), then suggestions for a mistyped option or a pointer to
     * {@code --help}; the whole usage only when the command itself is missing.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        PrintWriter err = c.getErr();
        String name = c.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        if (c.getCommand() instanceof Main) {
            c.usage(err);
        } else {
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                err.println("Try '" + name + " --help' for the options.");
            }
        }
        err.flush();
        return EXIT_USAGE;
    }

    /** Without a command: a usage error (exit 2) that shows the usage on stderr. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'zhnews analyze PATH...'");
    }
}
