package org.zhnews.normalize.encoding;

import java.util.List;

/** Short Chinese sentences written for these tests. */
final class Sentences {
    private Sentences() { }

    static final List<String> SIMPLIFIED = List.of(
            "今天上午，这家公司发布了新的大模型，参数规模达到千亿级别。",
            "我们认为人工智能的发展需要更多的数据和算力支持。",
            "据报道，该企业第三季度营收同比增长百分之十二。",
            "手机厂商正在把语音助手升级为能够完成复杂任务的智能体。",
            "研究人员表示，新芯片的能耗比上一代降低了三成左右。",
            "周末的展会吸引了很多开发者，现场讨论非常热烈。",
            "这款应用上线一个月，用户数量已经超过五百万。");

    static final List<String> TRADITIONAL = List.of(
            "今天上午，這家公司發表了新的大型語言模型，參數規模達到千億級別。",
            "我們認為人工智慧的發展需要更多的資料與運算能力支援。",
            "據報導，該企業第三季營收較去年同期成長百分之十二。",
            "手機廠商正在把語音助理升級為能夠完成複雜任務的智慧代理。",
            "研究人員表示，新晶片的能耗比上一代降低了三成左右。",
            "週末的展覽吸引了許多開發者，現場討論非常熱烈。",
            "這款應用程式上線一個月，使用者數量已經超過五百萬。");

    static final List<String> MIXED = List.of(
            "OpenAI在2024年发布了GPT-4o，API价格下降50%。",
            "Apple於WWDC宣布iOS 26將整合更多AI功能。",
            "本周 Nvidia 股价上涨 3.2%，市值突破 3 万亿美元。");
}
