package org.zhnews.extract.event;

/**
 * One row of {@code event-words.tsv}.
 *
 * @param word  the surface (simplified)
 * @param kind  the event kind's JSON name, or {@code any}
 * @param role  what the word marks ({@code trigger}, {@code lead}, {@code exchange}, ...)
 * @param value the role's value ({@code listed}, {@code HKEX}, {@code -} for none)
 */
record EventWord(String word, String kind, String role, String value) {

    boolean is(String kind, String role) {
        return this.kind.equals(kind) && this.role.equals(role);
    }
}
