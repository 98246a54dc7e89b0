package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Runs the default pipeline over the news passages ({@code news/texts}, gold in
 * {@code news/gold}, the {@code ../shared/corpus/gold} format), scores them as
 * {@code ../shared/tools/score.py} does, prints the report and writes it to
 * {@code target/news-eval.txt}. The floors below are the F1 per region the default pipeline must
 * not fall under; the harness itself is tested with a perfect and an empty extractor.
 */
class NewsEvaluationTest {

    // F1 floors per region and kind (money, metrics, companies, models), a little under what the
    // default pipeline measures on the passages 101-158 and 201-242 with the open-set recogniser,
    // the grown knowledge base, region-aware currency, the open model grammar and the money work
    // of issue 14 (table units, change-to-level ranges, sub-unit words), the same numbers as
    // score.py over the CLI's JSON. Before that work (main at e62ac96) the 84 passages 101-142 and
    // 201-242 scored money 0.795, metrics 0.949, companies 0.675, models 0.680. The held-out
    // passages 143-150 (models) and 151-158 (money) were written before the rules for their kind
    // and scored models 0.622 and money 0.520 before them; NOTES-143-150.md and NOTES-151-158.md
    // have their figures after. The passages 801-816 and 817-832 were written later, held out from
    // all rules (scored once on arrival: companies 0.892 and 0.915, models 0.841 and 0.879); after
    // they joined, the Hong Kong and Taiwan model floors stand at 0.90 (measured 0.929, 0.925:
    // assistants and versions glued to Chinese names no rule reads yet). The passages 833-856
    // came next (NOTES-833-856.md): 833-848 scored companies 0.886 and models 0.763 on arrival and
    // were then used for the fixes of models named by their product phrase or their own words and
    // of company edges, credits and investor frames; 849-856 stayed blind (companies 0.889 ->
    // 0.900, models 0.941 -> 1.000). The passages 857-888 (NOTES-857-888.md) came last: their
    // odd-numbered half was used for the fixes of that round (companies 0.903 -> 0.996, models
    // 0.951 -> 0.968, metrics 0.942 -> 1.000), their even-numbered half stayed blind and moved little
    // (companies 0.927 -> 0.927, models 0.852 -> 0.852, money 0.993, metrics 0.959 -> 0.977; score.py).
    // The passages 889-924 (NOTES-889-924.md) were written next and scored blind with the rules of
    // the two rounds before them (companies 0.899 -> 0.909, models 0.875 -> 0.892, money 0.922 ->
    // 0.926, metrics 0.983), then used for the fixes of their own round (companies 0.980, models,
    // money and metrics 1.000). The passages 925-948 (NOTES-925-948.md) came last and stay blind:
    // scored once with the rules of both rounds (companies 0.940 -> 0.954, models 0.918 -> 0.918,
    // money 0.956 -> 0.978, metrics 0.984 -> 0.984 from the rules before the two rounds to after).
    // The passages 949-980 and 981-1010 (NOTES-949-980.md, NOTES-981-1010.md) were each scored once
    // on arrival (949-980: companies 0.955, models 0.882, money 0.911, metrics 0.978; 981-1010:
    // companies 0.969, models 0.890, money 0.942, metrics 0.977), then used for the fixes of the
    // round that followed (subsidiaries under 旗下, Hong Kong region words, fine-tunes, shares).
    // The passages 1011-1040 (NOTES-1011-1040.md) came last, scored once on arrival with every rule
    // of this round (companies 0.942, models 0.916, money 0.995, metrics 0.977; before the round's
    // rules: 0.932, 0.880, 0.995, 0.971), then used for three model rules and two company words
    // (companies 0.947, models 0.946).
    // The passages 1041-1070 and 1071-1100 (NOTES-1041-1070.md, NOTES-1071-1100.md) came next, from
    // two writers who saw no code, each scored once on arrival (1041-1070: companies 0.950, models
    // 0.867, money 0.961, metrics 0.993; 1071-1100: companies 0.954, models 0.894, money 1.000,
    // metrics 0.983). The misses of 1041-1070 gave the first rules of that round (brands before
    // model names, shared names among models, one sense per document, names a place introduces,
    // a list's currency); with them 1071-1100, still unread, scored companies 0.964 and models 0.894
    // (unchanged); its misses then gave the rest (companies 0.982, models 0.959). The passages
    // 1101-1130 (NOTES-1101-1130.md) came last, from a third writer, and were scored once with every
    // rule of that round (companies 0.960, models 0.895, money 0.960, metrics 0.975; with the rules
    // of the session's start: 0.947, 0.830, 0.941, 0.975), then used for three model rules and one
    // product row (companies 0.965, models 0.936).
    // The passages 1131-1160 (NOTES-1131-1160.md) came next, from a fourth writer who saw no code,
    // scored once on arrival (companies 0.953, models 0.929, money 0.979, metrics 0.987), then used
    // for the fixes of the round that followed (variants of a family read in the document, assistant
    // apps in quotes, the accounts' currency in a sentence, listing boards, a lone 和 in a name).
    // The passages 1161-1190 (NOTES-1161-1190.md) came last, from a fifth writer, scored once on
    // arrival with every rule of that round but the last (companies 0.976, models 0.948, money
    // 0.908: a Singapore bank's results with no dateline read as CNY; metrics 0.993), then used for
    // a few (Singapore press words, glued variants, brands standing alone, rows).
    // The passages 1191-1220 and 1221-1250 (NOTES-1191-1220.md, NOTES-1221-1250.md) came next, from
    // two writers who saw no code, each scored once on arrival (1191-1220: companies 0.946, models
    // 0.959, money 0.947, metrics 0.993; 1221-1250: companies 0.944, models 0.935, money 0.989,
    // metrics 0.987). The misses of 1191-1220 gave the first rules of that round (glued Chinese and
    // Latin names, assistants named after their maker, slot words, a name's second character, a
    // currency heading, rows); with them 1221-1250, still unread, scored companies 0.951 and models
    // 0.954; its misses then gave the rest.
    // The passages 1251-1280 and 1281-1310 came last, from two more writers, scored once on arrival
    // with every rule of that round (1251-1280: companies 0.971, models 0.950, money 0.896: a
    // Singapore bank's results credited to the Business Times read as renminbi; metrics 0.997;
    // 1281-1310: 0.963, 0.929, 0.987, 0.976); the misses of 1251-1280 gave rules that moved
    // 1281-1310, still unread, to companies 0.966 and models 0.935; its own misses gave the rest.
    // The passages 1311-1340, 1341-1370, 1371-1400 and 1401-1430 (NOTES-1311-1340.md to
    // NOTES-1401-1430.md) came next, from four writers who saw no code, each scored once on arrival
    // (1311-1340: companies 0.959, models 0.933, money 1.000, metrics 0.975; 1341-1370: 0.982, 0.958,
    // 0.964, 0.992; 1371-1400: 0.964, 0.961, 0.944, 0.984; 1401-1430: 0.960, 0.971, 0.957, 0.990).
    // The misses of 1311-1340 gave the first rules of that round (a maker's brand and a Latin word
    // in quotes, the document's family over a company of the same name, names before a Latin
    // bracket, a place before a legal name); with them the other three, still unread, scored
    // companies 0.982, 0.969, 0.965 and models 0.958, 0.961, 0.971; their misses then gave the rest.
    // The passages 1431-1460 and 1461-1490 (NOTES-1431-1460.md, NOTES-1461-1490.md) came last, from
    // two more writers, scored once on arrival with every rule of that round (1431-1460: companies
    // 0.986, models 0.897: makers' brands before Latin names no rule read; money 1.000, metrics
    // 0.986; 1461-1490: 0.971, 0.963, 0.972, 0.958), then used for a few rules.
    // The passages 1491-1520, 1521-1550, 1551-1580 and 1581-1610 (NOTES-1491-1520.md to
    // NOTES-1581-1610.md) came in the next round, from four more writers, each scored on arrival
    // with the rules of that round written before any set's misses were read (1491-1520: companies
    // 0.984, models 0.960, money 0.993, metrics 0.985; 1521-1550: 0.953, 0.966, 0.980, 0.990;
    // 1551-1580: 0.958, 0.971, 0.993, 0.985; 1581-1610: 0.957, 0.980, 1.000, 0.986); the misses of
    // the last three gave knowledge-base rows and a few rules, 1491-1520 arrived last and was not read.
    // With all 910 passages the floors sit under the measured F1 (CN .986 .989 .989 .978; HK .994
    // .996 .989 .983; TW .998 .992 .987 .986; SG 1.0 .988 .983 .981; MY 1.0 .993 .979 .983).
    // Floors: money, metrics, companies, models.
    static final Map<String, double[]> MIN_F1 = Map.of(
            "CN", new double[] {0.98, 0.98, 0.98, 0.96},
            "HK", new double[] {0.97, 0.98, 0.97, 0.96},
            "TW", new double[] {0.98, 0.98, 0.98, 0.97},
            "SG", new double[] {0.98, 0.98, 0.97, 0.98},
            "MY", new double[] {0.98, 0.98, 0.96, 0.98});

