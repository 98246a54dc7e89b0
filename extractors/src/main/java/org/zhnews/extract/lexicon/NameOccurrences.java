package org.zhnews.extract.lexicon;

/**
 * Finds a name again elsewhere in a text: the one loop behind "the name stands again on its own"
 * ({@link HanModelNames}), "the name is quoted again" ({@link QuotedModelNames}) and "the brand
 * stands alone" ({@link QuotedModelNames}). Stateless.
 */
final class NameOccurrences {

    /** Tells whether an occurrence {@code [at, end)} counts. */
    @FunctionalInterface
    interface Accept {
        boolean test(int at, int end);
    }

    private NameOccurrences() {
    }

    /** Whether {@code name} occurs in {@code text} outside {@code [from, to)} at a place {@code accept} takes. */
    static boolean elsewhere(String text, String name, int from, int to, Accept accept) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((end <= from || at >= to) && accept.test(at, end)) {
                return true;
            }
        }
        return false;
    }
}
