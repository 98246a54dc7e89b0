package org.zhnews.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zhnews.core.json.JsonOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhnews analyze PATH...}: analyses files, directories (recursively, *.txt) or stdin. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        description = {
            "Find companies, AI models, money, metrics and dates in Chinese news.",
            "",
            "Reads files, directories (every *.txt below them, recursively) or - (standard input), "
                + "in any Chinese charset, simplified or traditional, and prints per document a table: "
                + "type, surface as written, normalized value, offsets in the input. "
                + "Mentions in boilerplate (site navigation, ads) are marked. After the mentions, one line per "
                + "event (funding, acquisition, ipo, model_release, earnings, personnel): kind, trigger, "
                + "modality and its roles as name=value.",
            "With --json it prints the analysis JSON instead, one object per document per line.",
            "Inputs of any size work: one of more than --max-chars chars is analysed in batches cut at line breaks, "
                + "with offsets in the whole input and one table or JSON object for it, in memory bounded by the "
                + "batch. Bytes that are not text (an executable, an image) get one binary_input warning and are "
                + "not analysed.",
            "The extractors always read the text in simplified characters and mainland wording; --target "
                + "only chooses the script the text is shown in, so every target finds the same mentions."},
        parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:every input was analysed",
            " 1:some inputs could not be read or analysed (the others were), or a directory held no *.txt",
            " 2:bad usage (unknown option, a bad option value, no PATH)",
            " 3:out of memory (a one-line message: give Java more with -Xmx, or lower --max-chars), or an "
                + "internal error (a bug: please report it with the stack trace)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  Tables for every *.txt below a directory, totals at the end:",
            "    zhnews analyze samples/corpus",
            "  Only companies and money:",
            "    zhnews analyze --only company,money a.txt",
            "  Only the events (funding rounds, acquisitions, listings, releases, results, people):",
            "    zhnews analyze --only event a.txt",
            "  The analysis JSON, one line per document:",
            "    zhnews analyze --json samples/corpus > analysis.jsonl",
            "  The normalized text in Taiwan traditional characters and wording:",
            "    zhnews analyze --target taiwan --text a.txt",
            "  The JSON with the sentences (offsets in the text and in the input):",
            "    zhnews analyze --json --sentences a.txt",
            "  A 50 MB dump in batches of 500,000 chars, in 512 MB of heap:",
            "    java -Xmx512m -jar zhnews.jar analyze --json --max-chars 500k dump.txt",
            "  Standard input:",
            "    curl -s https://example.com/news.txt | zhnews analyze -"})
final class AnalyzeCommand implements Callable<Integer> {

    /** The default of {@code --max-chars}: about 3 MB of Chinese UTF-8, analysed in well under 512 MB of heap. */
    static final int DEFAULT_MAX_CHARS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--json", description = "Print the analysis JSON, one object per document per line.")
    boolean json;

    @Option(names = "--text", description = "Also print the normalized text, in the --target script "
            + "(in JSON: the \"text\" field).")
    boolean text;

    @Option(names = "--sentences", description = "Also print the sentences (in JSON: the \"sentences\" array of "
            + "start, end, originalStart, originalEnd, covering the text in order).")
    boolean sentences;

    @Option(names = "--only", split = ",", paramLabel = "TYPE", converter = MentionType.Converter.class,
            description = "Only these mention types: company, model, money, metric, date, and event for the "
                    + "events. In the table, events are printed only without --only or when event is listed. "
                    + "In JSON only the mentions array is filtered (--only event alone leaves it empty); "
                    + "the events array and every other field stay.")
    List<MentionType> only = new ArrayList<>();

