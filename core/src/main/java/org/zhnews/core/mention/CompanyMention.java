package org.zhnews.core.mention;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.text.fold.CharFold;

/**
 * A company named in the text.
 *
 * @param span    where it stands
 * @param name    the canonical simplified name when linked, else the normalized surface
 * @param company the linked knowledge-base entity; empty for a company no list holds, found
 *                by its shape or its role in the sentence
 */
public record CompanyMention(Span span, String name, Optional<Company> company) implements Mention {

    /**
     * Checks that no component is null.
     *
     * @param span    where it stands
     * @param name    the canonical or normalized name
     * @param company the linked entity, or empty
     * @throws NullPointerException if a component is null
     */
    public CompanyMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
    }

    /** Always {@link MentionKind#COMPANY}. */
    @Override
    public MentionKind kind() {
        return MentionKind.COMPANY;
    }

    /**
     * The entity id: the knowledge base's when linked ({@code bytedance}); else one derived from
     * the name ({@link #openId}), so a company no list holds is one entity across documents and
     * scripts. Always present; {@code Optional} for compatibility.
     *
     * @return the id, always present
     */
    public Optional<String> id() {
        return Optional.of(company.map(Company::id).orElseGet(() -> openId(name)));
    }

    /**
     * Whether the company is an entity of the knowledge base.
     *
     * @return {@code true} if {@link #company()} is present
     */
    public boolean linked() {
        return company.isPresent();
    }

    /** Prefix of the ids of companies no list holds. */
    public static final String OPEN_ID_PREFIX = "open:";
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司",
            ", inc.", " inc.", " inc", " co., ltd.", " co.,ltd.", " co. ltd.", " ltd.", " ltd", " limited", " llc",
            " corp.", " corporation", " plc");

    /**
     * The id of a company no list holds: {@value #OPEN_ID_PREFIX} and its name folded (simplified,
     * half-width, lower case, no spaces) without a trailing legal form or {@code 公司}, so
     * {@code 某某科技有限公司}, {@code 某某科技公司} and {@code 某某科技} and {@code 某某科技有限公司} in traditional
     * script share one id.
     *
     * @param name a company name, in any script and width
     * @return {@value #OPEN_ID_PREFIX} followed by the folded name
     */
    public static String openId(String name) {
        String key = CharFold.matching().fold(name.strip());
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String form : LEGAL_FORMS) {
                if (key.endsWith(form) && key.length() > form.length()) {
                    key = key.substring(0, key.length() - form.length()).strip();
                    cut = true;
                }
            }
        }
        StringBuilder b = new StringBuilder(OPEN_ID_PREFIX);
        key.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != '·' && cp != '-').forEach(b::appendCodePoint);
        return b.toString();
    }
}
