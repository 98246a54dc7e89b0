package org.zhnews.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zhnews.core.Document;
import org.zhnews.core.Input;
import org.zhnews.core.InputTooLargeException;
import org.zhnews.core.Pipeline;
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
                + "Mentions in boilerplate (site navigation, ads) are marked.",
            "With --json it prints the analysis JSON instead, one object per document per line.",
            "The extractors always read the text in simplified characters and mainland wording; --target "
                + "only chooses the script the text is shown in, so every target finds the same mentions."},
        parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:every input was analysed",
            " 1:some inputs could not be read or analysed (the others were)",
            " 2:bad usage (unknown option, bad --only or --target value, no PATH)",
            " 3:internal error (a bug: please report it with the stack trace)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  Tables for every *.txt below a directory, totals at the end:",
            "    zhnews analyze samples/corpus",
            "  Only companies and money:",
            "    zhnews analyze --only company,money a.txt",
            "  The analysis JSON, one line per document:",
            "    zhnews analyze --json samples/corpus > analysis.jsonl",
            "  The normalized text in Taiwan traditional characters and wording:",
            "    zhnews analyze --target taiwan --text a.txt",
            "  The JSON with the sentences (offsets in the text and in the input):",
            "    zhnews analyze --json --sentences a.txt",
            "  Standard input:",
            "    curl -s https://example.com/news.txt | zhnews analyze -"})
final class AnalyzeCommand implements Callable<Integer> {

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
            description = "Only these mention types: company, model, money, metric, date. "
                    + "In JSON only the mentions array is filtered; every other field stays.")
    List<MentionType> only = new ArrayList<>();

    @Option(names = "--target", paramLabel = "SCRIPT", converter = ScriptChoice.Converter.class,
            description = "Script the text is shown in: simplified (default), traditional, taiwan or hongkong. "
                    + "The mentions and their offsets in the input are the same for every target; "
                    + "JSON start/end count in the shown text.")
    ScriptChoice target = ScriptChoice.SIMPLIFIED;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the inputs, for relative dates (今年5月, 去年, 上周) in articles "
                    + "that state none.")
    LocalDate published;

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
                collect(p, sources);
            } catch (IOException e) {
                err.println("zhnews: cannot read " + p + ": " + InputFiles.describe(e));
                failures++;
            }
        }
        Set<MentionType> types = only.isEmpty() ? EnumSet.allOf(MentionType.class) : EnumSet.copyOf(only);
        JsonOptions options = JsonOptions.builder().text(text).sentences(sentences)
                .kinds(only.stream().map(MentionType::jsonName).toList()).build();
        Pipeline pipeline = pipelines.forTarget(target.target());
        TablePrinter table = new TablePrinter(out, types);
        Progress progress = Progress.create(err, sources.size(), progressOn ? Boolean.TRUE : progressOff ? Boolean.FALSE : null);
        for (Source in : sources) {
            try {
                Document doc = in.analyze(pipeline, published);
                progress.clear();
                if (json) {
                    out.println(doc.toJson(options));
                } else {
                    table.print(doc, text, sentences);
                }
            } catch (IOException | InputTooLargeException e) {
                progress.clear();
                err.println("zhnews: cannot analyse " + in.name() + ": " + InputFiles.describe(e));
                failures++;
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

    private static void collect(String p, List<Source> sources) throws IOException {
        if (p.equals("-")) {
            sources.add(new Source("-", null));
            return;
        }
        for (Path f : InputFiles.expand(Path.of(p))) {
            sources.add(new Source(f.toString(), f));
        }
    }

    /** One thing to analyse: a file, or standard input when {@code path} is null. */
    private record Source(String name, Path path) {
        Document analyze(Pipeline pipeline, LocalDate published) throws IOException {
            if (path == null) {
                return pipeline.analyze(Input.bytes(System.in.readAllBytes()).withSource("-").withPublished(published));
            }
            if (published == null) {
                return pipeline.analyze(path);
            }
            return pipeline.analyze(Input.bytes(Files.readAllBytes(path)).withSource(path.toString())
                    .withPublished(published));
        }
    }
}
