package org.zhnews.normalize.script;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.zhnews.core.Script;
import org.zhnews.text.chars.CharClass;

/**
 * Tells simplified from traditional Chinese by counting the Han characters that exist in only
 * one of the two scripts (国 / 國); characters both scripts share (中, 人, 台) are not evidence.
 *
 * <p>The verdict is {@link Script#UNKNOWN} when there are fewer than {@value #MIN_HAN} Han
 * characters or none that tells the scripts apart, {@link Script#MIXED} when the minority script
 * has at least a fifth of the telling characters, else the majority. Linear in the input.
 * Instances are immutable and thread-safe; the character sets are loaded once per JVM.
 */
final class ScriptDetector {

    /** Fewest Han characters for a verdict. */
    public static final int MIN_HAN = 2;

    private static final double MIXED_SHARE = 0.2;

    private final BitSet simplifiedOnly;
    private final BitSet traditionalOnly;

    private ScriptDetector(BitSet simplifiedOnly, BitSet traditionalOnly) {
        this.simplifiedOnly = simplifiedOnly;
        this.traditionalOnly = traditionalOnly;
    }

    /** The detector built from the OpenCC character tables. */
    public static ScriptDetector standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ScriptDetector INSTANCE = build(OpenCcData.get());
    }

    private static ScriptDetector build(OpenCcData d) {
        BitSet simp = new BitSet(0x30000);
        BitSet trad = new BitSet(0x30000);
        mark(simp, d.stCharacters, d.tsCharacters);
        mark(trad, d.tsCharacters, d.stCharacters);
        return new ScriptDetector(simp, trad);
    }

    /** Chars that {@code own} always changes and that {@code other} does not know as keys. */
    private static void mark(BitSet set, Map<String, List<String>> own,
                             Map<String, List<String>> other) {
        own.forEach((k, v) -> {
            if (k.codePointCount(0, k.length()) == 1 && !v.contains(k) && !other.containsKey(k)) {
                set.set(k.codePointAt(0));
            }
        });
    }

    /** Whether the code point {@code cp} is a character only traditional text uses (國). */
    boolean traditionalOnly(int cp) {
        return traditionalOnly.get(cp);
    }

    /** Counts of the evidence in a text. */
    public record Evidence(int han, int simplifiedOnly, int traditionalOnly) {
    }

    /** The script of {@code text}; never null, UNKNOWN for null or empty text. */
    public Script detect(CharSequence text) {
        return verdict(evidence(text));
    }

    /** The counts {@link #detect} decides on. */
    public Evidence evidence(CharSequence text) {
        int han = 0;
        int s = 0;
        int t = 0;
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (CharClass.isHan(cp)) {
                    han++;
                    if (simplifiedOnly.get(cp)) {
                        s++;
                    } else if (traditionalOnly.get(cp)) {
                        t++;
                    }
                }
            }
        }
        return new Evidence(han, s, t);
    }

    /** The verdict on given counts. */
    public static Script verdict(Evidence e) {
        int telling = e.simplifiedOnly() + e.traditionalOnly();
        if (e.han() < MIN_HAN || telling == 0) {
            return Script.UNKNOWN;
        }
        int minority = Math.min(e.simplifiedOnly(), e.traditionalOnly());
        if (minority > 0 && minority >= MIXED_SHARE * telling) {
            return Script.MIXED;
        }
        return e.simplifiedOnly() > e.traditionalOnly() ? Script.SIMPLIFIED : Script.TRADITIONAL;
    }
}
