package org.zhnews.extract.date;

import java.util.Optional;

/**
 * A date expression found by {@link DateScanner} at {@code [start, end)} of the normalized text.
 *
 * @param modifier early, mid, late or approximate, when the text says so
 */
record DateCandidate(int start, int end, DatePhrase phrase, Optional<String> modifier) {

    static DateCandidate of(int start, int end, DatePhrase phrase, String modifier) {
        return new DateCandidate(start, end, phrase, Optional.ofNullable(modifier));
    }
}
