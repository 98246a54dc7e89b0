package org.zhnews.extract.company;

import org.zhnews.core.Document;

import java.util.stream.Collectors;

/** The companies of a document as the tests write them: "surface=id" ("?" without one), space-separated. */
public final class CompanySpans {

    private CompanySpans() {
    }

    /** The companies of {@code doc}, in text order. */
    public static String of(Document doc) {
        return doc.companies().stream()
                .map(c -> c.span().text() + "=" + c.id().orElse("?"))
                .collect(Collectors.joining(" "));
    }
}
