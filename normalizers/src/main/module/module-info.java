/**
 * zhnews normalizers: bytes to one analysis text (encoding, pinyin annotations, script,
 * punctuation) with the map of every edit. Open, so that core's {@code Lexicon} reads the
 * resource files of any package; OpenCC's data is read from the opencc4j jar as data, so that
 * jar needs no {@code requires}.
 */
open module org.zhnews.normalize {
    requires transitive org.zhnews.core;
    requires org.slf4j;
    requires com.ibm.icu;

    exports org.zhnews.normalize.encoding;
    exports org.zhnews.normalize.pinyin;
    exports org.zhnews.normalize.punctuation;
    exports org.zhnews.normalize.script;
}
