package org.zhnews.extract.region;

import org.zhnews.core.structure.Region;
import org.zhnews.text.chars.CharClass;

/**
 * Stock codes whose shape names a market, read in code rather than from the cue table: a
 * four-digit code alone in brackets is a Taiwan listing ({@code 台積電(2330)}; 1900 to 2100 are
 * taken for years) unless it opens with 0: Taiwan's share codes start at 1101, while Hong Kong
 * papers write their codes in four digits too ({@code 電訊盈科（0008）}, {@code 騰訊（0700）}); such a
 * code, or a five-digit one opening with 0 ({@code 小米集團-W（01810）}), alone in brackets is a Hong
 * Kong listing (weight 1: mainland reports cite them too), as is a listing marker after a Han
 * name ({@code 美團-W}, {@code 蔚來-SW}, {@code 百濟神州-B}), and a four-digit code
 * before {@code 主板} a Bursa Malaysia one
 * ({@code （MAYBANK，1155，主板金融股）}). Linear time, stateless.
 */
final class TickerCues {

    private static final RegionCue TAIWAN_CODE = new RegionCue("(dddd)", Region.TW, 2, RegionCue.Kind.TICKER);
    private static final RegionCue HONG_KONG_CODE = new RegionCue("(0dddd)", Region.HK, 1, RegionCue.Kind.TICKER);
    private static final RegionCue HONG_KONG_MARKER = new RegionCue("-W", Region.HK, 1, RegionCue.Kind.TICKER);
    private static final RegionCue BURSA_CODE = new RegionCue("dddd，主板", Region.MY, 3, RegionCue.Kind.TICKER);

    private TickerCues() {
    }

    /** Adds the stock codes of {@code text} to {@code tally}. */
    static void find(String text, RegionTally tally) {
        int n = text.length();
        for (int i = 0; i + 5 < n; i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == '（') && fourDigits(text, i + 1)) {
                char close = text.charAt(i + 5);
                int code = value(text, i + 1);
                if ((close == ')' || close == '）') && text.charAt(i + 1) == '0') {
                    tally.add(HONG_KONG_CODE, text.substring(i, i + 6)); // 電訊盈科（0008）, 騰訊（0700）
                } else if ((close == ')' || close == '）') && (code < 1900 || code > 2100)) {
                    tally.add(TAIWAN_CODE, text.substring(i, i + 6));
                }
            } else if ((c == '(' || c == '（') && i + 6 < n && text.charAt(i + 1) == '0' && fourDigits(text, i + 2)
                    && (text.charAt(i + 6) == ')' || text.charAt(i + 6) == '）')) {
                tally.add(HONG_KONG_CODE, text.substring(i, i + 7));
            } else if ((c == '-' || c == '－') && i > 0 && CharClass.isHan(text.charAt(i - 1))) {
                int marker = listingMarker(text, i + 1);
                if (marker > 0) {
                    tally.add(HONG_KONG_MARKER, text.substring(i, i + 1 + marker)); // 美團-W, 蔚來-SW
                }
            } else if ((c == ',' || c == '，') && i >= 4 && fourDigits(text, i - 4) && text.startsWith("主板", i + 1)
                    && (i == 4 || !CharClass.isArabicDigit(text.charAt(i - 5)))) {
                tally.add(BURSA_CODE, text.substring(i - 4, i + 3));
            }
        }
    }

    /**
     * The length of Hong Kong's listing marker at {@code at} ({@code W}, {@code SW}, {@code S}, {@code B}:
     * weighted voting rights, secondary listing, biotech), no Latin letter or digit after it; 0 if none.
     */
    private static int listingMarker(String text, int at) {
        int n = text.length();
        int k = at;
        while (k < n && k - at < 2 && "WSB".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        boolean marker = k > at && (k - at == 1 || text.startsWith("SW", at));
        return marker && (k == n || !CharClass.isAsciiAlnum(text.charAt(k))) ? k - at : 0;
    }

    private static boolean fourDigits(String text, int at) {
        for (int k = at; k < at + 4; k++) {
            if (!CharClass.isArabicDigit(text.charAt(k))) {
                return false;
            }
        }
        return at + 4 >= text.length() || !CharClass.isArabicDigit(text.charAt(at + 4));
    }

    private static int value(String text, int at) {
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            v = v * 10 + Character.digit(text.charAt(k), 10);
        }
        return v;
    }
}
