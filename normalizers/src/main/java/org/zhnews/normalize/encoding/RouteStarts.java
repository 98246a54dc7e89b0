package org.zhnews.normalize.encoding;

import java.util.Map;

/**
 * Which characters can open a repair of some {@link MojibakeRoute}: the characters whose bytes in
 * the route's wrong reading pass {@link #opens} (a GBK lead for the GB target, a UTF-8 lead with
 * its continuation for the UTF-8 target, or U+FFFD where a route reads gaps) and that the route's
 * decoding machine takes without a bad character. Every other character makes
 * {@link RepairFinder#attempt} end at its first character on every route, with no repair, so
 * {@link MojibakeRepairer} skips it without a call; on clean Chinese text that is most characters.
 *
 * <p>The set is derived from the routes' own tables, not listed by hand, and errs only on the
 * side of trying: surrogates and the characters a double-byte table leaves to the JDK encoder
 * (GB18030's four-byte ones) are always tried. Immutable and thread-safe.
 */
final class RouteStarts {

    private final long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    /**
     * The starts over the readings' own tables and the standard model, worked out once per JVM on
     * first use: they depend on no setting of a repairer, so every repairer shares them.
     */
    static RouteStarts standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final RouteStarts INSTANCE = new RouteStarts(WrongReading.tables(), ChinesePlausibility.standard());
    }

    /** The starts of every route, with the double-byte readings' {@code tables}, decoded as {@code model} judges. */
    RouteStarts(Map<WrongReading, DoubleByteCodes> tables, ChinesePlausibility model) {
        WrongReading.UnitEncoder[] encoders = new WrongReading.UnitEncoder[WrongReading.values().length];
        for (WrongReading r : WrongReading.values()) {
            encoders[r.ordinal()] = r.encoder(tables.get(r));
        }
        StringBuilder one = new StringBuilder("?");
        byte[] unit = new byte[8];
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            one.setCharAt(0, (char) c);
            if (Character.isSurrogate((char) c) || opensSome((char) c, one, tables, encoders, unit, model)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
    }

    private static boolean opensSome(char c, CharSequence one, Map<WrongReading, DoubleByteCodes> tables,
                                     WrongReading.UnitEncoder[] encoders, byte[] unit, ChinesePlausibility model) {
        for (MojibakeRoute route : MojibakeRoute.values()) {
            DoubleByteCodes table = tables.get(route.reading);
            if (c != '\uFFFD' && table != null && table.code(c) == 0 && !table.unencodable(c)) {
                return true; // left to the JDK encoder: not screened
            }
            int n0 = encoders[route.reading.ordinal()].encode(one, 0, 1, unit, 0);
            if (opens(route, n0, unit) && decodes(route, n0, unit, model)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the route's machine takes the first character's bytes as {@link RepairFinder#attempt}
     * feeds them, with no bad character (a two-byte UTF-8 sequence read as a C1 control or as a script
     * Chinese news does not mix in);
     * the GB machine only holds a lead there.
     */
    private static boolean decodes(MojibakeRoute route, int n0, byte[] unit, ChinesePlausibility model) {
        if (n0 < 1 || route.gbTarget) {
            return true;
        }
        DecodingMachine m = new Utf8DecodingMachine(model);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n0; k++) {
            if (!m.feed(unit[k] & 0xFF, out)) {
                return false;
            }
        }
        return m.bad() == 0;
    }

    /**
     * Whether {@link RepairFinder#attempt} can go past the first character at a non-ASCII {@code c}
     * on some route; true for every surrogate.
     */
    boolean mayStart(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * Whether the first character of mojibake, {@code n0} bytes ({@link WrongReading#GAP},
     * {@link WrongReading#NONE} or a count, written to {@code unit}), can open a repair of
     * {@code route}: a GB18030 lead byte for the GB target, a UTF-8 lead and continuation for the
     * UTF-8 target; a gap opens every route but UTF-8 read as Latin.
     */
    static boolean opens(MojibakeRoute route, int n0, byte[] unit) {
        if (n0 == WrongReading.NONE) {
            return false;
        }
        if (n0 == WrongReading.GAP) {
            return route.gbTarget || route.reading != WrongReading.LATIN;
        }
        int b0 = unit[0] & 0xFF;
        if (route.gbTarget ? b0 < 0x81 || b0 == 0xFF : b0 < 0xC2 || b0 > 0xF4) {
            return false;
        }
        // no UTF-8 continuation after the lead: the machine would stop here
        return route.gbTarget || n0 < 2 || (unit[1] & 0xC0) == 0x80;
    }
}