    private static final String[][] HELD_OUT = {
        {"817", "832", "held out from the rules"},
        {"833", "848", "held out, then used for the fixes of the next round"},
        {"849", "856", "held out from every rule, then used for the fixes of the next round"},
        {"857", "888", "the odd-numbered half used for fixes, the even-numbered half blind, then used"},
        {"889", "924", "blind for one round, then used for the fixes of the next"},
        {"925", "948", "blind for two rounds, then used for the fixes of the next"},
        {"949", "980", "blind for one round (scored once), then used"},
        {"981", "1010", "blind for one round (scored once), then used"},
        {"1011", "1040", "scored once on arrival, then used for a few model fixes"},
        {"1041", "1070", "scored once on arrival, then used for the fixes of the round"},
        {"1071", "1100", "scored on arrival and after the round's first rules, then used"},
        {"1101", "1130", "scored once with every rule of the round, then used for a few"},
        {"1131", "1160", "scored once on arrival, then used for the fixes of the round"},
        {"1161", "1190", "scored once on arrival, then used for a few fixes"},
        {"1191", "1220", "scored once on arrival, then used for the first fixes of the round"},
        {"1221", "1250", "scored on arrival and after the round's first rules, then used"},
        {"1251", "1280", "scored once on arrival, then used for the rules of the round"},
        {"1281", "1310", "scored on arrival and after the round's rules, then used"},
        {"1311", "1340", "scored once on arrival, then used for the first rules of the round"},
        {"1341", "1370", "scored on arrival and after the round's first rules, then used"},
        {"1371", "1400", "scored on arrival and after the round's first rules, then used"},
        {"1401", "1430", "scored on arrival and after the round's first rules, then used"},
        {"1431", "1460", "scored once on arrival with the round's rules, then used for a few"},
        {"1461", "1490", "written last, scored once on arrival with the round's rules, then used for a few"},
        {"1491", "1520", "scored on arrival, arrived last, not read"},
        {"1521", "1550", "scored on arrival, then used for rows and a few rules"},
        {"1551", "1580", "scored once on arrival, then used for the rows and rules of the round"},
        {"1581", "1610", "scored on arrival, then used for rows and a few rules"},
    };

