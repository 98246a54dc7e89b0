package org.zhnews.extract.company;

/** What HanLP's parts of speech ("natures") mean for a company name. Stateless. */
final class HanlpNatures {

    private HanlpNatures() {
    }

    /** HanLP organisation natures: nt and its subtypes (ntc company, ntcb bank, ...), nis excluded. */
    static boolean isOrg(String nature) {
        return nature.startsWith("nt") && !nature.equals("nto") && !nature.equals("ntu")
                && !nature.equals("nts") && !nature.equals("nth");
    }

    static boolean isCompanyNature(String nature) {
        return nature.equals("ntc") || nature.equals("ntcb") || nature.equals("ntcf") || nature.equals("ntch");
    }

    static boolean isPlace(String nature) {
        return nature.equals("ns") || nature.equals("nsf");
    }

    /** Natures that a proper name is made of. */
    static boolean isProper(String nature) {
        return nature.equals("nz") || nature.startsWith("nr") || isOrg(nature) || nature.equals("nx")
                || nature.equals("j");
    }

    /** Natures a name part may contain: proper names plus plain nouns. */
    static boolean isNameish(String nature) {
        return isProper(nature) || nature.equals("n") || nature.equals("nf") || nature.equals("gi");
    }

    /** Natures never inside a name: numbers, pronouns, prepositions, conjunctions, particles, adverbs, verbs, time. */
    static boolean isBanned(String nature) {
        return nature.startsWith("m") || nature.startsWith("r") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("u") || nature.startsWith("d") || nature.startsWith("t") || nature.equals("v")
                || nature.equals("vi") || nature.equals("vshi") || nature.equals("vyou") || nature.equals("vd")
                || nature.equals("e") || nature.equals("y") || nature.equals("o") || nature.startsWith("w");
    }
}
