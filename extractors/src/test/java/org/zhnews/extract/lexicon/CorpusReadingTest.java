package org.zhnews.extract.lexicon;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.extract.eval.GoldPassage;
import org.zhnews.extract.eval.GoldPassages;
import org.zhnews.testkit.SharedDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * On real texts through the default pipeline: no company inside an amount, a URL or an e-mail
 * address, and no span that is both a company and a model.
 */
class CorpusReadingTest {

    /** URLs, host names and e-mail addresses, found independently of the arbiter's own rules. */
    private static final Pattern WEB = Pattern.compile(
            "(?i)https?://[\\w./?#=&%~:+-]+|www\\.[\\w./?#=&%~:+-]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
                    + "|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|io|ai|net|org)\\b(?:/[\\w./?#=&%~:+-]*)?");

    /** The problems of one document, each naming the document and the mention. */
    static List<String> problems(String name, Document doc) {
        List<String> out = new ArrayList<>();
        List<Mention> amounts = doc.mentions().stream()
                .filter(m -> m instanceof MoneyMention || m instanceof MetricMention).toList();
        List<int[]> web = new ArrayList<>();
        Matcher w = WEB.matcher(doc.original());
        while (w.find()) {
            web.add(new int[] {w.start(), w.end()});
        }
        for (CompanyMention c : doc.mentions(CompanyMention.class)) {
            int s = c.span().originalStart();
            int e = c.span().originalEnd();
            for (Mention a : amounts) {
                if (s < a.span().originalEnd() && a.span().originalStart() < e) {
                    out.add(name + ": company " + c.span().text() + " inside amount " + a.span().text());
                }
            }
            for (int[] u : web) {
                if (s < u[1] && u[0] < e && !(s <= u[0] && e >= u[1])) {
                    out.add(name + ": company " + c.span().text() + " inside " + doc.original().substring(u[0], u[1]));
                }
            }
            for (ModelMention m : doc.mentions(ModelMention.class)) {
                if (m.span().originalStart() == s && m.span().originalEnd() == e) {
                    out.add(name + ": " + c.span().text() + " both a company and a model at " + s);
                }
            }
        }
        return out;
    }

    private static List<String> problemsOfFiles(List<Path> files) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(problems(f.getFileName().toString(), ZhNews.analyze(Files.readAllBytes(f))));
        }
        return out;
    }

    @Test
    void samplesAndPassages() throws IOException {
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("..", "samples", "corpus"))) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(samples.isEmpty());
        List<String> found = problemsOfFiles(samples);
        for (GoldPassage p : GoldPassages.load()) {
            found.addAll(problems(p.id(), ZhNews.analyze(p.text())));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void writtenTraps() {
        String text = "欧盟计划投入50亿欧元建设AI工厂。详情见 https://www.deepseek.com/news ,"
                + "合作请联系 bd@minimax.io 。多家券商已接入DeepSeek,DeepSeek的回答更准确。";
        Document doc = ZhNews.analyze(text);
        assertEquals(List.of(), problems("traps", doc));
        assertEquals(List.of(), doc.companies());
        assertEquals(2, doc.models().size());
    }

    @Tag("shared")
    @Test
    void seeds() throws IOException {
        List<Path> seeds = SharedDir.seeds();
        assertFalse(seeds.isEmpty());
        assertEquals(List.of(), problemsOfFiles(seeds));
    }
}
