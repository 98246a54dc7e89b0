package org.zhnews.normalize.encoding;

import java.util.Locale;

/**
 * A repair found by {@link RepairFinder} at {@code start}: the mojibake [start, end) of the text
 * becomes {@code output}; the anchors are the ASCII characters kept in place (text and output
 * positions), the rest says how the repair is reported. Mutable, filled in once by its finder.
 */
final class MojibakeRepair {
    int start;
    int end;
    String output;
    double gain;
    int[] anchorText;
    int[] anchorOut;
    int anchorCount;
    MojibakeRoute route;
    String wrongName;
    int lost;
    int guessed;

    double density() {
        return gain / (end - start);
    }

    String message() {
        StringBuilder sb = new StringBuilder(route.label);
        if (route.reading == WrongReading.LATIN) {
            sb.append(wrongName);
        }
        sb.append(" repaired");
        if (lost > 0) {
            sb.append(String.format(Locale.ROOT, "; %d character%s lost by the wrong decoding kept as U+FFFD",
                    lost, lost == 1 ? "" : "s"));
        }
        if (guessed > 0) {
            sb.append(String.format(Locale.ROOT, "; %d undefined windows-1252 byte%s restored by plausibility",
                    guessed, guessed == 1 ? "" : "s"));
        }
        return sb.toString();
    }
}
