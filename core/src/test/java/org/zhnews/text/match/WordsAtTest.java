package org.zhnews.text.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsAtTest {

    private static final List<String> VERBS = List.of("完成", "获得", "获");

    @Test
    void aWordStartingAtThePosition() {
        assertTrue(WordsAt.startsWithAny("澄言科技获得融资", 4, VERBS));
        assertTrue(WordsAt.startsWithAny("澄言科技获融资", 4, VERBS));
        assertFalse(WordsAt.startsWithAny("澄言科技宣布融资", 4, VERBS));
        assertFalse(WordsAt.startsWithAny("获得", 2, VERBS), "at the end nothing starts");
        assertFalse(WordsAt.startsWithAny("获得", -1, VERBS), "before the text nothing starts");
    }

    @Test
    void aWordEndingAtThePosition() {
        assertTrue(WordsAt.endsWithAny("已完成融资", 3, VERBS));
        assertTrue(WordsAt.endsWithAny("获得", 2, VERBS));
        assertFalse(WordsAt.endsWithAny("得融资", 1, VERBS), "a word longer than the text before the position");
        assertFalse(WordsAt.endsWithAny("完成", 0, VERBS));
        assertFalse(WordsAt.startsWithAny("完成", 0, List.of()), "no words, no match");
    }
}
