package org.zhnews.normalize.punctuation;

import java.util.List;

/**
 * Inserts a space between CJK letters and Latin letters, digits and the symbols that belong to
 * them, for display (pangu style). It only ever inserts; it never deletes or converts. Rules:
 * <ul>
 *   <li>CJK next to a Latin letter, digit, Greek letter, number form or dingbat: a space;</li>
 *   <li>sentence punctuation {@code , . ! ? ; : … ~} sticks to what precedes it and takes a
 *       space after it before CJK (or before Latin when CJK precedes it; not after {@code .},
 *       so {@code 檔.env} stays), unless a space precedes it;</li>
 *   <li>brackets and ASCII quotes get a space on their outer side facing CJK (or facing Latin
 *       when the bracketed text holds CJK); quotes are told apart as opening and closing by
 *       their order in the text, apostrophes ({@code Levi's}) are not quotes;</li>
 *   <li>operators {@code & * = | < > ^ \} between CJK and anything spaceable stand apart
 *       ({@code 前面 & 後面}), signs and suffixes stick to their number or word
 *       ({@code +886}, {@code -5}, {@code C++}, {@code 100%}, {@code Disney+}, {@code C#}),
 *       {@code #tag} and {@code @name} take a space before them, {@code _} never;</li>
 *   <li>file paths ({@code /usr/bin/}, {@code ./docs/a.md}, {@code src/main.py}) are one word;
 *       a lone {@code /} between CJK stands apart, but a line with two or more such slashes is
 *       a slash-separated list and keeps its slashes tight;</li>
 *   <li>HTML tags that are void ({@code <br>}) or have their counterpart in the text are left
 *       tight; other angle-bracketed words ({@code <div>}, {@code List<String>}) are spaced as
 *       words.</li>
 * </ul>
 * Curly quotes and full-width punctuation are never spaced (clreq: they are full-width).
 */
final class PanguSpacer implements Pass {

    @Override
    public Result apply(String text) {
        int n = text.length();
        Edits edits = new Edits(text);
        if (n < 2) {
            return edits.apply(List.of());
        }
        new PanguScan(text).run(edits);
        return edits.apply(List.of());
    }
}
