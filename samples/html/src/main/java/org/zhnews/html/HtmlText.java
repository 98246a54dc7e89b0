package org.zhnews.html;

import java.io.IOException;
import java.io.Writer;

/**
 * Escaping of untrusted text for HTML element content and quoted attribute values.
 *
 * <p>Besides the five markup characters ({@code & < > " '}), every character that could change
 * how the page reads is neutralised one UTF-16 unit for one: C0 and C1 controls other than
 * newline, tab and carriage return (written as a character reference, so the HTML parser keeps
 * it instead of folding it into a newline) become their Unicode "control picture" (U+2400 block) or U+FFFD; bidirectional
 * formatting characters (U+202A..U+202E, U+2066..U+2069, U+200E, U+200F, U+061C) and unpaired
 * surrogates become U+FFFD. So the displayed text of a range has exactly the length of the
 * range, and {@link #display(CharSequence)} tells what a reader sees. Stateless.
 */
final class HtmlText {

    static final char REPLACEMENT = '\uFFFD';

    private HtmlText() {
    }

    /** The character shown for {@code s.charAt(i)}, with surrogate pairs kept as they are. */
    static char displayChar(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\t' || c == '\r') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        if (c >= 0x80 && c <= 0x9F) {
            return REPLACEMENT;
        }
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C') {
            return REPLACEMENT;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? c : REPLACEMENT;
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? c : REPLACEMENT;
        }
        return c;
    }

    /**
     * The text a browser shows for {@code s} once escaped: the same length, with every
     * neutralised character replaced.
     */
    static String display(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(displayChar(s, i));
        }
        return b.toString();
    }

    /** Writes {@code s[start, end)} escaped for element content or a quoted attribute value. */
    static void write(Writer out, CharSequence s, int start, int end) throws IOException {
        String str = s.toString();
        int run = start;
        for (int i = start; i < end; i++) {
            char c = str.charAt(i);
            char shown = displayChar(str, i);
            String replacement = switch (shown) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\r' -> "&#13;";
                default -> shown == c ? null : String.valueOf(shown);
            };
            if (replacement != null) {
                out.write(str, run, i - run);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.write(str, run, end - run);
    }

    /** Writes {@code s} escaped for element content or a quoted attribute value. */
    static void write(Writer out, CharSequence s) throws IOException {
        write(out, s, 0, s.length());
    }

    /** {@code s} escaped for element content or a quoted attribute value. */
    static String escape(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = displayChar(s, i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
