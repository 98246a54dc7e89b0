package org.zhnews.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.InputTooLargeException;
import org.zhnews.core.Pipeline;
import org.zhnews.core.json.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zhnews analyze PATH...}: analyses files, directories (recursively, *.txt) or stdin. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse files, directories (every *.txt below them, recursively) or - for stdin.",
            "Prints a readable summary per document, or one JSON object per document per line with --json."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--json", description = "One JSON object per document per line (the analysis contract).")
    boolean json;

    @Option(names = "--text", description = "Also print the normalized text.")
    boolean text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Input> inputs = new ArrayList<>();
        int failures = 0;
        for (String p : paths) {
            try {
                collect(p, inputs);
            } catch (IOException e) {
                err.println("zhnews: cannot read " + p + ": " + describe(e));
                failures++;
            }
        }
        Pipeline pipeline = ZhNews.pipeline();
        SummaryPrinter summary = new SummaryPrinter(out);
        Progress progress = Progress.forTerminal(err, inputs.size());
        for (Input in : inputs) {
            try {
                Document doc = in.analyze(pipeline);
                if (json) {
                    DocumentJson.write(doc, text, out);
                    out.println();
                } else {
                    summary.print(doc, text);
                }
            } catch (IOException | InputTooLargeException e) {
                progress.clear();
                err.println("zhnews: cannot analyse " + in.name() + ": " + describe(e));
                failures++;
            }
            progress.advance(in.name());
            out.flush();
        }
        progress.clear();
        if (!json) {
            summary.printTotals(failures);
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private static void collect(String p, List<Input> inputs) throws IOException {
        if (p.equals("-")) {
            inputs.add(new Input("-", null));
            return;
        }
        Path path = Path.of(p);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                        .sorted()
                        .forEach(f -> inputs.add(new Input(f.toString(), f)));
            }
        } else if (Files.isRegularFile(path) && Files.isReadable(path)) {
            inputs.add(new Input(p, path));
        } else if (!Files.exists(path)) {
            throw new NoSuchFileException(p);
        } else {
            throw new IOException("not a readable file or directory");
        }
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** One thing to analyse: a file, or standard input when {@code path} is null. */
    private record Input(String name, Path path) {
        Document analyze(Pipeline pipeline) throws IOException {
            if (path == null) {
                return pipeline.analyze(System.in.readAllBytes(), "-");
            }
            return pipeline.analyze(path);
        }
    }
}
