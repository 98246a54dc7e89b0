package org.zhnews.text.chars;

/**
 * A 64-bit sketch of the chars a string holds (each char sets one bit chosen by a hash), so
 * that a string which holds every char of another is seen at once to be able to contain it:
 * {@link #mayContain} is false only when some char of the part is missing from the whole, never
 * for a whole that contains the part. Lets a scan of many short patterns over one line skip
 * the patterns that cannot occur. Static and thread-safe.
 */
public final class CharSketch {

    private CharSketch() {
    }

    /**
     * The sketch of {@code s}.
     *
     * @param s the chars
     * @return one bit per char of {@code s}; 0 for the empty string
     */
    public static long of(CharSequence s) {
        long sketch = 0;
        for (int i = 0; i < s.length(); i++) {
            sketch |= bit(s.charAt(i));
        }
        return sketch;
    }

    /**
     * Whether a string whose sketch is {@code whole} may contain one whose sketch is
     * {@code part}: false when a bit of the part is missing, so the part cannot occur in it.
     *
     * @param whole the sketch of the string searched
     * @param part  the sketch of the string sought
     * @return false when {@code part} certainly does not occur
     */
    public static boolean mayContain(long whole, long part) {
        return (part & ~whole) == 0;
    }

    private static long bit(char c) {
        return 1L << ((c * 0x9E3779B9) >>> 26);
    }
}
