package org.zhnews.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Input;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.DateMention;
import org.zhnews.testkit.ConsistencyKit;

/** Random and adversarial text through the default pipeline with the date extractor. */
class DateConsistencyTest {

    @Test
    void randomDocumentsKeepTheInvariants() {
        int checked = ConsistencyKit.random().documents(500).seed(20241128L)
                .check(ZhNews.pipeline());
        assertEquals(500, checked);
    }

    /** Pieces of the date grammar, shuffled into texts dense with near-dates. */
    private static final String[] PIECES = {"2024", "23", "1", "12", "31", "年", "月", "日", "号", "份", "-", "/", ".",
        "十", "二", "〇", "一百", "两", "今年", "去年", "上周", "本月", "近日", "日前", "年初", "底", "中", "旬", "上", "下",
        "第", "季度", "Q", "3", "前", "个", "天", "民国", "民國", "週", "，", " ", "GPT-4", "亿元", "%", "Qwen", "半年", "末"};

    @Test
    void dateDenseTextKeepsTheInvariantsWithAnyPublicationDate() {
        Pipeline pipeline = ZhNews.pipeline();
        Random random = new Random(6L);
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            LocalDate published = random.nextInt(4) == 0 ? null
                    : LocalDate.of(1950 + random.nextInt(150), 1, 1).plusDays(random.nextInt(366));
            Document doc = pipeline.analyze(Input.text(b.toString()).withPublished(published));
            ConsistencyKit.checkDocument(doc);
            List<DateMention> dates = doc.dates();
            for (int k = 1; k < dates.size(); k++) {
                assertTrue(dates.get(k - 1).end() <= dates.get(k).start(), "dates overlap in " + b);
            }
            for (DateMention d : dates) {
                assertTrue(d.value().isPresent() || d.relative() || d.granularity().name().equals("DAY"),
                        "an absolute date without value: " + d + " in " + b);
            }
        }
    }
}
