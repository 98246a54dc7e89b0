package org.zhnews.reliability;

import java.util.List;
import java.util.Random;
import org.zhnews.testkit.RandomText;

/**
 * News-like text dense with event words, for the randomized and fuzz tests of the event step:
 * sentences of every event kind (simplified and traditional) whose slots (companies, investors,
 * amounts, rounds, periods, people, posts, models, exchanges, percentages, modality words) are
 * filled by a {@link Chooser}, joined by every separator the step splits on, after an optional
 * dateline. All written for these tests. Stateless.
 */
final class EventNews {

    /** Makes the choices: from a seeded {@link Random}, or from a fuzzer's data. */
    interface Chooser {
        /** One of {@code options}, or any other string the chooser likes. */
        String pick(List<String> options);

        /** A number from 0 to {@code max}, inclusive. */
        int upTo(int max);
    }

    static final List<String> TEMPLATES = List.of(
            "{S}{~}宣布完成{$}{R}融资，由{I}领投，{I}、{I}跟投",
            "{S}完成{R}融资，投后估值达{$}",
            "{S}獲得{I}{$}{R}投資",
            "{S}{~}以{$}收购{S}{%}股权",
            "{S}被{S}以{$}全资收购",
            "{S}{~}向{X}递交招股书，拟募资{$}",
            "{S}今日於{X}掛牌上市，募資{$}",
            "{S}首发获通过，将登陆{X}",
            "{S}{~}发布{M}，并宣布开源",
            "{S}推出{M}，性能超越{M}",
            "{S}公布{P}财报，营收{$}，同比增长{%}；净亏损{$}",
            "{S}{P}營收{$}，年增{%}，稅後純益{$}",
            "{S}宣布任命{N}为{T}",
            "{N}离开{S}，加入{S}，出任{T}",
            "{~}{S}{T}{N}已离职",
            "作为一家上市公司，{S}股价今日下跌{%}，市值蒸发{$}",
            "{S}发布新款手机，售价{$}");
    static final List<String> SEPARATORS = List.of("。", "；", "，", "\n", " ", "", "！", "；；", "\n\n");
    static final List<String> DATELINES = List.of("", "新华社北京2025年3月26日电 ", "（記者王小明／台北報導）2025年8月12日\n",
            "本报讯 ", "2024-12-31\n");
    private static final List<String> COMPANIES = List.of("星衡智能", "芯片设计商云岫微电子", "智谱", "月之暗面", "宇树科技",
            "鴻海", "廣達", "腾讯", "阿里巴巴", "百度", "小米集团", "OpenAI", "DeepSeek", "香港初創公司靈析科技", "摩尔线程",
            "商汤科技", "联想集团", "美团", "光年之外", "台積電");
    private static final List<String> INVESTORS = List.of("红杉中国", "高瓴资本", "经纬创投", "启明创投", "维港投资",
            "中華開發資本", "国投创业", "老股东启明创投", "腾讯", "吉利资本");
    private static final List<String> MONEY = List.of("5亿元", "超过10亿元", "3,000萬美元", "1.2億港元", "新台幣30億元",
            "约7亿美元", "数亿元", "1,928亿元", "9.9万元", "1.79兆元", "50亿", "0元");
    private static final List<String> ROUNDS = List.of("天使轮", "Pre-A轮", "A轮", "A+轮", "B轮", "B2轮", "C+轮", "D轮",
            "新一轮", "战略", "Pre-IPO轮", "E輪", "种子轮");
    private static final List<String> PERIODS = List.of("第三季度", "去年第四季度", "2025年上半年", "2026财年第二季度", "第二季",
            "2024年", "上季度", "今年一季度", "2025年中期", "首六个月", "2023财年");
    private static final List<String> PEOPLE = List.of("陈志远", "林雅婷", "David Chen", "張志明", "王海东", "欧阳明");
    private static final List<String> POSTS = List.of("首席技术官", "CEO", "董事长", "总裁", "技术负责人", "首席科学家");
    private static final List<String> MODELS = List.of("DeepSeek-R1", "Qwen3", "GLM-4.5", "Kimi K2", "GPT-5", "文心大模型4.5",
            "Gemini 2.5 Pro");
    private static final List<String> MODALITIES = List.of("", "", "据悉，", "據傳，", "知情人士透露，", "市场传闻", "拟", "计划",
            "或将", "已");
    private static final List<String> EXCHANGES = List.of("港交所", "科创板", "纳斯达克", "台灣證券交易所", "上交所", "纽交所");
    private static final List<String> PERCENTS = List.of("15%", "38%", "51%", "16%", "3%", "100%", "0.5%", "百分之二十");

    private EventNews() {
    }

    /** A document of up to {@code maxSentences} event sentences (and bits of noise). */
    static String document(Chooser c, int maxSentences) {
        StringBuilder b = new StringBuilder(c.pick(DATELINES));
        int n = 1 + c.upTo(maxSentences - 1);
        for (int i = 0; i < n; i++) {
            fill(b, c.pick(TEMPLATES), c);
            b.append(c.pick(SEPARATORS));
        }
        return b.toString();
    }

    /**
     * A chooser over {@code random}; with {@code noise}, one slot in twenty gets a random text of
     * {@link RandomText} instead of one of its options.
     */
    static Chooser of(Random random, boolean noise) {
        RandomText texts = new RandomText(random);
        return new Chooser() {
            @Override
            public String pick(List<String> options) {
                return noise && random.nextInt(20) == 0 ? texts.next(12) : options.get(random.nextInt(options.size()));
            }

            @Override
            public int upTo(int max) {
                return random.nextInt(max + 1);
            }
        };
    }

    private static void fill(StringBuilder b, String template, Chooser c) {
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            List<String> slot = ch == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}'
                    ? slot(template.charAt(i + 1)) : null;
            if (slot != null) {
                b.append(c.pick(slot));
                i += 2;
            } else {
                b.append(ch);
            }
        }
    }

    /** The options of the slot {@code {name}}; {@code null} for a name that is no slot (the text stays as is). */
    private static List<String> slot(char name) {
        return switch (name) {
            case 'S' -> COMPANIES;
            case 'I' -> INVESTORS;
            case '$' -> MONEY;
            case 'R' -> ROUNDS;
            case 'P' -> PERIODS;
            case 'N' -> PEOPLE;
            case 'T' -> POSTS;
            case 'M' -> MODELS;
            case '~' -> MODALITIES;
            case 'X' -> EXCHANGES;
            case '%' -> PERCENTS;
            default -> null;
        };
    }
}
