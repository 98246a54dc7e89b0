package org.zhnews.extract.event;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.core.mention.Mention;
import org.zhnews.text.chars.CharClass;

/**
 * People's names in a sentence: Chinese and transliterated names as HanLP's name recogniser
 * tags them ({@code nr}, {@code nrf}), and Latin names of two or three capitalised words
 * ({@code Mark Chen}); a name that overlaps a company or model mention is none. Thread-safe:
 * its HanLP {@link Segment} is its own instance, never reconfigured, built when the first
 * sentence asks for names (HanLP loads its dictionaries then, about half a second of CPU, which
 * a document without a people move never spends).
 */
final class PersonNames {

    private static final Logger LOG = LoggerFactory.getLogger(PersonNames.class);
    /** A transliterated name written with a separator dot or hyphen (乔纳森·艾维, 萨姆-奥尔特曼). */
    private static final Pattern TRANSLITERATED = Pattern.compile("[\\u4e00-\\u9fff]{1,6}[·・•‧\\-][\\u4e00-\\u9fff]{1,8}");
    private static final Pattern LATIN = Pattern.compile("(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z]\\.)?(?: [A-Z][a-z]+){1,2}(?![A-Za-z])");

    /** A name at {@code [start, end)} of the normalized text. */
    record Name(int start, int end, String text) {
    }

    /** Characters that end a name read after a post word (a verb, a particle, a list mark). */
    private static final String NOT_IN_NAME = "加离出任辞卸转均也等和与及的在于将已曾则被从为此要说称表示认、,，。;；:：(（)）\"“”'‘’ ";
    /** HanLP tags of words that cannot start a name: conjunctions, adverbs, prepositions, particles, pronouns, verbs. */
    private static final java.util.Set<String> FUNCTION_TAGS = java.util.Set.of("c", "d", "p", "u", "r", "v", "f", "w");
    /** Characters that start a verb or noun after a name rather than end the name (表示, 透露, 指出, 博士). */
    private static final String NOT_NAME_END = "表透指强介坦回预认说是博先女教总称也都则还就";
    /** Built on first use ({@link #segment()}), then never replaced. */
    private volatile Segment segment;
    private final java.util.Set<String> surnames;

    PersonNames() {
        this.surnames = new java.util.HashSet<>();
        for (org.zhnews.text.lexicon.LexiconRow row : org.zhnews.text.lexicon.Lexicon.resource(PersonNames.class,
                "surnames.tsv", org.zhnews.text.lexicon.Columns.of("surname"))) {
            surnames.add(row.get(0));
        }
    }

    /** The segmenter, built by the first caller (the others wait for it). */
    private Segment segment() {
        Segment s = segment;
        if (s == null) {
            synchronized (this) {
                s = segment;
                if (s == null) {
                    // a fresh instance: enable* configure this instance only, never HanLP's globals
                    s = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
                            .enableOffset(true);
                    segment = s;
                }
            }
        }
        return s;
    }

    /** The names in {@code text[from, to)}, in text order. */
    List<Name> find(String text, int from, int to, List<? extends Mention> taken) {
        List<Name> out = new ArrayList<>();
        String part = text.substring(from, to);
        try {
            for (Term t : segment().seg(part)) {
                String nature = String.valueOf(t.nature);
                int s = from + t.offset;
                int e = s + t.word.length();
                if ((nature.equals("nr") || nature.equals("nrf")) && t.word.length() >= 2 && t.word.length() <= 8
                        && free(s, e, taken)) {
                    int full = e < to && t.word.length() == 2 && isHan(t.word.charAt(0)) && thirdChar(text, e, to) ? e + 1 : e;
                    out.add(new Name(s, full, text.substring(s, full)));
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("HanLP could not read names in [{},{}): {}", from, to, e.toString());
        }
        Matcher t = TRANSLITERATED.matcher(text).region(from, to);
        while (t.find()) {
            int start = leadingWordsCut(text, t.start(), t.end());
            if (free(start, t.end(), taken)) {
                out.removeIf(n -> n.start() < t.end() && start < n.end());
                out.add(new Name(start, t.end(), text.substring(start, t.end())));
            }
        }
        Matcher m = LATIN.matcher(text).region(from, to);
        while (m.find()) {
            if (free(m.start(), m.end(), taken) && !glossOfPrevious(text, m.start(), out)) {
                out.add(new Name(m.start(), m.end(), m.group()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * A Chinese name right after a post word ({@code 负责人黄文灏}): a common surname and one or
     * two more Han characters, up to a verb, particle or mark; empty when none stands there.
     */
    java.util.Optional<Name> afterPost(String text, int at, int to) {
        for (int len = 2; len >= 1; len--) {
            if (at + len <= to && surnames.contains(text.substring(at, at + len))) {
                int end = at + len;
                int given = 0;
                while (end < to && given < 2 && isHan(text.charAt(end)) && NOT_IN_NAME.indexOf(text.charAt(end)) < 0) {
                    end++;
                    given++;
                }
                if (given >= 1) {
                    return java.util.Optional.of(new Name(at, end, text.substring(at, end)));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether the Han character at {@code at} completes a two-character name to three
     * ({@code 陈怡|安出任}): it is no verb, particle or mark, and a break follows it.
     */
    private static boolean thirdChar(String text, int at, int to) {
        char c = text.charAt(at);
        if (!isHan(c) || NOT_IN_NAME.indexOf(c) >= 0 || NOT_NAME_END.indexOf(c) >= 0) {
            return false;
        }
        return at + 1 >= to || NOT_IN_NAME.indexOf(text.charAt(at + 1)) >= 0 || !isHan(text.charAt(at + 1))
                || honorificAt(text, at + 1) > 0;
    }

    /** Titles written right after a name ({@code 梁嘉颖博士}). */
    private static final List<String> HONORIFICS = List.of("博士", "教授", "先生", "女士");

    /** The length of the honorific at {@code at}, or 0. */
    private static int honorificAt(String text, int at) {
        for (String h : HONORIFICS) {
            if (text.startsWith(h, at)) {
                return h.length();
            }
        }
        return 0;
    }

    private static boolean isHan(char c) {
        return CharClass.isBasicHanIdeograph(c);
    }

    /**
     * Where a transliterated name really starts: after the function words HanLP finds at the
     * head of {@code text[start, end)} ({@code 即便乔纳森-艾维} -> {@code 乔纳森-艾维}).
     */
    private int leadingWordsCut(String text, int start, int end) {
        int sep = start;
        while (sep < end && isHan(text.charAt(sep))) {
            sep++;
        }
        int at = start;
        try {
            for (Term t : segment().seg(text.substring(start, sep))) {
                String n = String.valueOf(t.nature);
                if (at + t.word.length() < sep && FUNCTION_TAGS.contains(n.substring(0, 1))) {
                    at += t.word.length();
                } else {
                    break;
                }
            }
        } catch (RuntimeException e) {
            return start;
        }
        return at;
    }

    /**
     * A Latin name in brackets right after a name already found, an honorific between them
     * allowed ({@code 梁嘉颖博士(Dr Leong …)}): the same person's gloss.
     */
    private static boolean glossOfPrevious(String text, int start, List<Name> found) {
        if (start == 0 || "(（".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        for (Name n : found) {
            if (n.end() == start - 1 || n.end() + honorificAt(text, n.end()) == start - 1 && n.end() < start - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean free(int s, int e, List<? extends Mention> taken) {
        for (Mention m : taken) {
            if (m.start() < e && s < m.end()) {
                return false;
            }
        }
        return true;
    }
}
