package org.zhnews.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a text with elements laid over ranges of it (articles, boilerplate zones, mentions),
 * escaped by {@link HtmlText}.
 *
 * <p>Nesting rule: layers are opened in order of start, then rank (lower rank outside), then
 * longer first, so a layer that contains another is its ancestor (a model inside a company span
 * is a child element of the company's). When two layers cross, the one opened later is closed
 * where the other ends and reopened right after it as a continuation fragment (its
 * {@link Layer#continueTag()}), so every layer's fragments, read in order, hold exactly its
 * range. Empty layers are written as an empty element. Time is linear in the text plus the
 * number of layers times the nesting depth.
 */
final class Highlighter {

    /**
     * One element over the original range {@code [start, end)}.
     *
     * @param rank        lower ranks nest outside higher ones that start at the same offset
     * @param openTag     the start tag of the first fragment
     * @param continueTag the start tag of later fragments
     * @param closeTag    the end tag
     */
    record Layer(int start, int end, int rank, String openTag, String continueTag, String closeTag) {
    }

    private static final Comparator<Layer> ORDER = Comparator.comparingInt(Layer::start)
            .thenComparingInt(Layer::rank)
            .thenComparing(Comparator.comparingInt(Layer::end).reversed());

    private Highlighter() {
    }

    /**
     * Writes {@code text} with {@code layers} over it. Ranges are clamped to the text; a layer
     * whose range is reversed is left out.
     */
    static void write(Writer out, String text, List<Layer> layers) throws IOException {
        int n = text.length();
        List<Layer> sorted = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            int s = Math.max(0, Math.min(n, l.start()));
            int e = Math.max(0, Math.min(n, l.end()));
            if (s <= e) {
                sorted.add(s == l.start() && e == l.end() ? l
                        : new Layer(s, e, l.rank(), l.openTag(), l.continueTag(), l.closeTag()));
            }
        }
        sorted.sort(ORDER);
        int[] bounds = new int[sorted.size() * 2 + 1];
        int k = 0;
        for (Layer l : sorted) {
            bounds[k++] = l.start();
            bounds[k++] = l.end();
        }
        bounds[k] = n;
        Arrays.sort(bounds);

        List<Layer> stack = new ArrayList<>();
        List<Layer> reopen = new ArrayList<>();
        int next = 0;
        int cursor = 0;
        for (int i = 0; i < bounds.length; i++) {
            int p = bounds[i];
            if (i > 0 && p == bounds[i - 1]) {
                continue;
            }
            HtmlText.write(out, text, cursor, p);
            cursor = p;
            int lowest = -1;
            for (int j = 0; j < stack.size(); j++) {
                if (stack.get(j).end() <= p) {
                    lowest = j;
                    break;
                }
            }
            if (lowest >= 0) {
                reopen.clear();
                for (int j = stack.size() - 1; j >= lowest; j--) {
                    Layer l = stack.remove(j);
                    out.write(l.closeTag());
                    if (l.end() > p) {
                        reopen.add(0, l);
                    }
                }
                for (Layer l : reopen) {
                    out.write(l.continueTag());
                    stack.add(l);
                }
            }
            while (next < sorted.size() && sorted.get(next).start() == p) {
                Layer l = sorted.get(next++);
                out.write(l.openTag());
                if (l.end() == p) {
                    out.write(l.closeTag());
                } else {
                    stack.add(l);
                }
            }
        }
        HtmlText.write(out, text, cursor, n);
        for (int j = stack.size() - 1; j >= 0; j--) {
            out.write(stack.get(j).closeTag());
        }
    }
}
