package org.zhnews.extract.event;

/** A word of {@code event-words.tsv} found at {@code [start, end)} of the normalized text. */
record Hit(int start, int end, EventWord word) {

    boolean is(String kind, String role) {
        return word.is(kind, role);
    }

    String value() {
        return word.value();
    }
}
