package org.zhnews.extract.company;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HanLP's words of text[from, to), as parallel arrays in text coordinates: start, end
 * (exclusive) and part of speech ("nature") of each word, in order. Immutable by convention
 * (the arrays are never written after {@link #tokens}).
 */
record HanlpTokens(int[] start, int[] end, String[] nature) {

    /** Logs as the finder it serves. */
    private static final Logger LOG = LoggerFactory.getLogger(UnknownCompanyFinder.class);

    int size() {
        return start.length;
    }

    /** Index of the token containing offset {@code i}, or -1. */
    int at(int i) {
        int lo = 0;
        int hi = start.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= i) {
                lo = mid + 1;
            } else if (start[mid] > i) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    boolean isBoundary(int i) {
        int k = at(i);
        return k < 0 || start[k] == i;
    }

    /** The words of text[from, to) as {@code segment} cuts them; none when HanLP fails. */
    static HanlpTokens tokens(Segment segment, String text, int from, int to) {
        List<Term> terms;
        try {
            terms = segment.seg(text.substring(from, to));
        } catch (RuntimeException e) {
            LOG.debug("HanLP could not segment [{},{}): {}", from, to, e.toString());
            return new HanlpTokens(new int[0], new int[0], new String[0]);
        }
        int n = terms.size();
        int[] s = new int[n];
        int[] e = new int[n];
        String[] nat = new String[n];
        int k = 0;
        int last = from;
        for (Term t : terms) {
            int ts = from + t.offset;
            int te = ts + t.length();
            if (ts < last || te > to || te <= ts) {
                continue; // defensive: keep tokens ordered and inside the chunk
            }
            s[k] = ts;
            e[k] = te;
            nat[k] = t.nature == null ? "" : t.nature.toString();
            last = te;
            k++;
        }
        return new HanlpTokens(java.util.Arrays.copyOf(s, k), java.util.Arrays.copyOf(e, k),
                java.util.Arrays.copyOf(nat, k));
    }
}
