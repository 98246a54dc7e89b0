package org.zhnews.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts of one entity kind over one or more documents, as {@code score.py} counts them:
 * predictions that match gold ({@code tpPred}) out of predictions that count ({@code nPred}),
 * gold entities found ({@code tpGold}) out of required gold entities ({@code nGold}). Immutable.
 *
 * @param tpPred  predicted entities that match a required gold entity
 * @param nPred   predicted entities that count (those matching only optional gold are left out)
 * @param tpGold  required gold entities matched by some prediction
 * @param nGold   required gold entities
 * @param misses  one name per required gold entity not found
 * @param extras  one name per counted prediction that matches no gold entity
 */
public record EntityScore(int tpPred, int nPred, int tpGold, int nGold, List<String> misses,
                          List<String> extras) {

    /** Nothing predicted, nothing to find. */
    public static final EntityScore EMPTY = new EntityScore(0, 0, 0, 0, List.of(), List.of());

    public EntityScore {
        if (tpPred < 0 || nPred < tpPred || tpGold < 0 || nGold < tpGold) {
            throw new IllegalArgumentException("inconsistent counts " + tpPred + "/" + nPred + ", "
                    + tpGold + "/" + nGold);
        }
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
    }

    /** The sum of two scores (for totals over documents). */
    public EntityScore plus(EntityScore other) {
        List<String> m = new ArrayList<>(misses);
        m.addAll(other.misses);
        List<String> x = new ArrayList<>(extras);
        x.addAll(other.extras);
        return new EntityScore(tpPred + other.tpPred, nPred + other.nPred, tpGold + other.tpGold,
                nGold + other.nGold, m, x);
    }

    /** tpPred / nPred; with no prediction, 1 when there was nothing to find, else 0. */
    public double precision() {
        if (nPred == 0) {
            return nGold == 0 ? 1.0 : 0.0;
        }
        return (double) tpPred / nPred;
    }

    /** tpGold / nGold; 1 when there was nothing to find. */
    public double recall() {
        return nGold == 0 ? 1.0 : (double) tpGold / nGold;
    }

    /** The harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** {@code P=0.912 R=0.850 F1=0.880 (gold 40, pred 37)}. */
    public String summary() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (gold %d, pred %d)",
                precision(), recall(), f1(), nGold, nPred);
    }
}