    @Option(names = "--target", paramLabel = "SCRIPT", converter = ScriptChoice.Converter.class,
            description = "Script the text is shown in: simplified (default), traditional, taiwan or hongkong. "
                    + "The mentions and their offsets in the input are the same for every target; "
                    + "JSON start/end count in the shown text.")
    ScriptChoice target = ScriptChoice.SIMPLIFIED;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateOption.class,
            description = "Publication date of the inputs, for relative dates (今年5月, 去年, 上周) in articles "
                    + "that state none.")
    LocalDate published;

    @Option(names = "--max-chars", paramLabel = "N", converter = CharLimitOption.class,
            description = "Inputs of more than N chars are analysed in batches of at most N chars, cut at line "
                    + "breaks, so memory stays bounded by N whatever the input's size; offsets still count in the "
                    + "whole input and --json still prints one object per input (default: ${DEFAULT-VALUE}; "
                    + "from " + CharLimitOption.MIN + " to 10,000,000; 500k and 2m work too).")
    int maxChars = DEFAULT_MAX_CHARS;

    @Option(names = "--progress", description = "Always show the progress bar on stderr "
            + "(default: only when stderr is a terminal and there are " + Progress.MIN_FILES + " or more inputs).")
    boolean progressOn;

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    boolean progressOff;

    /** Makes the pipeline; tests replace it. */
    Pipelines pipelines = Pipelines::standard;

    @Override
    public Integer call() {
        if (progressOn && progressOff) {
            throw new ParameterException(spec.commandLine(), "--progress and --no-progress exclude each other");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Source> sources = new ArrayList<>();
        int failures = 0;
        for (String p : paths) {
            try {
                failures += collect(p, sources, err);
            } catch (IOException e) {
                err.println("zhnews: cannot read " + p + ": " + InputFiles.describe(e));
                failures++;
            }
        }
        Set<MentionType> types = only.isEmpty() ? EnumSet.allOf(MentionType.class) : EnumSet.copyOf(only);
        JsonOptions options = JsonOptions.builder().text(text).sentences(sentences)
                .kinds(only.stream().map(MentionType::jsonName).toList()).build();
        InputAnalysis analysis = new InputAnalysis(pipelines.forTarget(target.target()), maxChars, published);
        TablePrinter table = new TablePrinter(out, types, text, sentences);
        AnalysisOutput output = json ? new JsonLines(out, options) : table;
        Progress progress = Progress.create(err, sources.size(), progressOn ? Boolean.TRUE : progressOff ? Boolean.FALSE : null);
        for (Source in : sources) {
            try (InputStream bytes = in.open()) {
                progress.clear();
                analysis.analyze(in.name(), bytes, output);
            } catch (IOException e) {
                progress.clear();
                err.println("zhnews: cannot analyse " + in.name() + ": " + InputFiles.describe(e));
                failures++;
            } catch (OutOfMemoryError e) {
                progress.clear();
                out.flush();
                err.println("zhnews: out of memory analysing " + in.name() + " (" + Main.heapDescription()
                        + "): give Java more (java -Xmx2g -jar zhnews.jar ...) or lower --max-chars (now "
                        + analysis.limit() + ")");
                return Main.EXIT_INTERNAL;
            }
            out.flush();
            progress.advance(in.name());
        }
        progress.clear();
        if (!json) {
            table.printTotals(failures);
        }
        out.flush();
        return failures == 0 ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
    }

    /** Adds the inputs {@code p} names; 1 when it is a directory without {@code *.txt} (reported), else 0. */
    private static int collect(String p, List<Source> sources, PrintWriter err) throws IOException {
        if (p.equals("-")) {
            sources.add(new Source("-", null));
            return 0;
        }
        List<Path> files = InputFiles.expand(Path.of(p));
        if (files.isEmpty()) {
            err.println("zhnews: " + InputFiles.noTextFiles(Path.of(p)));
            return 1;
        }
        for (Path f : files) {
            sources.add(new Source(f.toString(), f));
        }
        return 0;
    }

    /** One thing to analyse: a file, or standard input when {@code path} is null. */
    private record Source(String name, Path path) {
        /** Its bytes; standard input is not closed by closing them. */
        InputStream open() throws IOException {
            if (path == null) {
                return new FilterInputStream(System.in) {
                    @Override
                    public void close() {
                        // standard input stays open
                    }
                };
            }
            return Files.newInputStream(path);
        }
    }
}
