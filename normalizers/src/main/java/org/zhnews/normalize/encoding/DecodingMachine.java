package org.zhnews.normalize.encoding;

import org.zhnews.text.chars.CharClass;

/**
 * A target-charset decoder fed byte by byte by {@link RepairFinder}: it writes what it decodes and
 * keeps the plausibility of it (score, non-ASCII, Han and lost characters, bad characters).
 * One per attempt; not thread-safe.
 */
abstract class DecodingMachine {
    final ChinesePlausibility model;
    double outScore;
    int nonAscii;
    int han;
    int bad;
    int lost;
    double hanScore;

    DecodingMachine(ChinesePlausibility model) {
        this.model = model;
    }

    abstract boolean feed(int b, StringBuilder out);

    /** Whether no character is half-fed. */
    abstract boolean clean();

    /** Whether a repair may end here: between characters. */
    boolean endable() {
        return clean();
    }

    boolean pendingLost() {
        return false;
    }

    void flushLost(StringBuilder out, ChinesePlausibility model) { }

    void emit(int cp, StringBuilder out) {
        out.appendCodePoint(cp);
        outScore += model.score(cp);
        if (cp == 0xFFFD) {
            lost++;
        } else if (cp >= 0x80) {
            nonAscii++;
            double sc = model.score(cp);
            boolean isHan = model.isCommonHan(cp) || CharClass.isHan(cp);
            if (isHan) {
                han++;
                hanScore += sc;
            }
            if (!model.isChineseLike(cp) && sc < -13.5 && !isHan) {
                bad++;
            }
        }
    }

    double outScore() {
        return outScore;
    }

    int nonAscii() {
        return nonAscii;
    }

    int han() {
        return han;
    }

    int lost() {
        return lost;
    }

    int bad() {
        return bad;
    }

    double hanScore() {
        return hanScore;
    }
}
