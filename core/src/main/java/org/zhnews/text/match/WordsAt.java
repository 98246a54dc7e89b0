package org.zhnews.text.match;

import java.util.List;

/**
 * Whether one of a few words stands right after or right before a position of a text: the
 * allocation-free form of {@code words.stream().anyMatch(w -> text.startsWith(w, pos))} for the
 * short word lists of the extractors' hot loops (a {@link PrefixTrie} is the tool for long ones).
 * Stateless; positions outside the text match nothing.
 */
public final class WordsAt {

    private WordsAt() {
    }

    /**
     * Whether one of {@code words} starts at {@code pos}.
     *
     * @param text  the text
     * @param pos   where the word must start
     * @param words the words, tried in order
     * @return true when one of them starts there
     */
    public static boolean startsWithAny(String text, int pos, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (text.startsWith(words.get(i), pos)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of {@code words} ends at {@code pos} (exclusive).
     *
     * @param text  the text
     * @param pos   where the word must end
     * @param words the words, tried in order
     * @return true when one of them ends there
     */
    public static boolean endsWithAny(String text, int pos, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (pos >= w.length() && text.startsWith(w, pos - w.length())) {
                return true;
            }
        }
        return false;
    }
}
