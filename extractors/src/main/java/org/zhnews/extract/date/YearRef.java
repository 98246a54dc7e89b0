package org.zhnews.extract.date;

/**
 * How a date expression names its year.
 *
 * @param kind  absolute ({@code 2024年}), an offset from the publication year ({@code 去年}: -1),
 *              a two-digit year ({@code 23年}) or none written ({@code 11月24日})
 * @param value the year, the offset or the two digits; 0 for {@link Kind#UNWRITTEN}
 */
record YearRef(Kind kind, int value) {

    enum Kind { ABSOLUTE, OFFSET, TWO_DIGIT, UNWRITTEN }

    static YearRef absolute(int year) {
        return new YearRef(Kind.ABSOLUTE, year);
    }

    static YearRef offset(int years) {
        return new YearRef(Kind.OFFSET, years);
    }

    static YearRef twoDigit(int digits) {
        return new YearRef(Kind.TWO_DIGIT, digits);
    }

    static YearRef unwritten() {
        return new YearRef(Kind.UNWRITTEN, 0);
    }

    boolean relative() {
        return kind != Kind.ABSOLUTE;
    }
}
