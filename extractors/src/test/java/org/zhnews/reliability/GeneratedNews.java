package org.zhnews.reliability;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.zhnews.testkit.RandomText;

/**
 * An endless-looking UTF-8 byte stream of news-like paragraphs, made on the fly: it holds only a
 * few hundred prepared paragraphs and stops after {@code size} bytes (possibly inside a
 * character, as a cut download would). Not thread-safe.
 */
final class GeneratedNews extends InputStream {

    private final byte[][] paragraphs;
    private final long size;
    private long produced;
    private int paragraph;
    private int position;

    GeneratedNews(long size, long seed) {
        RandomText random = new RandomText(new Random(seed));
        this.paragraphs = new byte[257][];
        for (int i = 0; i < paragraphs.length; i++) {
            String p = i % 16 == 15 ? random.adversarial(400) : random.clean(1_500);
            paragraphs[i] = (p + "\n").getBytes(StandardCharsets.UTF_8);
        }
        this.size = size;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (produced >= size) {
            return -1;
        }
        int n = 0;
        while (n < len && produced < size) {
            byte[] p = paragraphs[paragraph];
            int take = (int) Math.min(Math.min(len - n, p.length - position), size - produced);
            System.arraycopy(p, position, b, off + n, take);
            n += take;
            position += take;
            produced += take;
            if (position == p.length) {
                position = 0;
                paragraph = (paragraph * 7 + 3) % paragraphs.length; // a long cycle through all paragraphs
            }
        }
        return n;
    }
}
