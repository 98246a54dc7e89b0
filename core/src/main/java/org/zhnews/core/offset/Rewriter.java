package org.zhnews.core.offset;

import java.util.Objects;

/**
 * Writes a new text from a source text while recording the {@link OffsetMap} between them, so
 * that the text and its map cannot disagree. Walk the source from start to end with
 * {@link #keep}, {@link #replace}, {@link #delete} and {@link #insert}, then read
 * {@link #text()} and {@link #offsetMap()}.
 *
 * <p>Inserted text never maps to an empty original range: it joins the code point before it
 * (or, at the very start, the one after it) into one changed run. Not thread-safe.
 */
public final class Rewriter {

    private final CharSequence source;
    private final StringBuilder out;
    private final OffsetMap.Builder map = OffsetMap.builder();
    private int pos;
    private int pendingKeep;
    private int pendingChangeOld;
    private int pendingChangeNew;
    private boolean hasPendingChange;
    private int leadingInsert;

    /**
     * A rewriter over {@code source}, positioned at its start.
     *
     * @param source the text to rewrite; read, never changed
     * @throws NullPointerException if {@code source} is null
     */
    public Rewriter(CharSequence source) {
        this.source = Objects.requireNonNull(source, "source");
        this.out = new StringBuilder(source.length() + 16);
    }

    /**
     * Current position in the source.
     *
     * @return the number of source code units consumed so far
     */
    public int position() {
        return pos;
    }

    /**
     * Number of source code units not yet consumed.
     *
     * @return the number of source code units after {@link #position()}
     */
    public int remaining() {
        return source.length() - pos;
    }

    /**
     * Copies the next {@code length} source code units unchanged.
     *
     * @param length the number of code units to copy
     * @return this rewriter
     * @throws IndexOutOfBoundsException if {@code length} is negative or more than {@link
     *     #remaining()}
     */
    public Rewriter keep(int length) {
        checkLength(length);
        if (length == 0) {
            return this;
        }
        if (leadingInsert > 0) {
            int cp = codePointLengthAt(pos, length);
            out.append(source, pos, pos + cp);
            attachLeading(cp, cp);
            pos += cp;
            length -= cp;
            if (length == 0) {
                return this;
            }
        }
        flushChange();
        out.append(source, pos, pos + length);
        pendingKeep += length;
        pos += length;
        return this;
    }

    /**
     * Copies the rest of the source unchanged.
     *
     * @return this rewriter
     */
    public Rewriter keepRest() {
        return keep(remaining());
    }

    /**
     * Replaces the next {@code length} source code units by {@code replacement}.
     *
     * @param length      the number of source code units to replace; 0 inserts
     * @param replacement the text written in their place
     * @return this rewriter
     * @throws IndexOutOfBoundsException if {@code length} is negative or more than {@link
     *     #remaining()}
     */
    public Rewriter replace(int length, CharSequence replacement) {
        checkLength(length);
        Objects.requireNonNull(replacement, "replacement");
        if (length == 0) {
            return insert(replacement);
        }
        out.append(replacement);
        if (leadingInsert > 0) {
            attachLeading(length, replacement.length());
        } else {
            flushKeep();
            flushChange();
            hasPendingChange = true;
            pendingChangeOld = length;
            pendingChangeNew = replacement.length();
        }
        pos += length;
        return this;
    }

    /**
     * Removes the next {@code length} source code units.
     *
     * @param length the number of source code units to remove
     * @return this rewriter
     * @throws IndexOutOfBoundsException if {@code length} is negative or more than {@link
     *     #remaining()}
     */
    public Rewriter delete(int length) {
        return replace(length, "");
    }

    /**
     * Inserts {@code text} at the current position, consuming no source.
     *
     * @param text the text to insert
     * @return this rewriter
     */
    public Rewriter insert(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n == 0) {
            return this;
        }
        out.append(text);
        if (hasPendingChange) {
            pendingChangeNew += n;
        } else if (pendingKeep > 0) {
            int cp = Character.isLowSurrogate(source.charAt(pos - 1)) && pendingKeep >= 2
                    && Character.isHighSurrogate(source.charAt(pos - 2)) ? 2 : 1;
            pendingKeep -= cp;
            flushKeep();
            hasPendingChange = true;
            pendingChangeOld = cp;
            pendingChangeNew = cp + n;
        } else {
            leadingInsert += n;
        }
        return this;
    }

    /**
     * The text written so far.
     *
     * @return the new text so far
     */
    public String text() {
        return out.toString();
    }

    /**
     * The map from the whole source to {@link #text()}.
     *
     * @return the map; its original length is the source's
     * @throws IllegalStateException if the source has not been consumed to its end
     */
    public OffsetMap offsetMap() {
        if (pos != source.length()) {
            throw new IllegalStateException("source consumed to " + pos + " of " + source.length());
        }
        flushKeep();
        flushChange();
        if (leadingInsert > 0) {
            map.change(0, leadingInsert);
            leadingInsert = 0;
        }
        return map.build();
    }

    private void attachLeading(int oldLength, int newLength) {
        hasPendingChange = true;
        pendingChangeOld = oldLength;
        pendingChangeNew = newLength + leadingInsert;
        leadingInsert = 0;
    }

    private int codePointLengthAt(int at, int limit) {
        return limit >= 2 && Character.isHighSurrogate(source.charAt(at))
                && Character.isLowSurrogate(source.charAt(at + 1)) ? 2 : 1;
    }

    private void flushKeep() {
        if (pendingKeep > 0) {
            map.keep(pendingKeep);
            pendingKeep = 0;
        }
    }

    private void flushChange() {
        if (hasPendingChange) {
            map.change(pendingChangeOld, pendingChangeNew);
            hasPendingChange = false;
        }
    }

    private void checkLength(int length) {
        if (length < 0 || length > remaining()) {
            throw new IndexOutOfBoundsException("length " + length + " at " + pos + " of "
                    + source.length());
        }
    }
}
