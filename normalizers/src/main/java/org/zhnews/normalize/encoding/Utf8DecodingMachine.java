package org.zhnews.normalize.encoding;

/**
 * Strict UTF-8 with gaps: a gap loses the character it falls in and resynchronises. Not
 * thread-safe.
 */
final class Utf8DecodingMachine extends DecodingMachine {
    private int need;
    private int lead;
    private int seen;
    private int cp;
    private boolean skip;

    Utf8DecodingMachine(ChinesePlausibility model) {
        super(model);
    }

    boolean gap() {
        need = 0;
        skip = true;
        return true;
    }

    @Override
    boolean pendingLost() {
        return skip;
    }

    @Override
    void flushLost(StringBuilder out, ChinesePlausibility model) {
        if (skip) {
            skip = false;
            emit(0xFFFD, out);
        }
    }

    @Override
    boolean feed(int b, StringBuilder out) {
        if (skip) {
            if (b >= 0x80 && b <= 0xBF) {
                return true;
            }
            flushLost(out, model);
        }
        if (need > 0) {
            if (b < 0x80 || b > 0xBF) {
                return false;
            }
            if (seen == 1 && (lead == 0xE0 && b < 0xA0 || lead == 0xED && b > 0x9F
                    || lead == 0xF0 && b < 0x90 || lead == 0xF4 && b > 0x8F)) {
                return false;
            }
            cp = cp << 6 | b & 0x3F;
            seen++;
            if (--need == 0) {
                emit(cp, out);
            }
            return true;
        }
        if (b < 0x80) {
            emit(b, out);
            return true;
        }
        lead = b;
        seen = 1;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
        } else {
            return false;
        }
        return true;
    }

    @Override
    boolean clean() {
        return need == 0;
    }
}
