package org.zhnews.extract.lexicon;

import java.util.List;
import org.zhnews.text.match.PrefixTrie;

/**
 * The words of one cue, in the order of their resource row, looked up around a position: the
 * first word in that order after a position (the order matters where a longer word would
 * swallow the next one), the longest one before it, one overlapping a span. A trie read both
 * ways answers the common case, no word there, without trying each word. Immutable and
 * thread-safe.
 */
final class OrderedCueWords {

    private final List<String> ordered;
    private final PrefixTrie<Boolean> trie;

    OrderedCueWords(List<String> words) {
        this.ordered = List.copyOf(words);
        PrefixTrie.Builder<Boolean> builder = PrefixTrie.<Boolean>builder().backward(true);
        words.forEach(w -> builder.put(w, Boolean.TRUE));
        this.trie = builder.build();
    }

    /** Where the first word in row order starting at {@code i} ends, or {@code i}. */
    int firstEndAt(String text, int i) {
        if (trie.longestLengthAt(text, i) == 0) {
            return i;
        }
        for (String w : ordered) {
            if (text.startsWith(w, i)) {
                return i + w.length();
            }
        }
        return i;
    }

    /** Where the longest word ending at {@code end} starts, or {@code end}. */
    int longestStartBefore(String text, int end) {
        return end - trie.longestLengthEndingAt(text, end);
    }

    /** Whether a word starts at {@code at} and ends by {@code limit}. */
    boolean startsWithin(String text, int at, int limit) {
        int longest = trie.longestLengthAt(text, at);
        return longest > 0 && (at + longest <= limit || trie.allAt(text, at).stream().anyMatch(hit -> hit.end() <= limit));
    }

    /** Whether a word overlaps {@code [start, end)} ({@code 其} inside {@code 其中}). */
    boolean overlaps(String text, int start, int end) {
        for (int j = Math.max(0, start - trie.maxKeyLength() + 1); j < end; j++) {
            int length = trie.longestLengthAt(text, j);
            if (length > 0 && j + length > start) {
                return true;
            }
        }
        return false;
    }
}
