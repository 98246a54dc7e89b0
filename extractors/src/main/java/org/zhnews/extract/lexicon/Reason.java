package org.zhnews.extract.lexicon;

/**
 * Why the {@link Arbiter} read a span as it did: the evidence behind a {@link Decision}.
 * Accepting reasons first, then rejecting ones.
 */
public enum Reason {
    /** The name means one thing only (no common word, no short form): {@code 阿里巴巴}, {@code Qwen}. */
    UNAMBIGUOUS_NAME,
    /** A cue word next to an ambiguous name says company: {@code 苹果公司}, {@code 据小米}, {@code DeepSeek创始人}. */
    CONTEXT_CUE,
    /**
     * The same company or model family is named unambiguously elsewhere in the document; for a
     * model no list holds, or a letter version of a known family ({@code K3-Air} after
     * {@code Kimi K3}), it was read elsewhere in the document.
     */
    NAMED_ELSEWHERE,
    /** The vendor of an ambiguous model name ({@code Seed}) is named in the same sentence. */
    VENDOR_IN_SENTENCE,
    /** The vendor of a short form ({@code R1}) is named in the document. */
    VENDOR_NAMED,
    /** In a list with a company: {@code 苹果、谷歌}, {@code 智谱、MiniMax和商汤}. */
    LISTED_WITH_COMPANY,
    /** In a list of three or more company names, none rejected: {@code 苹果、三星和小米}. */
    LISTED_WITH_NAMES,
    /** Opens a clause of a sentence that names another company: {@code 小米重回前列，华为紧随其后}. */
    CLAUSE_BESIDE_COMPANY,
    /** In a list with a model: {@code 通义千问与DeepSeek}. */
    LISTED_WITH_MODEL,
    /**
     * Bare, in a sentence that names two or more other vendors' models and no company on its
     * own (a vendor before its model does not count): {@code 豆包以1.72亿月活居首，DeepSeek以1.45亿紧随其后}.
     */
    AMONG_MODELS,
    /** A product or model of this company follows it: {@code 360智脑}, {@code DeepSeek的下一代R2}. */
    PRODUCT_FOLLOWS,
    /** A version or variant follows a model family name: {@code DeepSeek-R1}, {@code Qwen3}. */
    VERSION_FOLLOWS,
    /** A size in billions follows a model name: {@code Step-3-32B}, {@code Yi-34B}, an unknown {@code XYZ-7B}. */
    SIZE_SUFFIX,
    /**
     * A short form standing free in a sentence that names a model of another family:
     * {@code o3排在第一，Claude 3.7 Sonnet和Gemini 2.5 Pro分列第二、第三}.
     */
    MODEL_IN_SENTENCE,
    /** Two different short forms of one family in a sentence about what models do: {@code R1的回答太啰嗦，换成V3之后}. */
    SHORT_FORMS_TOGETHER,
    /**
     * A name no list holds, named as a model: a model word or an AI product noun right before
     * or after it ({@code 语音模型Speech-02}, {@code 视觉大模型“灵瞳”}, {@code 旗下AI助手“X”}) or in its
     * clause after a known company released it ({@code 阶跃星辰发布Foo-2，这款模型…}).
     */
    NAMED_AS_MODEL,
    /** A model word follows: {@code DeepSeek模型}, {@code MiniMax App}, {@code DeepSeek等开源大模型}. */
    MODEL_WORD_FOLLOWS,
    /** A model word stands before: {@code 推理模型DeepSeek}. */
    MODEL_WORD_BEFORE,
    /** A verb that takes a model stands before: {@code 接入DeepSeek}, {@code 集成DeepSeek}. */
    MODEL_VERB_BEFORE,
    /**
     * A name that stands bare (no evidence of its own) is read as the same name is read, by
     * strong context, everywhere else in the document.
     */
    SAME_READING_IN_DOCUMENT,
    /** A name of a company and of its model, bare, with no or mixed evidence in the document: the company. */
    COMPANY_BY_DEFAULT,
    /** A negative cue next to it: {@code 苹果汁}, {@code 1024字节}, {@code 亚马逊雨林}. */
    NEGATIVE_CUE,
    /**
     * A name that is also a word, bare and without evidence, where a negative cue marks the same
     * name elsewhere in the document and nothing there reads it as a model: {@code “Kimi”} after
     * {@code 橘猫“Kimi”}.
     */
    EVERYDAY_IN_DOCUMENT,
    /** An ambiguous name (common word, short form) without the evidence it needs. */
    NO_EVIDENCE,
    /** Inside a money or metric mention of an earlier extractor: {@code 亿欧} in {@code 50亿欧元}. */
    INSIDE_AMOUNT,
    /** Inside a run of digits or numerals: {@code 百度} in {@code 一百度}, {@code 亿欧} in {@code 50亿欧元}. */
    INSIDE_NUMBER,
    /** Inside a URL or host name: {@code https://www.baidu.com/...}, {@code deepseek.com}. */
    INSIDE_URL,
    /** Inside an e-mail address: {@code service@deepseek.com}. */
    INSIDE_EMAIL,
    /** Inside a Latin word: a company name ending in a letter, a digit right after it ({@code Meta3}). */
    INSIDE_LATIN_WORD,
    /**
     * Inside a longer name: a model name inside a company name ({@code 百川} in {@code 百川智能}),
     * a short form inside a model name already read ({@code R1} in {@code DeepSeek-R1}).
     */
    COVERED_BY_LONGER_NAME
}
