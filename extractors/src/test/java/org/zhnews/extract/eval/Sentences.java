package org.zhnews.extract.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text after each Chinese sentence end ({@code 。！？}, with any closing quotes or
 * brackets that follow). Linear; stateless. Every character of the input is in exactly one
 * sentence, so the sentences concatenate back to the text.
 */
public final class Sentences {

    private static final String ENDS = "。！？!?";
    private static final String CLOSERS = "”’」』）)\"'";

    private Sentences() {
    }

    /** The sentences of {@code text}, in order; a trailing part without an end is one too. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                i++;
                while (i < text.length() && (ENDS.indexOf(text.charAt(i)) >= 0 || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                out.add(text.substring(start, i));
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
