package org.zhnews.extract.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads outlet and byline credits for {@link CueBook}: a credit in parentheses that ends a
 * paragraph ({@code ……。(证券时报)}) and a line that holds only a credit ({@code (新浪科技)},
 * {@code ——财联社}, {@code 来源:中央社}). A name counts when it is a byline or looks like an outlet
 * (a known name or an outlet suffix of {@code outlets.tsv}). Immutable and thread-safe.
 */
final class CreditReader {

    private static final int CREDIT_MAX = 16;
    /** Dashes that may open a credit line ({@code ——财联社}). */
    private static final String CREDIT_DASHES = "—–-";

    private final CueBook book;
    private final List<String> outletSuffixes;
    private final Set<String> outletNames;
    private final Set<String> notOutlets;

    CreditReader(CueBook book, List<String> outletSuffixes, Set<String> outletNames, Set<String> notOutlets) {
        this.book = book;
        this.outletSuffixes = List.copyOf(outletSuffixes);
        this.outletNames = Set.copyOf(outletNames);
        this.notOutlets = Set.copyOf(notOutlets);
    }

    /**
     * The credit in parentheses that ends {@code line} after a sentence ({@code ……。(证券时报)}),
     * if it names an outlet or a byline ({@code (记者 张三)}).
     */
    Optional<CueBook.Credit> credit(Line line) {
        String f = line.folded();
        int n = f.length();
        if (n < 4 || f.charAt(n - 1) != ')') {
            return Optional.empty();
        }
        int open = f.lastIndexOf('(', n - 2);
        if (open < 1 || n - 1 - open - 1 > CREDIT_MAX || n - 1 - open - 1 < 1) {
            return Optional.empty();
        }
        int b = open - 1;
        while (b >= 0 && f.charAt(b) == ' ') {
            b--;
        }
        if (b < 0 || "。!?”\"…".indexOf(f.charAt(b)) < 0) {
            return Optional.empty();
        }
        return creditOf(f.substring(open + 1, n - 1).trim(), line.text().substring(open + 1, n - 1).trim());
    }

    /**
     * The credit of a line that holds nothing else: {@code (新浪科技)}, {@code ——财联社}, or an
     * outlet label and its value ({@code 来源:中央社}, given as {@code outlet}) when the value ends
     * the line. The name must be a byline or look like an outlet (a known name or an outlet
     * suffix), as for a credit ending a paragraph.
     */
    Optional<CueBook.Credit> ownLineCredit(Line line, Optional<CueBook.Meta> outlet) {
        String f = line.folded();
        int n = f.length();
        if (n < 3 || n > CREDIT_MAX + 8) {
            return Optional.empty();
        }
        if (f.charAt(0) == '(' && f.charAt(n - 1) == ')') {
            return creditOf(f.substring(1, n - 1).trim(), line.text().substring(1, n - 1).trim());
        }
        int d = 0;
        while (d < n && CREDIT_DASHES.indexOf(f.charAt(d)) >= 0) {
            d++;
        }
        // one hyphen is a list bullet (- 标题), not a credit dash
        if (d < n && (d >= 2 || d == 1 && f.charAt(0) != '-')) {
            return creditOf(f.substring(d).trim(), line.text().substring(d).trim());
        }
        if (outlet.isPresent() && outlet.get().atStart() && line.text().endsWith(outlet.get().value())) {
            String value = outlet.get().value();
            return creditOf(book.fold().fold(value), value).filter(c -> !c.byline());
        }
        return Optional.empty();
    }

    /** The credit naming {@code text} (folded: {@code inner}), if it is a byline or an outlet. */
    private Optional<CueBook.Credit> creditOf(String inner, String text) {
        if (inner.isEmpty() || inner.length() > CREDIT_MAX) {
            return Optional.empty();
        }
        for (int i = 0; i < inner.length(); i++) {
            if (CueBook.VALUE_END.indexOf(inner.charAt(i)) >= 0 && inner.charAt(i) != ':') {
                return Optional.empty();
            }
        }
        Line innerLine = new Line(0, 0, text.length(), text, inner);
        Optional<CueBook.Meta> byline = book.meta(innerLine, CueKind.BYLINE);
        if (byline.isPresent() && byline.get().atStart()) {
            return Optional.of(new CueBook.Credit(byline.get().value(), true));
        }
        if (inner.indexOf(':') >= 0 || notOutlets.contains(inner)) {
            return Optional.empty();
        }
        if (outletNames.contains(inner)) {
            return Optional.of(new CueBook.Credit(text, false));
        }
        for (String suffix : outletSuffixes) {
            if (inner.length() > suffix.length() && inner.endsWith(suffix)) {
                return Optional.of(new CueBook.Credit(text, false));
            }
        }
        return Optional.empty();
    }
}
