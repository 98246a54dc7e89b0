/**
 * zhnews core: the API ({@code org.zhnews.core}: documents, spans, mentions, pipelines, JSON)
 * and the JDK-only text floor ({@code org.zhnews.text}). Runs on the module path as on the
 * class path; the library modules read their resource files through {@code Lexicon}.
 */
module org.zhnews.core {
    requires org.slf4j;
    requires com.fasterxml.jackson.core;

    exports org.zhnews.core;
    exports org.zhnews.core.event;
    exports org.zhnews.core.json;
    exports org.zhnews.core.mention;
    exports org.zhnews.core.offset;
    exports org.zhnews.core.structure;
    exports org.zhnews.text.chars;
    exports org.zhnews.text.decode;
    exports org.zhnews.text.fold;
    exports org.zhnews.text.lexicon;
    exports org.zhnews.text.match;
    exports org.zhnews.text.number;
    exports org.zhnews.text.sentence;
}
