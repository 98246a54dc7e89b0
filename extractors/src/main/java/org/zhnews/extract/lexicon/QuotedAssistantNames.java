package org.zhnews.extract.lexicon;

import java.util.Locale;
import java.util.Set;
import org.zhnews.text.chars.CharClass;

/**
 * Quoted names that are assistants by their own shape, for {@link QuotedModelNames}: an AI word
 * and 助理 or 助手 ending the name after a name of its own ({@code 「LINE AI助理」}); the maker's
 * name and 小助理, 小助手 or 小助 ({@code “晗映小助理”}, {@code “钰澄小助”}); the maker's two
 * characters around 小 ({@code “瓒小言”} beside {@code 瓒言智能}); a name between 助手 and an app
 * noun ({@code 助手“笙语”App}). Immutable and thread-safe.
 */
final class QuotedAssistantNames {

    private final OpenModelCues cues;
    private final Set<String> notNames;
    private final GenericModelWords generic;

    QuotedAssistantNames(OpenModelCues cues, Set<String> notNames, GenericModelWords generic) {
        this.cues = cues;
        this.notNames = notNames;
        this.generic = generic;
    }

    /**
     * {@code 「LINE AI助理」}, {@code “小航智能助手”}: the quoted name ends with an AI word and 助理
     * or 助手 after a name of its own; an assistant product's full name. {@code “晗映小助理”},
     * {@code “钰澄小助”}: a name of its own that the text names elsewhere too (its company), then
     * 小助理, 小助手 or 小助.
     */
    boolean endsWithAssistant(String text, int from, int close) {
        if (close - from >= 4 && text.startsWith("小助", close - 2)) {
            return namedElsewhere(text, from, close - 2, close);
        }
        if (close - from < 4 || !text.startsWith("助理", close - 2) && !text.startsWith("助手", close - 2)) {
            return false;
        }
        if (text.charAt(close - 3) == '小' && close - 3 - from >= 2) {
            return namedElsewhere(text, from, close - 3, close);
        }
        if (close - from < 5) {
            return false;
        }
        for (int k = from + 2; k <= close - 3; k++) {
            if (cues.aiAssistantRightAfter(text, k)) {
                String own = text.substring(from, k).strip(); // 「AI語音助理」: no name of its own
                return !generic.describes(own) && !notNames.contains(own.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * {@code 助手“笙语”App}: 助手 or 助理 right before the quotes opening at {@code open}, and an
     * app noun right after the ones closing at {@code close}.
     */
    static boolean assistantApp(String text, int open, int close) {
        return assistantBefore(text, open) && appAfter(text, close + 1);
    }

    private static boolean assistantBefore(String text, int open) {
        return text.startsWith("助手", open - 2) || text.startsWith("助理", open - 2);
    }

    /** An app noun right after the closing quote at {@code at - 1}. */
    private static boolean appAfter(String text, int at) {
        return text.startsWith("App", at) || text.startsWith("APP", at) || text.startsWith("应用", at);
    }

    /** Whether {@code text[from, ownEnd)}, a name of its own, is no generic word and stands elsewhere in the text. */
    private boolean namedElsewhere(String text, int from, int ownEnd, int close) {
        String own = text.substring(from, ownEnd).strip();
        return own.length() >= 2 && !generic.describes(own) && !notNames.contains(own.toLowerCase(Locale.ROOT))
                && NameOccurrences.elsewhere(text, own, from, close, (at, end) -> true);
    }

    /**
     * {@code C端助手“瓒小言”} beside {@code 瓒言智能}: a three-character name whose middle is 小
     * and whose other two characters name the company elsewhere in the text (an assistant called
     * after its maker).
     */
    static boolean makersDiminutive(String text, int from, int close) {
        if (close - from != 3 || text.charAt(from + 1) != '小' || !CharClass.allHan(text, from, close)) {
            return false;
        }
        String maker = "" + text.charAt(from) + text.charAt(from + 2);
        return NameOccurrences.elsewhere(text, maker, from, close, (at, end) -> true);
    }
}
