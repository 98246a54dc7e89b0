package org.zhnews.extract.lexicon;

import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.WordsAt;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that describe a model instead of naming it, resource {@code generic-model-words.tsv}:
 * a Han name before 大模型 holding one ({@code 行业大模型}, {@code 金融垂类大模型}) or a character of
 * counting, order or reference ({@code 首个大模型}, {@code 这款大模型}) is no model name, nor is one
 * before a noun that makes the phrase a description ({@code 大模型公司}, {@code 大模型赛道}).
 * Immutable and thread-safe.
 */
final class GenericModelWords {

    private final List<String> words;
    private final String chars;
    private final List<String> next;

    private GenericModelWords(List<String> words, String chars, List<String> next) {
        this.words = words;
        this.chars = chars;
        this.next = next;
    }

    static GenericModelWords standard() {
        List<String> words = new ArrayList<>();
        List<String> next = new ArrayList<>();
        StringBuilder chars = new StringBuilder();
        for (LexiconRow row : Lexicon.resource(GenericModelWords.class, "generic-model-words.tsv",
                Columns.of("kind", "words"))) {
            if (row.get(0).strip().equals("chars")) {
                chars.append(row.get(1).strip());
            } else if (row.get(0).strip().equals("next")) {
                next.addAll(row.list(1));
            } else {
                words.addAll(row.list(1));
            }
        }
        return new GenericModelWords(List.copyOf(words), chars.toString(), List.copyOf(next));
    }

    /** Whether {@code name} holds a describing word or character ({@code 通用}, {@code 首}). */
    boolean describes(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (i == 0 && name.length() > 1 && NumeralChars.isChineseNumeral(name.charAt(0)) && chars.indexOf(name.charAt(1)) < 0) {
                continue; // 万兴天幕, 百川: a numeral opening a name, not counting anything
            }
            if (chars.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        for (String w : words) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun at {@code at}, right after 大模型, makes the phrase a description ({@code 大模型公司}). */
    boolean describedByNext(String text, int at) {
        return WordsAt.startsWithAny(text, at, next);
    }
}
