package org.zhnews.testkit;

/** Java-escapes text so failing inputs can be pasted back into a test. Stateless. */
public final class Escapes {

    private Escapes() {
    }

    /** {@code s} as a Java string literal, quotes included; odd characters as Unicode escapes. */
    public static String java(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                sb.append(c);
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) || c > 0x7E && !Character.isLetterOrDigit(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