    private static final Path REPORT = Path.of("target", "news-eval.txt");

    @Test
    void defaultPipelineOnNewsPassages() throws IOException {
        Pipeline pipeline = ZhNews.pipeline();
        List<NewsCorpus.Case> cases = NewsCorpus.news();
        NewsEvaluation.Report report = NewsEvaluation.run(cases, path -> {
            Document doc = analyze(pipeline, path);
            ConsistencyKit.checkDocument(doc);
            return doc;
        });
        StringBuilder text = new StringBuilder(report.format()).append('\n');
        for (String[] set : HELD_OUT) {
            for (String kind : NewsEvaluation.KINDS) {
                text.append(String.format(java.util.Locale.ROOT, "%-9s passages %s-%s (%s) %s%n", kind, set[0], set[1],
                        set[2], report.ids(kind, id -> within(id, set[0], set[1])).summary()));
            }
        }
        // printed on purpose: this test is a report to be read
        System.out.print(text);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text.toString(), StandardCharsets.UTF_8);

        assertEquals(cases.size(), report.results().size());
        for (Map.Entry<String, double[]> floor : MIN_F1.entrySet()) {
            String region = floor.getKey();
            assertTrue(report.results().stream().anyMatch(r -> r.gold().region().equals(region)), region);
            for (int k = 0; k < NewsEvaluation.KINDS.size(); k++) {
                String kind = NewsEvaluation.KINDS.get(k);
                EntityScore s = report.region(kind, region);
                double min = floor.getValue()[k];
                assertTrue(s.f1() >= min, () -> region + " " + kind + " " + s.summary() + " under the floor " + min);
            }
        }
    }

    /** Whether the passage number {@code id} lies in {@code [from, to]}, compared as numbers (999 < 1000). */
    private static boolean within(String id, String from, String to) {
        int n = Integer.parseInt(id);
        return n >= Integer.parseInt(from) && n <= Integer.parseInt(to);
    }

    @Test
    void harnessScoresAPerfectExtractorPerfectly() {
        List<NewsCorpus.Case> cases = NewsCorpus.news();
        NewsEvaluation.Report report = NewsEvaluation.run(cases, path -> {
            NewsGold gold = goldOf(cases, path);
            Document doc = analyze(Pipeline.builder().extractor(new NewsOracleExtractor(gold)).build(), path);
            ConsistencyKit.checkDocument(doc);
            return doc;
        });
        for (NewsEvaluation.Result r : report.results()) {
            for (String kind : NewsEvaluation.KINDS) {
                EntityScore s = r.score(kind);
                assertEquals(1.0, s.f1(), () -> r.gold().id() + " " + kind + " " + s);
            }
        }
        // the passages 101-142 alone hold 197 company entities, 47 models, 71 amounts, 109 metrics
        assertTrue(report.total("companies").nGold() >= 190, report.total("companies")::summary);
        assertTrue(report.total("models").nGold() >= 45, report.total("models")::summary);
        assertTrue(report.total("money").nGold() >= 70, report.total("money")::summary);
        assertTrue(report.total("metrics").nGold() >= 100, report.total("metrics")::summary);
    }

    @Test
    void harnessCountsAnExtractorThatFindsNothing() {
        List<NewsCorpus.Case> cases = NewsCorpus.news();
        Pipeline empty = Pipeline.builder().build();
        NewsEvaluation.Report report = NewsEvaluation.run(cases, path -> analyze(empty, path));
        for (String kind : NewsEvaluation.KINDS) {
            EntityScore s = report.total(kind);
            assertTrue(s.nGold() > 0, kind);
            assertEquals(0.0, s.recall(), kind);
            assertEquals(0, s.nPred(), kind);
        }
    }

    private static NewsGold goldOf(List<NewsCorpus.Case> cases, Path text) {
        return cases.stream().filter(c -> c.text().filter(text::equals).isPresent()).findFirst()
                .orElseThrow().gold();
    }

    static Document analyze(Pipeline pipeline, Path path) {
        try {
            return pipeline.analyze(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
