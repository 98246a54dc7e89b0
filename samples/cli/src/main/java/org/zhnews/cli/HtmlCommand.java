package org.zhnews.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.InputTooLargeException;
import org.zhnews.core.Pipeline;
import org.zhnews.html.HtmlRenderer;
import org.zhnews.html.PageLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhnews html PATH... -o DIR}: analyses files, directories (recursively, *.txt) or stdin
 * and writes one self-contained HTML page per document into DIR, plus {@code index.html}
 * linking them. Page names come from the file names ({@code a.txt} -> {@code a.html}), made
 * safe and unique.
 */
@Command(name = "html", mixinStandardHelpOptions = true,
        description = {"Write an HTML page per document (highlighted mentions, facts, warnings, charts) and an index.html.",
            "PATH is a file, a directory (every *.txt below it, recursively) or - for standard input.",
            "The pages load nothing from the network: open DIR/index.html in any browser."})
final class HtmlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Directory to write the pages into (created if missing).")
    Path output;

    @Option(names = "--text", description = "Also show the normalized text on each page.")
    boolean text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        boolean stdin = false;
        int failures = 0;
        for (String p : paths) {
            if (p.equals("-")) {
                stdin = true;
                continue;
            }
            try {
                List<Path> found = InputFiles.expand(Path.of(p));
                if (found.isEmpty()) {
                    err.println("zhnews: " + InputFiles.noTextFiles(Path.of(p)));
                    failures++;
                }
                files.addAll(found);
            } catch (IOException e) {
                err.println("zhnews: cannot read " + p + ": " + InputFiles.describe(e));
                failures++;
            }
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            err.println("zhnews: cannot create " + output + ": " + InputFiles.describe(e));
            return 1;
        }
        Pipeline pipeline = ZhNews.pipeline();
        HtmlRenderer renderer = HtmlRenderer.builder().showNormalizedText(text).indexLink("index.html").build();
        List<PageLink> links = new ArrayList<>();
        Set<String> used = new HashSet<>(Set.of("index.html"));
        if (stdin) {
            failures += page(renderer, links, used, "stdin", () -> pipeline.analyze(System.in.readAllBytes(), "-"), err);
        }
        for (Path f : files) {
            failures += page(renderer, links, used, f.getFileName().toString(), () -> pipeline.analyze(f), err);
        }
        try (Writer w = Files.newBufferedWriter(output.resolve("index.html"), StandardCharsets.UTF_8)) {
            renderer.renderIndex(links, w);
        } catch (IOException e) {
            err.println("zhnews: cannot write " + output.resolve("index.html") + ": " + InputFiles.describe(e));
            return 1;
        }
        out.println("wrote " + links.size() + (links.size() == 1 ? " page" : " pages") + " and "
                + output.resolve("index.html"));
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** Something that analyses one input. */
    private interface Analysis {
        Document run() throws IOException;
    }

    /** Analyses one input and writes its page; returns 1 on failure (reported), else 0. */
    private int page(HtmlRenderer renderer, List<PageLink> links, Set<String> used, String fileName,
                     Analysis analysis, PrintWriter err) {
        String name = pageName(fileName, used);
        Path target = output.resolve(name);
        try {
            Document doc = analysis.run();
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                renderer.render(doc, w);
            }
            links.add(PageLink.of(name, doc));
            return 0;
        } catch (IOException e) {
            err.println("zhnews: cannot render " + fileName + ": " + InputFiles.describe(e));
            return 1;
        } catch (InputTooLargeException e) {
            err.println("zhnews: cannot render " + fileName + ": " + String.format(java.util.Locale.ROOT,
                    "%,d %s, more than one page shows (%,d); 'zhnews analyze' takes inputs of any size",
                    e.size(), e.unit(), e.limit()));
            return 1;
        }
    }

    /**
     * A page name for a file: its name without extension, characters other than letters,
     * digits, {@code . _ -} replaced by {@code _}, {@code .html} added, a number appended when
     * the name is taken.
     */
    static String pageName(String fileName, Set<String> used) {
        String base = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        StringBuilder b = new StringBuilder();
        base.codePoints().forEach(c -> b.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_'));
        String safe = b.length() == 0 || b.charAt(0) == '.' ? "_" + b : b.toString();
        String name = safe + ".html";
        for (int i = 2; !used.add(name); i++) {
            name = safe + "-" + i + ".html";
        }
        return name;
    }
}
