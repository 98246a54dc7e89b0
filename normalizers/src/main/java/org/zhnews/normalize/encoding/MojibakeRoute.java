package org.zhnews.normalize.encoding;

/**
 * A route of {@link MojibakeRepairer}: a wrong reading and the charset that should have been
 * used ({@code gbTarget}: GB18030, else UTF-8), with the label its warning message starts with.
 */
enum MojibakeRoute {
    UTF8_AS_GBK(WrongReading.GBK, false, "UTF-8 read as GBK"),
    UTF8_AS_BIG5(WrongReading.BIG5, false, "UTF-8 read as Big5"),
    UTF8_AS_LATIN(WrongReading.LATIN, false, "UTF-8 read as "),
    GBK_AS_LATIN(WrongReading.LATIN, true, "GBK read as ");

    final WrongReading reading;
    final boolean gbTarget;
    final String label;

    MojibakeRoute(WrongReading reading, boolean gbTarget, String label) {
        this.reading = reading;
        this.gbTarget = gbTarget;
        this.label = label;
    }
}
