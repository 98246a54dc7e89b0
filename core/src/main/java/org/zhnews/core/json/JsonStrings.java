package org.zhnews.core.json;

/**
 * Quotes a Java string as a JSON string literal that is safe everywhere the analysis JSON goes:
 * it escapes {@code "} and {@code \}, every C0 and C1 control and DEL, U+2028 and U+2029 (line
 * separators to JavaScript), {@code <}, {@code >} and {@code &} (so {@code </script>} or
 * {@code <!--} cannot end an HTML script block holding the JSON), and every unpaired surrogate
 * as a {@code \}{@code uXXXX} escape, so the literal is valid UTF-8 when encoded and a JSON
 * parser gives back exactly the same UTF-16 string. Other characters, paired surrogates
 * included, are written as they are. One linear pass; stateless and thread-safe. Throws
 * {@link NullPointerException} for a null string.
 */
public final class JsonStrings {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonStrings() {
    }

    /**
     * {@code s} as a JSON string literal, quotes included: how every string of the analysis JSON
     * is written, for tools that write parts of it themselves (the CLI's streamed documents).
     *
     * @param s the string, not null
     * @return the literal, {@code "} included at both ends
     */
    public static String quote(String s) {
        StringBuilder sb = null;
        int n = s.length();
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = null;
            boolean hex = false;
            if (c == '"') {
                replacement = "\\\"";
            } else if (c == '\\') {
                replacement = "\\\\";
            } else if (c == '\n') {
                replacement = "\\n";
            } else if (c == '\r') {
                replacement = "\\r";
            } else if (c == '\t') {
                replacement = "\\t";
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '<' || c == '>' || c == '&'
                    || c == '\u2028' || c == '\u2029') {
                hex = true;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++; // a pair: written as it is
                    continue;
                }
                hex = true;
            } else if (Character.isLowSurrogate(c)) {
                hex = true; // a low surrogate not preceded by a high one (pairs are skipped above)
            }
            if (replacement == null && !hex) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n + 16).append('"');
            }
            sb.append(s, copied, i);
            if (hex) {
                sb.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            } else {
                sb.append(replacement);
            }
            copied = i + 1;
        }
        if (sb == null) {
            return '"' + s + '"';
        }
        return sb.append(s, copied, n).append('"').toString();
    }
}
