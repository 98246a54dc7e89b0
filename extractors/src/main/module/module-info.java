/**
 * zhnews extractors: article structure, companies, AI models, money, metrics, dates and events, and
 * the {@link org.zhnews.ZhNews} facade. Open, so that core's {@code Lexicon} reads the
 * resource files of any package. HanLP 1.x has no module name of its own: it is required by
 * the name Java derives from its jar ({@code hanlp-portable-1.8.6.jar}).
 */
open module org.zhnews.extract {
    requires transitive org.zhnews.core;
    requires transitive org.zhnews.normalize;
    requires org.slf4j;
    requires hanlp.portable;

    exports org.zhnews;
    exports org.zhnews.extract.company;
    exports org.zhnews.extract.date;
    exports org.zhnews.extract.event;
    exports org.zhnews.extract.knowledge;
    exports org.zhnews.extract.lexicon;
    exports org.zhnews.extract.metric;
    exports org.zhnews.extract.model;
    exports org.zhnews.extract.money;
    exports org.zhnews.extract.region;
    exports org.zhnews.extract.structure;
}
