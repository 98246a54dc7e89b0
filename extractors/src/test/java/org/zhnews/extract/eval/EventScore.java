package org.zhnews.extract.eval;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Event counts of one kind (or all kinds) over one or more documents, as
 * {@code score_events.py} counts them. Immutable.
 *
 * @param found     required gold events matched by a prediction (each pair is one predicted and
 *                  one gold event)
 * @param predicted predictions that count: the matched ones and the extras (absorbed ones do not)
 * @param gold      required gold events
 * @param right     roles right over the found events
 * @param roles     roles scored over the found events (those non-null in the gold, key roles aside)
 */
record EventScore(int found, int predicted, int gold, int right, int roles) {

    /** Nothing predicted, nothing to find. */
    static final EventScore EMPTY = new EventScore(0, 0, 0, 0, 0);

    EventScore {
        if (found < 0 || predicted < found || gold < found || right < 0 || roles < right) {
            throw new IllegalArgumentException("inconsistent counts " + found + "/" + predicted + "/" + gold
                    + ", roles " + right + "/" + roles);
        }
    }

    /** The sum of two scores. */
    EventScore plus(EventScore o) {
        return new EventScore(found + o.found, predicted + o.predicted, gold + o.gold, right + o.right,
                roles + o.roles);
    }

    /** found / predicted; with no prediction, 1 when there was nothing to find, else 0. */
    double precision() {
        if (predicted == 0) {
            return gold == 0 ? 1.0 : 0.0;
        }
        return (double) found / predicted;
    }

    /** found / gold; 1 when there was nothing to find. */
    double recall() {
        return gold == 0 ? 1.0 : (double) found / gold;
    }

    /** The harmonic mean of precision and recall, 0 when both are 0. */
    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** right / roles; empty when no role was scored. */
    OptionalDouble roleAccuracy() {
        return roles == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) right / roles);
    }

    /** The script's line: {@code P=0.800 R=0.667 F1=0.727 (gold 6, pred 5, found 4) roles=0.900 (18/20)}. */
    String summary() {
        String acc = roleAccuracy().isPresent() ? String.format(Locale.ROOT, "%.3f", roleAccuracy().getAsDouble())
                : "  -  ";
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (gold %d, pred %d, found %d) roles=%s (%d/%d)",
                precision(), recall(), f1(), gold, predicted, found, acc, right, roles);
    }
}
