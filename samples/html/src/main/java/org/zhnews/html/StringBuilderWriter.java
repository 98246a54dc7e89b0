package org.zhnews.html;

import java.io.Writer;

/** A writer into an unsynchronized {@link StringBuilder}; never throws. Not thread-safe. */
final class StringBuilderWriter extends Writer {
    private final StringBuilder b;

    StringBuilderWriter(int capacity) {
        this.b = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        b.append((char) c);
    }

    @Override
    public void write(String s, int off, int len) {
        b.append(s, off, off + len);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        b.append(cbuf, off, len);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
